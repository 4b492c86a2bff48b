import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type { z } from "zod";
import { getDb } from "@/db/client";
import { users, verifications } from "@/db/schema";
import { decryptIdNumber } from "@/lib/accounts/id-number";
import { recordAudit } from "@/lib/audit/record";
import { assertCan, type Actor } from "@/lib/auth/policy";
import { AppError, defaultMessage, fieldError } from "@/lib/errors";
import { notify } from "@/lib/notifications/notify";
import { approveVerificationSchema, rejectVerificationSchema } from "./schemas";

export const reviewMessages = {
  alreadyDecided: "该认证申请已由其他管理员处理，请刷新后查看结果",
  lastFourMismatch: "与申请人登记的身份证号后四位不一致，请对照身份证扫描件仔细核对",
  noIdNumber: "申请人没有登记身份证号，无法通过认证",
} as const;

function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0];

  throw fieldError(
    String(issue?.path[0] ?? "form"),
    issue?.message ?? defaultMessage("VALIDATION"),
  );
}

async function pendingApplicant(verificationId: number) {
  const db = await getDb();
  const [row] = await db
    .select({ status: verifications.status, userId: users.id, cipher: users.idNumberCipher })
    .from(verifications)
    .innerJoin(users, eq(users.id, verifications.userId))
    .where(eq(verifications.id, verificationId));
  if (!row) throw new AppError("NOT_FOUND");
  if (row.status !== "pending")
    throw new AppError("ALREADY_PROCESSED", reviewMessages.alreadyDecided);

  return row;
}

/** Only the winner of two simultaneous decisions changes the row; the other is told. */
function decided<T>(rows: T[]): T {
  const [row] = rows;
  if (!row) throw new AppError("ALREADY_PROCESSED", reviewMessages.alreadyDecided);

  return row;
}

/**
 * Approves a pending verification. The reviewer types the last four characters of the ID number
 * as read on the scan; they must match the registered (encrypted) number, so nobody can approve
 * without having read the scan. The decision, the user's verified mark, the audit entry and the
 * notification are written together.
 */
export async function approveVerification(options: {
  actor: Actor | null;
  verificationId: number;
  idLastFour: string;
}) {
  const { actor } = options;
  assertCan(actor, "verification:review");
  const input = parseOrThrow(approveVerificationSchema, options);
  const applicant = await pendingApplicant(input.verificationId);
  if (!applicant.cipher) throw fieldError("idLastFour", reviewMessages.noIdNumber);
  const lastFour = decryptIdNumber(applicant.cipher).slice(-4).toUpperCase();
  if (lastFour !== input.idLastFour.toUpperCase()) {
    throw fieldError("idLastFour", reviewMessages.lastFourMismatch);
  }

  const db = await getDb();
  await db.transaction(async (tx) => {
    const row = decided(
      await tx
        .update(verifications)
        .set({ status: "approved", reviewedById: actor.id, reviewedAt: sql`now()` })
        .where(and(eq(verifications.id, input.verificationId), eq(verifications.status, "pending")))
        .returning({ userId: verifications.userId }),
    );
    await tx
      .update(users)
      .set({ verifiedAt: sql`now()` })
      .where(eq(users.id, row.userId));
    await recordAudit(tx, {
      actorId: actor.id,
      action: "verification.approve",
      targetType: "verification",
      targetId: input.verificationId,
      detail: { userId: row.userId },
    });
    await notify(tx, {
      userId: row.userId,
      title: "身份认证已通过",
      body: "您的社区书记身份已通过审核，现在可以处理书记信箱和办事预约了。",
      link: "/user/verification",
    });
  });
}

/** Rejects a pending verification with a reason the secretary sees; they may submit again. */
export async function rejectVerification(options: {
  actor: Actor | null;
  verificationId: number;
  reason: string;
}) {
  const { actor } = options;
  assertCan(actor, "verification:review");
  const input = parseOrThrow(rejectVerificationSchema, options);
  await pendingApplicant(input.verificationId);

  const db = await getDb();
  await db.transaction(async (tx) => {
    const row = decided(
      await tx
        .update(verifications)
        .set({
          status: "rejected",
          reviewedById: actor.id,
          reviewedAt: sql`now()`,
          rejectReason: input.reason,
        })
        .where(and(eq(verifications.id, input.verificationId), eq(verifications.status, "pending")))
        .returning({ userId: verifications.userId }),
    );
    await recordAudit(tx, {
      actorId: actor.id,
      action: "verification.reject",
      targetType: "verification",
      targetId: input.verificationId,
      detail: { userId: row.userId, reason: input.reason },
    });
    await notify(tx, {
      userId: row.userId,
      title: "身份认证未通过",
      body: `原因：${input.reason.replace(/[。.!！]+$/, "")}。请按要求修改后重新提交。`,
      link: "/user/verification",
    });
  });
}
