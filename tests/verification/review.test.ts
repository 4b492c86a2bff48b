import { and, eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { auditLogs, notifications, users, verifications } from "@/db/schema";
import { getVerificationState } from "@/lib/verification/state";
import { reviewMessages, approveVerification, rejectVerification } from "@/lib/verification/decide";
import {
  getVerificationForReview,
  listPendingVerifications,
} from "@/lib/verification/review-queries";
import { submitVerification } from "@/lib/verification/submit";
import { describeOnDatabases } from "../database";
import { actorOf, createCast, imageFile, makeImage } from "./fixtures";
import type { Actor } from "@/lib/auth/policy";

async function submit(actor: Actor) {
  return submitVerification({
    actor,
    idCard: imageFile(await makeImage("jpeg"), "id.jpg"),
    document: imageFile(await makeImage("gif"), "doc.gif", "image/gif"),
  });
}

describeOnDatabases("reviewing a verification", (database) => {
  it("goes pending → rejected → resubmitted → approved; the secretary is verified", async () => {
    const { db } = database();
    const { owner, admin, idNumber } = await createCast(db);

    const first = await submit(owner);
    await rejectVerification({ actor: admin, verificationId: first.id, reason: "身份证照片模糊" });
    expect(await getVerificationState({ actor: owner })).toMatchObject({
      status: "rejected",
      canSubmit: true,
      reason: "身份证照片模糊",
    });

    const second = await submit(owner);
    expect(await getVerificationState({ actor: owner })).toMatchObject({ status: "pending" });
    await approveVerification({
      actor: admin,
      verificationId: second.id,
      idLastFour: idNumber.slice(-4),
    });

    const verified = await actorOf(db, owner.id);
    expect(verified.isVerified).toBe(true);
    expect(await getVerificationState({ actor: verified })).toMatchObject({
      status: "approved",
      canSubmit: false,
    });
    const [row] = await db.select().from(verifications).where(eq(verifications.id, second.id));
    expect(row).toMatchObject({ status: "approved", reviewedById: admin.id });
    expect(row?.reviewedAt).toBeInstanceOf(Date);
    await expect(submit(verified)).rejects.toMatchObject({ code: "CONFLICT" });

    const audit = await db.select().from(auditLogs).where(eq(auditLogs.actorId, admin.id));
    expect(audit.map((entry) => entry.action).sort()).toEqual([
      "verification.approve",
      "verification.reject",
    ]);
    const told = await db.select().from(notifications).where(eq(notifications.userId, owner.id));
    expect(told.map((notice) => notice.title).sort()).toEqual(["身份认证已通过", "身份认证未通过"]);
  });

  it("approves only when the typed last four match the registered ID number", async () => {
    const { db } = database();
    const { owner, admin, idNumber } = await createCast(db, { endsWithX: true });
    const { id } = await submit(owner);
    const wrong = `${(Number(idNumber.slice(-4, -1)) + 1) % 1000}`.padStart(3, "0") + "X";

    for (const idLastFour of [wrong, "12", "abcd"]) {
      await expect(
        approveVerification({ actor: admin, verificationId: id, idLastFour }),
      ).rejects.toMatchObject({ fieldErrors: { idLastFour: expect.any(String) } });
    }
    await expect(
      approveVerification({ actor: admin, verificationId: id, idLastFour: wrong }),
    ).rejects.toMatchObject({ fieldErrors: { idLastFour: reviewMessages.lastFourMismatch } });
    const [unchanged] = await db.select().from(verifications).where(eq(verifications.id, id));
    expect(unchanged?.status).toBe("pending");
    expect((await actorOf(db, owner.id)).isVerified).toBe(false);
    expect(await db.select().from(auditLogs).where(eq(auditLogs.actorId, admin.id))).toEqual([]);

    const lowerX = idNumber.slice(-4).toLowerCase();
    expect(lowerX.endsWith("x")).toBe(true);
    await approveVerification({ actor: admin, verificationId: id, idLastFour: lowerX });
    expect((await actorOf(db, owner.id)).isVerified).toBe(true);
  });

  it("requires a reason to reject", async () => {
    const { db } = database();
    const { owner, admin } = await createCast(db);
    const { id } = await submit(owner);

    await expect(
      rejectVerification({ actor: admin, verificationId: id, reason: "   " }),
    ).rejects.toMatchObject({ fieldErrors: { reason: expect.any(String) } });
    expect(await getVerificationState({ actor: owner })).toMatchObject({ status: "pending" });
  });

  it("lets one of two admins deciding at once win; the other is told", async () => {
    const { db } = database();
    const { owner, admin, idNumber, community } = await createCast(db);
    const [second] = await db
      .insert(users)
      .values({
        phone: `1550000${String(owner.id).padStart(4, "0")}`,
        realName: "周管理",
        passwordHash: "not-used-here",
        role: "admin",
        communityId: community.id,
      })
      .returning();
    const otherAdmin = await actorOf(db, second!.id);
    const { id } = await submit(owner);

    const results = await Promise.allSettled([
      approveVerification({ actor: admin, verificationId: id, idLastFour: idNumber.slice(-4) }),
      rejectVerification({ actor: otherAdmin, verificationId: id, reason: "资料不全" }),
    ]);

    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    const loser = results.find((result) => result.status === "rejected");
    expect(loser?.reason).toMatchObject({ message: reviewMessages.alreadyDecided });
    const decisions = await db
      .select()
      .from(auditLogs)
      .where(and(eq(auditLogs.targetType, "verification"), eq(auditLogs.targetId, String(id))));
    expect(decisions).toHaveLength(1);
    const [row] = await db.select().from(verifications).where(eq(verifications.id, id));
    const isVerified = (await actorOf(db, owner.id)).isVerified;
    expect(isVerified).toBe(row?.status === "approved");
  });

  it("lists pending verifications oldest first, with masked phones", async () => {
    const { db } = database();
    const casts = [await createCast(db), await createCast(db), await createCast(db)];
    const submitted: Array<{ id: number }> = [];
    for (const cast of casts) submitted.push(await submit(cast.owner));
    const admin = casts[0]!.admin;

    const { items, total } = await listPendingVerifications({ actor: admin, limit: 100 });

    const ours = items.filter((item) => submitted.some((entry) => entry.id === item.id));
    expect(ours.map((item) => item.id)).toEqual(submitted.map((entry) => entry.id));
    expect(total).toBeGreaterThanOrEqual(3);
    expect(ours[0]?.phoneMasked).toMatch(/^\d{3}\*{4}\d{4}$/);
    expect(ours[0]?.position).toBe("书记");

    const detail = await getVerificationForReview({ actor: admin, verificationId: ours[0]!.id });
    // The reviewer must read the last four off the scan, so the page never shows them.
    expect(detail.applicant.idNumberMasked).toBe(casts[0]!.idNumber.slice(0, 6) + "*".repeat(12));
    expect(detail.idCardUrl).toMatch(/^\/api\/files\/[0-9a-f-]{36}$/);
    expect(detail.applicant.communityName).toBe(casts[0]!.community.name);
    expect(JSON.stringify(detail)).not.toContain(casts[0]!.idNumber);
  });

  it("lets only admins list, read, approve and reject", async () => {
    const { db } = database();
    const { owner, otherSecretary, resident, idNumber } = await createCast(db);
    const { id } = await submit(owner);

    for (const actor of [null, resident, otherSecretary, owner]) {
      const code = actor ? "FORBIDDEN" : "UNAUTHENTICATED";
      await expect(listPendingVerifications({ actor })).rejects.toMatchObject({ code });
      await expect(getVerificationForReview({ actor, verificationId: id })).rejects.toMatchObject({
        code,
      });
      await expect(
        approveVerification({ actor, verificationId: id, idLastFour: idNumber.slice(-4) }),
      ).rejects.toMatchObject({ code });
      await expect(
        rejectVerification({ actor, verificationId: id, reason: "不行" }),
      ).rejects.toMatchObject({ code });
    }
    expect(await getVerificationState({ actor: owner })).toMatchObject({ status: "pending" });
  });
});
