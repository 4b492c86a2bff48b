/** The 大字模式 choice lives in a cookie so the server renders the page at the chosen size. */
export const TEXT_SIZE_COOKIE = "text-size";
export const LARGE_TEXT_VALUE = "large";
/** Set on <html>; globals.css enlarges the root font size, and every rem-based size with it. */
export const LARGE_TEXT_CLASS = "text-large";

export function isLargeTextCookie(value: string | undefined) {
  return value === LARGE_TEXT_VALUE;
}
