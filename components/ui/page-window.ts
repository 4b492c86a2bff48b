export type PageWindowItem = number | "gap";

/**
 * The page numbers a pager shows: always the first and last page, the current page with
 * `radius` neighbours each side, and a gap wherever pages are left out. A gap never hides
 * a single page: that page is shown instead, since a link takes no more room than "…".
 */
export function pageWindow(page: number, pageCount: number, radius = 1): PageWindowItem[] {
  if (pageCount < 1) return [];
  const current = Math.min(Math.max(page, 1), pageCount);
  const shown = new Set([1, pageCount]);
  for (let offset = -radius; offset <= radius; offset += 1) {
    const candidate = current + offset;
    if (candidate >= 1 && candidate <= pageCount) shown.add(candidate);
  }

  const sorted = [...shown].sort((a, b) => a - b);
  const items: PageWindowItem[] = [];
  sorted.forEach((value, index) => {
    const previous = sorted[index - 1];
    if (previous !== undefined && value - previous === 2) items.push(previous + 1);
    else if (previous !== undefined && value - previous > 2) items.push("gap");
    items.push(value);
  });

  return items;
}
