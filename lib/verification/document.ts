import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import { labelOf, positionOptions } from "@/lib/accounts/options";
import { assertCan, type Actor } from "@/lib/auth/policy";
import { AppError, isAppError } from "@/lib/errors";
import { getCommunity } from "@/lib/regions/queries";
import { renderVerificationDocument, type VerificationDocumentData } from "./document-pdf";

/** The signed-in secretary's own data for their 认证文档 (their own phone in full). */
export async function getVerificationDocumentData(options: {
  actor: Actor | null;
  now?: Date;
}): Promise<VerificationDocumentData> {
  const { actor } = options;
  assertCan(actor, "verification:submit", { ownerId: actor?.id });

  const db = await getDb();
  const [user] = await db.select().from(users).where(eq(users.id, actor.id));
  if (!user) throw new AppError("NOT_FOUND");
  const community = await getCommunity(user.communityId);

  return {
    realName: user.realName,
    phone: user.phone,
    regionPath: community?.path.map((region) => region.name) ?? [],
    communityName: community?.name ?? "",
    position: labelOf(positionOptions, user.position),
    idNumberMasked: user.idNumberMasked ?? "",
    date: options.now ?? new Date(),
  };
}

const disposition = `attachment; filename="verification.pdf"; filename*=UTF-8''${encodeURIComponent(
  "认证文档.pdf",
)}`;

/** The PDF download for the signed-in secretary; others get the error's status. */
export async function respondWithVerificationDocument(options: { actor: Actor | null }) {
  try {
    const pdf = await renderVerificationDocument(await getVerificationDocumentData(options));

    return new Response(new Uint8Array(pdf), {
      headers: {
        "content-type": "application/pdf",
        "content-disposition": disposition,
        "content-length": String(pdf.length),
        "cache-control": "private, no-store",
        "x-content-type-options": "nosniff",
      },
    });
  } catch (error) {
    if (!isAppError(error)) throw error;
    return Response.json({ message: error.message }, { status: error.status });
  }
}
