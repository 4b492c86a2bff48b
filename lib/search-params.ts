/** What Next hands a page as its query string. */
export type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export function firstParam(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** A row id from the address bar, or undefined for anything but a positive whole number. */
export function positiveId(value: string | undefined): number | undefined {
  const id = Number(value);

  return Number.isInteger(id) && id > 0 ? id : undefined;
}

/** A page's own address with some query parameters changed; empty values are dropped. */
export function hrefWith(path: string, params: Record<string, string | number | undefined>) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== "") query.set(key, String(value));
  }
  const text = query.toString();

  return text ? `${path}?${text}` : path;
}
