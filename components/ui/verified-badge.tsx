import { cx } from "./cx";

const sizes = { sm: "size-4 text-[0.625rem]", md: "size-5 text-xs", lg: "size-7 text-base" };

/** The blue V shown beside a secretary whose identity staff have verified. */
export function VerifiedBadge({
  size = "md",
  className,
}: {
  size?: keyof typeof sizes;
  className?: string;
}) {
  return (
    <span
      role="img"
      aria-label="已认证社区书记"
      title="已认证社区书记"
      className={cx(
        "inline-flex shrink-0 items-center justify-center rounded-full bg-blue-700",
        "leading-none font-bold text-white ring-2 ring-white",
        sizes[size],
        className,
      )}
    >
      <span aria-hidden="true">V</span>
    </span>
  );
}
