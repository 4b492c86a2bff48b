import type { Metadata } from "next";
import { HandlingList } from "@/components/mailbox/handling-list";
import { statusParam } from "@/components/mailbox/handling-tabs";
import { cursorParam, loadForPage } from "@/components/mailbox/load";
import { listCommunityLetters } from "@/lib/mailbox/letters";
import { requireUserCenterUser } from "../../guard";

export const metadata: Metadata = { title: "处理书记信箱" };

const basePath = "/user/official/letters";

export default async function OfficialLettersPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireUserCenterUser(basePath);
  const query = await searchParams;
  const status = statusParam(query.status);
  const page = await loadForPage(
    () =>
      listCommunityLetters({
        actor: user,
        status,
        page: { after: cursorParam(query.after), before: cursorParam(query.before) },
      }),
    basePath,
  );

  return (
    <HandlingList
      title="处理书记信箱"
      noun="信件"
      dateLabel="写信时间"
      basePath={basePath}
      status={status}
      page={page}
    />
  );
}
