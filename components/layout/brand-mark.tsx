import { cx } from "@/components/ui/cx";

/** The portal's mark: a house under a roof, for a community. Decorative; the name says it. */
export function BrandMark({ className }: { className?: string }) {
  return (
    <svg aria-hidden="true" viewBox="0 0 32 32" className={cx("size-9 shrink-0", className)}>
      <rect width="32" height="32" rx="7" fill="#fff" />
      <path
        d="M6.5 15.5 16 7.5l9.5 8"
        fill="none"
        stroke="#a11d23"
        strokeWidth="2.6"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
      <path d="M10 14.5V24h12v-9.5" fill="none" stroke="#a11d23" strokeWidth="2.6" />
      <rect x="14" y="17.5" width="4" height="6.5" fill="#a11d23" />
    </svg>
  );
}
