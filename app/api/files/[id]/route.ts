import { getSessionUser } from "@/lib/auth/session";
import { respondWithFile } from "@/lib/storage/serve";

/** Private files (scans): the owner and admins only; see respondWithFile. */
export async function GET(request: Request, context: { params: Promise<{ id: string }> }) {
  const { id } = await context.params;

  return respondWithFile({ request, fileId: id, actor: await getSessionUser() });
}
