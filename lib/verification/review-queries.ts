import "server-only";
import { and, asc, count, desc, eq, ne } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { getDb } from "@/db/client";
import { communities, users, verifications } from "@/db/schema";
import { labelOf, positionOptions } from "@/lib/accounts/options";
import { maskIdNumberForReview, maskPhone } from "@/lib/accounts/mask";
import { assertCan, type Actor } from "@/lib/auth/policy";
import { AppError } from "@/lib/errors";
import { getCommunity } from "@/lib/regions/queries";

/** The authorized URL of a private file; the route checks the viewer again and audits it. */
export function fileUrl(fileId: string) {
  return `/api/files/${fileId}`;
}

/** Pending verifications, oldest first: whoever has waited longest is reviewed first. */
export async function listPendingVerifications(options: {
  actor: Actor | null;
  limit?: number;
  offset?: number;
}) {
  assertCan(options.actor, "verification:review");
  const limit = Math.min(Math.max(options.limit ?? 20, 1), 100);
  const offset = Math.max(options.offset ?? 0, 0);

  const db = await getDb();
  const isPending = eq(verifications.status, "pending");
  const rows = await db
    .select({
      id: verifications.id,
      submittedAt: verifications.submittedAt,
      userId: users.id,
      realName: users.realName,
      phone: users.phone,
      position: users.position,
      communityName: communities.name,
    })
    .from(verifications)
    .innerJoin(users, eq(users.id, verifications.userId))
    .innerJoin(communities, eq(communities.id, users.communityId))
    .where(isPending)
    .orderBy(asc(verifications.submittedAt), asc(verifications.id))
    .limit(limit)
    .offset(offset);
  const [totals] = await db.select({ total: count() }).from(verifications).where(isPending);

  const items = rows.map(({ phone, position, ...row }) => ({
    ...row,
    phoneMasked: maskPhone(phone),
    position: labelOf(positionOptions, position),
  }));

  return { items, total: totals?.total ?? 0 };
}

/** One verification with what the reviewer compares the scans against. */
export async function getVerificationForReview(options: {
  actor: Actor | null;
  verificationId: number;
}) {
  assertCan(options.actor, "verification:review");

  const db = await getDb();
  const reviewers = alias(users, "reviewers");
  const [row] = await db
    .select({ verification: verifications, applicant: users, reviewerName: reviewers.realName })
    .from(verifications)
    .innerJoin(users, eq(users.id, verifications.userId))
    .leftJoin(reviewers, eq(reviewers.id, verifications.reviewedById))
    .where(eq(verifications.id, options.verificationId));
  if (!row) throw new AppError("NOT_FOUND");
  const { verification, applicant } = row;

  const community = await getCommunity(applicant.communityId);
  const earlier = await db
    .select({
      id: verifications.id,
      status: verifications.status,
      submittedAt: verifications.submittedAt,
      reviewedAt: verifications.reviewedAt,
      rejectReason: verifications.rejectReason,
    })
    .from(verifications)
    .where(and(eq(verifications.userId, applicant.id), ne(verifications.id, verification.id)))
    .orderBy(desc(verifications.submittedAt));

  return {
    id: verification.id,
    status: verification.status,
    submittedAt: verification.submittedAt,
    reviewedAt: verification.reviewedAt,
    reviewerName: row.reviewerName,
    rejectReason: verification.rejectReason,
    idCardUrl: fileUrl(verification.idCardFileId),
    documentUrl: fileUrl(verification.documentFileId),
    applicant: {
      id: applicant.id,
      realName: applicant.realName,
      phoneMasked: maskPhone(applicant.phone),
      position: labelOf(positionOptions, applicant.position),
      partyJoinedMonth: applicant.partyJoinedMonth,
      idNumberMasked: applicant.idNumberMasked && maskIdNumberForReview(applicant.idNumberMasked),
      communityName: community?.name ?? "",
      regionPath: community?.path.map((region) => region.name) ?? [],
      registeredAt: applicant.createdAt,
      verifiedAt: applicant.verifiedAt,
    },
    earlier,
  };
}

export type VerificationForReview = Awaited<ReturnType<typeof getVerificationForReview>>;
