import Link from "next/link";
import { Alert } from "@/components/ui/alert";

/** Told to an unverified secretary in place of residents' private letters and requests. */
export function VerifyFirst() {
  return (
    <Alert tone="warning" title="请先完成身份认证">
      居民的信件和预约属于个人隐私，只有通过身份认证的本社区书记才能查看和处理。请先到
      <Link href="/user/verification" className="mx-1 font-semibold underline underline-offset-4">
        身份认证
      </Link>
      提交认证材料，审核通过后即可处理公务。
    </Alert>
  );
}
