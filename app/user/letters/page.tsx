import type { Metadata } from "next";
import { cursorParam } from "@/components/mailbox/load";
import { OwnItemsList } from "@/components/mailbox/own-items-list";
import { ButtonLink } from "@/components/ui/button";
import { listMyLetters } from "@/lib/mailbox/letters";
import { requireUserCenterUser } from "../guard";

export const metadata: Metadata = { title: "我的信件" };

const basePath = "/user/letters";

export default async function MyLettersPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireUserCenterUser(basePath);
  const query = await searchParams;
  const page = await listMyLetters({
    actor: user,
    page: { after: cursorParam(query.after), before: cursorParam(query.before) },
  });
  const writeLink = <ButtonLink href="/user/letters/new">写信给书记</ButtonLink>;

  return (
    <OwnItemsList
      title="我的信件"
      section="书记信箱"
      action={writeLink}
      empty={{
        title: "您还没有写过信",
        description: "有事想对社区书记说，可以写信给书记；回复后会通知您。",
      }}
      dateLabel="写信时间"
      basePath={basePath}
      page={page}
    />
  );
}
