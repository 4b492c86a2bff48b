import type { Metadata } from "next";
import Link from "next/link";
import { LetterReplyForm } from "@/components/mailbox/answer-forms";
import { AnswerNotice } from "@/components/mailbox/answer-notice";
import { ItemFields, WrittenText } from "@/components/mailbox/item-fields";
import { idParam, loadForPage, NOT_VERIFIED } from "@/components/mailbox/load";
import { StoredAnswerView } from "@/components/mailbox/stored-answer";
import { VerifyFirst } from "@/components/mailbox/verify-first";
import { StatusBadge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { formatDateTime } from "@/lib/mailbox/dates";
import { getLetterForHandling } from "@/lib/mailbox/letters";
import { requireUserCenterUser } from "../../../guard";

export const metadata: Metadata = { title: "处理书记信箱" };

export default async function OfficialLetterPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ notice?: string }>;
}) {
  const { id } = await params;
  const path = `/user/official/letters/${id}`;
  const user = await requireUserCenterUser(path);
  const letterId = idParam(id);
  const letter = await loadForPage(() => getLetterForHandling({ actor: user, letterId }), path);
  const { notice } = await searchParams;
  const back = (
    <Link href="/user/official/letters" className="text-brand-700 underline underline-offset-4">
      返回处理书记信箱
    </Link>
  );
  if (letter === NOT_VERIFIED) {
    return (
      <>
        {back}
        <VerifyFirst />
      </>
    );
  }

  return (
    <>
      {back}
      <AnswerNotice notice={notice} answerLabel="回复" />
      <Card>
        <div className="flex flex-col gap-6">
          <div className="flex flex-wrap items-start justify-between gap-3">
            <h1 className="text-2xl font-bold break-words text-stone-900">{letter.title}</h1>
            <StatusBadge status={letter.status} />
          </div>
          <ItemFields
            rows={[
              ["发信人", `${letter.senderName}（${letter.senderPhone}）`],
              ["写信时间", formatDateTime(letter.createdAt)],
              ["联系电话", letter.contactPhone ?? "未填写"],
            ]}
          />
          <WrittenText label="信件内容" text={letter.content} />
          {letter.answer ? (
            <StoredAnswerView label="回复正文" answer={letter.answer} />
          ) : (
            <LetterReplyForm letterId={letter.id} />
          )}
        </div>
      </Card>
    </>
  );
}
