import { VerifiedBadge } from "@/components/ui/verified-badge";
import { cx } from "@/components/ui/cx";

/** Whether a user's name carries the blue V: a secretary whose identity staff have verified. */
export function isVerifiedSecretary(user: {
  type: string | null;
  verifiedAt?: Date | null;
  isVerified?: boolean;
}) {
  return user.type === "secretary" && (user.isVerified ?? Boolean(user.verifiedAt));
}

/** A person's name, with the blue V when they are a verified secretary; use wherever one shows. */
export function SecretaryName({
  name,
  isVerified,
  className,
}: {
  name: string;
  isVerified: boolean;
  className?: string;
}) {
  return (
    <span className={cx("inline-flex items-center gap-1", className)}>
      <span>{name}</span>
      {isVerified && <VerifiedBadge size="sm" />}
    </span>
  );
}
