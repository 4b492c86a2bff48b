import Link from "next/link";
import { StatusBadge } from "@/components/ui/badge";
import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeaderCell,
  TableRow,
} from "@/components/ui/table";
import { formatDateTime, halfDayLabels } from "@/lib/mailbox/dates";

export type ItemRow = {
  id: number;
  title: string;
  status: "pending" | "processed";
  createdAt: Date;
  senderName?: string;
  senderPhone?: string;
  preferredDate?: string;
  halfDay?: "morning" | "afternoon";
};

/**
 * A list of letters or appointments: 信息名称 links to the item; the sender (masked phone)
 * shows on a secretary's list, the booked half-day on appointments.
 */
export function ItemTable({
  caption,
  rows,
  hrefOf,
  dateLabel = "日期",
}: {
  caption: string;
  rows: ItemRow[];
  hrefOf: (id: number) => string;
  dateLabel?: string;
}) {
  const hasSender = rows.some((row) => row.senderName !== undefined);
  const hasBooking = rows.some((row) => row.preferredDate !== undefined);

  return (
    <Table caption={caption} hideCaption minWidth="36rem">
      <TableHead>
        <TableRow>
          <TableHeaderCell>信息名称</TableHeaderCell>
          {hasSender && <TableHeaderCell>{hasBooking ? "预约人" : "发信人"}</TableHeaderCell>}
          {hasBooking && <TableHeaderCell>预约时间</TableHeaderCell>}
          <TableHeaderCell>{dateLabel}</TableHeaderCell>
          <TableHeaderCell>状态</TableHeaderCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((row) => (
          <TableRow key={row.id}>
            <TableCell className="max-w-[22rem] break-words">
              <Link
                href={hrefOf(row.id)}
                className="text-brand-700 underline underline-offset-4 hover:decoration-2"
              >
                {row.title}
              </Link>
            </TableCell>
            {hasSender && (
              <TableCell className="whitespace-nowrap">
                {row.senderName}
                <span className="block text-sm text-stone-600">{row.senderPhone}</span>
              </TableCell>
            )}
            {hasBooking && (
              <TableCell className="whitespace-nowrap">
                {row.preferredDate} {row.halfDay && halfDayLabels[row.halfDay]}
              </TableCell>
            )}
            <TableCell className="whitespace-nowrap">{formatDateTime(row.createdAt)}</TableCell>
            <TableCell>
              <StatusBadge status={row.status} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

/** The address of a neighbouring page of a list, keeping its tab. */
export function pageHref(basePath: string, query: Record<string, string | null | undefined>) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value) params.set(key, value);
  const search = params.toString();

  return search ? `${basePath}?${search}` : basePath;
}
