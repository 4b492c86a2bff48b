import { cx, focusRing } from "@/components/ui/cx";

/** The look of a link in the mobile menu panel, for server-rendered links placed in it too. */
export function mobileLinkClasses(isCurrentPage = false) {
  return cx(
    "flex min-h-12 items-center rounded-md px-3 text-lg hover:bg-stone-100",
    isCurrentPage ? "font-semibold text-brand-700 underline underline-offset-4" : "text-stone-900",
    focusRing,
  );
}

/** On the red bar the usual dark red ring would not show; white does. */
export const onRedFocusRing =
  "focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-white";
