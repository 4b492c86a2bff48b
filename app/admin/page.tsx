import Link from "next/link";
import { AdminPage } from "@/components/admin/admin-page";
import { Card } from "@/components/ui/card";
import { cx, focusRing } from "@/components/ui/cx";
import { requireAdminPage } from "@/lib/admin/page-guard";
import { countPending } from "@/lib/admin/pending";

export const metadata = { title: "概览" };

/** Where each kind's count leads: its own page when it has one, else the filtered inbox. */
const destinations: Record<string, string> = { community: "/admin/communities" };

export default async function AdminDashboardPage() {
  const actor = await requireAdminPage();
  const counts = await countPending({ actor });
  const total = counts.reduce((sum, entry) => sum + entry.count, 0);

  return (
    <AdminPage
      title="概览"
      description={
        total > 0 ? `共有 ${total} 项待审核，请按提交先后处理。` : "目前没有待审核的事项。"
      }
    >
      <Card title="待审核">
        <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {counts.map((entry) => (
            <li key={entry.kind}>
              <Link
                href={destinations[entry.kind] ?? `/admin/reviews?kind=${entry.kind}`}
                className={cx(
                  "flex flex-col gap-1 rounded-lg border border-stone-300 bg-white p-4",
                  "hover:border-brand-700 hover:bg-stone-50",
                  focusRing,
                )}
              >
                <span className="text-stone-700">{entry.label}</span>
                <span className="text-3xl font-bold text-stone-900">
                  {entry.count}
                  <span className="ml-1 text-base font-normal text-stone-600">项待审核</span>
                </span>
              </Link>
            </li>
          ))}
        </ul>
      </Card>
    </AdminPage>
  );
}
