/** Calendar dates of the mailbox, always in China time (UTC+8, no daylight saving). */

const chinaOffsetMs = 8 * 60 * 60 * 1000;
const dayMs = 24 * 60 * 60 * 1000;

/** Latest preferred date of an appointment, counted in days from today. */
export const BOOKING_WINDOW_DAYS = 60;

/** Today's date in China as YYYY-MM-DD, plus `days`. */
export function chinaDate(days = 0, now: Date = new Date()): string {
  return new Date(now.getTime() + chinaOffsetMs + days * dayMs).toISOString().slice(0, 10);
}

/** The instant today began in China: daily limits count from here. */
export function chinaDayStart(now: Date = new Date()): Date {
  const shifted = now.getTime() + chinaOffsetMs;

  return new Date(shifted - (shifted % dayMs) - chinaOffsetMs);
}

export function isRealDateString(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);

  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

const dateTimeFormat = new Intl.DateTimeFormat("zh-CN", {
  timeZone: "Asia/Shanghai",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hour12: false,
});

/** 2026-03-01 14:05, in China time whatever the server's zone. */
export function formatDateTime(value: Date): string {
  const parts = Object.fromEntries(
    dateTimeFormat.formatToParts(value).map((part) => [part.type, part.value]),
  );

  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
}

export const halfDayLabels = { morning: "上午", afternoon: "下午" } as const;
