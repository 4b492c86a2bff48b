import type { NextRequest } from "next/server";
import { searchCommunities } from "@/lib/regions/queries";
import { communitySearchSchema, districtCodeSchema } from "@/lib/regions/schemas";
import { badRequest, communityCache, respond } from "../../respond";

/** GET /api/regions/110101/communities?q=东华门: the district's communities matching q. */
export async function GET(request: NextRequest, context: { params: Promise<{ code: string }> }) {
  const code = districtCodeSchema.safeParse((await context.params).code);
  if (!code.success) return badRequest(code.error);
  const search = communitySearchSchema.safeParse(
    Object.fromEntries(request.nextUrl.searchParams.entries()),
  );
  if (!search.success) return badRequest(search.error);

  return respond(communityCache, () =>
    searchCommunities({
      districtCode: code.data,
      query: search.data.q,
      limit: search.data.limit,
    }),
  );
}
