import type { Metadata } from "next";
import Link from "next/link";
import { ItemFields, WrittenText } from "@/components/mailbox/item-fields";
import { idParam, loadOwnForPage } from "@/components/mailbox/load";
import { StoredAnswerView } from "@/components/mailbox/stored-answer";
import { Alert } from "@/components/ui/alert";
import { StatusBadge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { formatDateTime } from "@/lib/mailbox/dates";
import { getMyLetter } from "@/lib/mailbox/letters";
import { requireUserCenterUser } from "../../guard";

export const metadata: Metadata = { title: "我的信件" };

export default async function MyLetterPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ notice?: string }>;
}) {
  const { id } = await params;
  const path = `/user/letters/${id}`;
  const user = await requireUserCenterUser(path);
  const letterId = idParam(id);
  const letter = await loadOwnForPage(() => getMyLetter({ actor: user, letterId }), path);
  const { notice } = await searchParams;

  return (
    <>
      <Link href="/user/letters" className="text-brand-700 underline underline-offset-4">
        返回我的信件
      </Link>
      {notice === "sent" && <Alert tone="success">信件已送到社区书记，回复后会通知您。</Alert>}
      <Card>
        <div className="flex flex-col gap-6">
          <div className="flex flex-wrap items-start justify-between gap-3">
            <h1 className="text-2xl font-bold break-words text-stone-900">{letter.title}</h1>
            <StatusBadge status={letter.status} />
          </div>
          <ItemFields
            rows={[
              ["写信时间", formatDateTime(letter.createdAt)],
              ["联系电话", letter.contactPhone ?? "未填写"],
            ]}
          />
          <WrittenText label="信件内容" text={letter.content} />
          {letter.answer ? (
            <StoredAnswerView label="书记回复" answer={letter.answer} />
          ) : (
            <p className="text-stone-700">社区书记尚未回复，回复后会通知您。</p>
          )}
        </div>
      </Card>
    </>
  );
}
