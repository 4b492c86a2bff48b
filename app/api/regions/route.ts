import type { NextRequest } from "next/server";
import { z } from "zod";
import { listChildRegions } from "@/lib/regions/queries";
import { regionCodeSchema } from "@/lib/regions/schemas";
import { badRequest, respond, treeCache } from "./respond";

const querySchema = z.object({ parent: regionCodeSchema.optional() });

/** GET /api/regions: the provinces; ?parent=code: what the cascade offers under that region. */
export async function GET(request: NextRequest) {
  const parsed = querySchema.safeParse({
    parent: request.nextUrl.searchParams.get("parent") || undefined,
  });
  if (!parsed.success) return badRequest(parsed.error);

  return respond(treeCache, async () => ({
    regions: await listChildRegions(parsed.data.parent ?? null),
  }));
}
