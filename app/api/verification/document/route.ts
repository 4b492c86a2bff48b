import { getSessionUser } from "@/lib/auth/session";
import { respondWithVerificationDocument } from "@/lib/verification/document";

/** 【认证文档】: the pre-filled PDF for the signed-in secretary. */
export async function GET() {
  return respondWithVerificationDocument({ actor: await getSessionUser() });
}
