import "server-only";
import { desc, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { verifications } from "@/db/schema";
import { assertCan, type Actor } from "@/lib/auth/policy";

export type VerificationState =
  | { status: "none"; canSubmit: true }
  | { status: "pending"; canSubmit: false; submittedAt: Date }
  | { status: "approved"; canSubmit: false; submittedAt: Date | null; reviewedAt: Date | null }
  | { status: "rejected"; canSubmit: true; submittedAt: Date; reviewedAt: Date; reason: string };

/** Where the signed-in secretary stands: the latest submission decides, approval is final. */
export async function getVerificationState(options: {
  actor: Actor | null;
}): Promise<VerificationState> {
  const { actor } = options;
  assertCan(actor, "verification:submit", { ownerId: actor?.id });

  const db = await getDb();
  const [latest] = await db
    .select()
    .from(verifications)
    .where(eq(verifications.userId, actor.id))
    .orderBy(desc(verifications.submittedAt), desc(verifications.id))
    .limit(1);

  if (actor.isVerified || latest?.status === "approved") {
    return {
      status: "approved",
      canSubmit: false,
      submittedAt: latest?.submittedAt ?? null,
      reviewedAt: latest?.reviewedAt ?? null,
    };
  }
  if (!latest) return { status: "none", canSubmit: true };
  if (latest.status === "pending") {
    return { status: "pending", canSubmit: false, submittedAt: latest.submittedAt };
  }

  return {
    status: "rejected",
    canSubmit: true,
    submittedAt: latest.submittedAt,
    reviewedAt: latest.reviewedAt ?? latest.submittedAt,
    reason: latest.rejectReason ?? "",
  };
}
