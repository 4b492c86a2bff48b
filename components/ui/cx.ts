/** Joins class names, skipping empty ones; later classes are appended, never merged. */
export function cx(...classes: Array<string | false | null | undefined>) {
  return classes.filter(Boolean).join(" ");
}

/** The one keyboard focus ring of the portal: dark red, offset, only for keyboard focus. */
export const focusRing =
  "focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-700";
