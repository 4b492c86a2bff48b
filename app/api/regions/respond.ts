import { NextResponse } from "next/server";
import type { z } from "zod";
import { defaultMessage } from "@/lib/errors";
import { logger } from "@/lib/logger";

/** The division tree changes once a year: browsers keep it for a day, shared caches longer. */
export const treeCache = "public, max-age=86400, s-maxage=604800, stale-while-revalidate=86400";
/** Communities gain approved proposals now and then: a few minutes is fresh enough. */
export const communityCache = "public, max-age=300, s-maxage=300, stale-while-revalidate=3600";

export function badRequest(error: z.ZodError) {
  const message = error.issues[0]?.message ?? defaultMessage("VALIDATION");

  return NextResponse.json({ error: message }, { status: 400 });
}

/** Answers with `load()` as JSON and the given caching, or with a generic message on failure. */
export async function respond(cacheControl: string, load: () => Promise<unknown>) {
  try {
    const body = await load();
    if (body === null) {
      return NextResponse.json({ error: defaultMessage("NOT_FOUND") }, { status: 404 });
    }

    return NextResponse.json(body, { headers: { "Cache-Control": cacheControl } });
  } catch (error) {
    logger.error("region lookup failed", { error });

    return NextResponse.json({ error: defaultMessage("INTERNAL") }, { status: 500 });
  }
}
