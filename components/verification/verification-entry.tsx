import Link from "next/link";
import { VerifiedBadge } from "@/components/ui/verified-badge";

export const verificationPath = "/user/verification";

/**
 * The 身份认证 entry of the user center: 【我要认证身份】 until staff approve the identity, then
 * 【社区书记】 with the blue V.
 */
export function VerificationEntry({ isVerified }: { isVerified: boolean }) {
  if (isVerified) {
    return (
      <Link href={verificationPath} className="inline-flex items-center gap-1.5 font-medium">
        社区书记
        <VerifiedBadge size="sm" />
      </Link>
    );
  }

  return (
    <Link href={verificationPath} className="text-brand-700 font-medium underline">
      我要认证身份
    </Link>
  );
}
