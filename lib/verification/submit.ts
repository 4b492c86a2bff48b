import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { files, verifications } from "@/db/schema";
import { assertCan, type Actor } from "@/lib/auth/policy";
import { AppError, isAppError } from "@/lib/errors";
import { currentStorage, discardObjects } from "@/lib/storage";
import { prepareImage, type PreparedImage } from "@/lib/storage/images";

const purposes = ["id_card", "verification_document"] as const;

export const verificationMessages = {
  pending: "您的认证申请正在审核中，审核结果出来之前不能再次提交",
  approved: "您的身份已通过认证，无需再次提交",
} as const;

/** Turns a race on the one-pending index into the same message as the check before it. */
function isUniqueViolation(error: unknown) {
  for (let current = error; current; current = (current as { cause?: unknown }).cause) {
    if ((current as { code?: string }).code === "23505") return true;
  }

  return false;
}

async function assertMaySubmit(actor: Actor) {
  if (actor.isVerified) throw new AppError("CONFLICT", verificationMessages.approved);
  const db = await getDb();
  const [pending] = await db
    .select({ id: verifications.id })
    .from(verifications)
    .where(and(eq(verifications.userId, actor.id), eq(verifications.status, "pending")));
  if (pending) throw new AppError("CONFLICT", verificationMessages.pending);
}

/** Both images at once, so the user sees what is wrong with each in one go. */
async function prepareBoth(idCard: Blob | null | undefined, document: Blob | null | undefined) {
  const [card, doc] = await Promise.allSettled([
    prepareImage(idCard, "idCard"),
    prepareImage(document, "document"),
  ]);
  if (card.status === "fulfilled" && doc.status === "fulfilled") return [card.value, doc.value];

  const fieldErrors: Record<string, string> = {};
  let firstError: AppError | undefined;
  for (const result of [card, doc]) {
    if (result.status === "fulfilled") continue;
    if (!isAppError(result.reason)) throw result.reason;
    firstError ??= result.reason;
    Object.assign(fieldErrors, result.reason.fieldErrors);
  }

  throw new AppError("BAD_FILE", firstError?.message, { fieldErrors });
}

/**
 * A secretary hands in the 身份证 scan and the signed 认证文档. Both images are checked and
 * re-encoded, stored, and recorded with the pending verification in one transaction; when that
 * transaction fails the stored bytes are removed again, so nothing is left half-written.
 */
export async function submitVerification(options: {
  actor: Actor | null;
  idCard: Blob | null | undefined;
  document: Blob | null | undefined;
}) {
  const { actor } = options;
  assertCan(actor, "verification:submit", { ownerId: actor?.id });
  await assertMaySubmit(actor);
  const images: PreparedImage[] = await prepareBoth(options.idCard, options.document);

  const storage = currentStorage();
  const keys: string[] = [];
  try {
    for (const image of images) keys.push(await storage.put(image.bytes, image.contentType));
    const db = await getDb();

    return await db.transaction(async (tx) => {
      const fileIds: string[] = [];
      for (const [index, image] of images.entries()) {
        const [row] = await tx
          .insert(files)
          .values({
            ownerId: actor.id,
            purpose: purposes[index] as (typeof purposes)[number],
            driver: storage.name,
            storageKey: keys[index] as string,
            contentType: image.contentType,
            size: image.bytes.length,
          })
          .returning({ id: files.id });
        fileIds.push((row as { id: string }).id);
      }
      const [verification] = await tx
        .insert(verifications)
        .values({
          userId: actor.id,
          idCardFileId: fileIds[0] as string,
          documentFileId: fileIds[1] as string,
        })
        .returning();

      return verification as NonNullable<typeof verification>;
    });
  } catch (error) {
    await discardObjects(storage, keys);
    if (isUniqueViolation(error)) throw new AppError("CONFLICT", verificationMessages.pending);
    throw error;
  }
}
