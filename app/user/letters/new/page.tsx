import type { Metadata } from "next";
import { LetterForm } from "@/components/mailbox/letter-form";
import { Card } from "@/components/ui/card";
import { DAILY_LIMITS } from "@/lib/mailbox/limits";
import { requireUserCenterUser } from "../../guard";

export const metadata: Metadata = { title: "写信给书记" };

export default async function NewLetterPage() {
  await requireUserCenterUser("/user/letters/new");

  return (
    <>
      <h1 className="text-2xl font-bold text-stone-900">写信给书记</h1>
      <Card>
        <p className="mb-5 leading-relaxed text-stone-700">
          信件直接送到本社区书记，只有通过身份认证的本社区书记能看到。书记回复后，您会收到站内通知。
          每人每天最多写 {DAILY_LIMITS.letter} 封信。
        </p>
        <LetterForm />
      </Card>
    </>
  );
}
