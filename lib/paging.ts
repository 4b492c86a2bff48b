export const PAGE_SIZE = 20;

export type Page<T> = { items: T[]; total: number; page: number; pageCount: number };

/** A page number from the address bar: anything but a positive whole number means the first. */
export function pageNumber(value: unknown): number {
  const page = Number(value);

  return Number.isInteger(page) && page >= 1 ? page : 1;
}

export function pageOffset(page: number, size = PAGE_SIZE) {
  return (page - 1) * size;
}

export function toPage<T>(items: T[], total: number, page: number, size = PAGE_SIZE): Page<T> {
  return { items, total, page, pageCount: Math.max(1, Math.ceil(total / size)) };
}
