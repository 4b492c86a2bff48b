import { getRegionPath } from "@/lib/regions/queries";
import { regionCodeSchema } from "@/lib/regions/schemas";
import { badRequest, respond, treeCache } from "../respond";

/** GET /api/regions/110101: the region's path, province first (to restore a cascade). */
export async function GET(_request: Request, context: { params: Promise<{ code: string }> }) {
  const parsed = regionCodeSchema.safeParse((await context.params).code);
  if (!parsed.success) return badRequest(parsed.error);

  return respond(treeCache, async () => {
    const path = await getRegionPath(parsed.data);

    return path.length > 0 ? { path } : null;
  });
}
