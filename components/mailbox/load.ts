import "server-only";
import { forbidden, notFound, redirect } from "next/navigation";
import { isAppError } from "@/lib/errors";

/** What a page shows instead of the item when the secretary has not been verified yet. */
export const NOT_VERIFIED = Symbol("not verified");

/**
 * Runs a page's domain read and turns its refusals into the page's answer: 404 for what the
 * user may not know exists, 403 for what they may not open, and the verify-first notice.
 */
export async function loadForPage<T>(
  load: () => Promise<T>,
  path: string,
): Promise<T | typeof NOT_VERIFIED> {
  try {
    return await load();
  } catch (error) {
    if (!isAppError(error)) throw error;
    if (error.code === "NOT_FOUND") notFound();
    if (error.code === "FORBIDDEN") forbidden();
    if (error.code === "NOT_VERIFIED") return NOT_VERIFIED;
    if (error.code === "UNAUTHENTICATED") {
      redirect(`/login?callbackUrl=${encodeURIComponent(path)}`);
    }
    throw error;
  }
}

/** A route's [id] as a positive integer, or 404. */
export function idParam(value: string): number {
  const id = Number(value);
  if (!/^[1-9]\d{0,9}$/.test(value) || id > 2147483647) notFound();

  return id;
}

/** A list's page cursor from the address, if it is one. */
export function cursorParam(value: string | string[] | undefined): string | null {
  return typeof value === "string" ? value : null;
}

/** As loadForPage, for a user's own items, which never need verification. */
export async function loadOwnForPage<T>(load: () => Promise<T>, path: string): Promise<T> {
  const result = await loadForPage(load, path);
  if (result === NOT_VERIFIED) forbidden();

  return result;
}
