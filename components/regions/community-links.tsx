import Link from "next/link";
import { cx, focusRing } from "@/components/ui/cx";
import type { CommunityOption } from "@/lib/regions/types";

/** The found communities as links to their pages, two columns where there is room. */
export function CommunityLinks({ communities }: { communities: CommunityOption[] }) {
  if (communities.length === 0) return null;

  return (
    <ul aria-label="社区列表" className="grid gap-2 sm:grid-cols-2">
      {communities.map((community) => (
        <li key={community.id}>
          <Link
            href={`/communities/${community.id}`}
            className={cx(
              "flex min-h-11 items-center rounded-md border border-stone-200 bg-white px-3 py-2",
              "hover:border-brand-700 hover:text-brand-700 text-stone-900",
              focusRing,
            )}
          >
            {community.name}
          </Link>
        </li>
      ))}
    </ul>
  );
}
