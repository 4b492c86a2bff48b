import { and, eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { auditLogs, users } from "@/db/schema";
import { disableUser, enableUser, makeAdmin, resetUserPassword } from "@/lib/admin/manage-users";
import { searchUsers, userQueryFilter } from "@/lib/admin/users";
import { verifyPassword } from "@/lib/auth/password";
import { loadSessionUser } from "@/lib/auth/session";
import { countUnread } from "@/lib/notifications/read";
import type { Database } from "@/db/client";
import { describeOnDatabases } from "../database";
import { actorOf, createCallers, createUser, testPassword } from "./factories";

async function auditOf(db: Database, userId: number) {
  return db
    .select({ action: auditLogs.action, actorId: auditLogs.actorId })
    .from(auditLogs)
    .where(and(eq(auditLogs.targetType, "user"), eq(auditLogs.targetId, String(userId))));
}

async function reload(db: Database, userId: number) {
  const [user] = await db.select().from(users).where(eq(users.id, userId));

  return user!;
}

describeOnDatabases("user management", (database) => {
  it("disabling ends the user's sessions at once; enabling lets them sign in again", async () => {
    const { db } = database();
    const { admin, communityId } = await createCallers(db);
    const user = await createUser(db, { communityId });
    expect(await loadSessionUser(user.id, user.sessionVersion)).not.toBeNull();

    await disableUser({ actor: admin, userId: user.id });

    const disabled = await reload(db, user.id);
    expect(disabled).toMatchObject({ status: "disabled", sessionVersion: user.sessionVersion + 1 });
    expect(await loadSessionUser(user.id, user.sessionVersion)).toBeNull();
    expect(await loadSessionUser(user.id, disabled.sessionVersion)).toBeNull();
    await expect(disableUser({ actor: admin, userId: user.id })).rejects.toMatchObject({
      code: "CONFLICT",
    });

    await enableUser({ actor: admin, userId: user.id });

    const enabled = await reload(db, user.id);
    expect(enabled.status).toBe("active");
    expect(await loadSessionUser(user.id, user.sessionVersion)).toBeNull();
    expect(await loadSessionUser(user.id, enabled.sessionVersion)).not.toBeNull();
    expect(await auditOf(db, user.id)).toEqual([
      { action: "user.disable", actorId: admin.id },
      { action: "user.enable", actorId: admin.id },
    ]);
    expect(await countUnread({ actor: actorOf(enabled) })).toBe(1);
  });

  it("an admin cannot disable their own account", async () => {
    const { db } = database();
    const { admin } = await createCallers(db);

    await expect(disableUser({ actor: admin, userId: admin.id })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect((await reload(db, admin.id)).status).toBe("active");
  });

  it("resetting a password gives a one-time password that works and ends sessions", async () => {
    const { db } = database();
    const { admin, communityId } = await createCallers(db);
    const user = await createUser(db, { communityId });

    const { temporaryPassword } = await resetUserPassword({ actor: admin, userId: user.id });

    const after = await reload(db, user.id);
    expect(temporaryPassword).toMatch(/^[A-Za-z2-9]{10}$/);
    expect(await verifyPassword(after.passwordHash, temporaryPassword)).toBe(true);
    expect(await verifyPassword(after.passwordHash, testPassword)).toBe(false);
    expect(await loadSessionUser(user.id, user.sessionVersion)).toBeNull();
    expect(await auditOf(db, user.id)).toEqual([
      { action: "user.reset_password", actorId: admin.id },
    ]);
    await expect(resetUserPassword({ actor: admin, userId: 999_999 })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("makes another active user an admin, once", async () => {
    const { db } = database();
    const { admin, communityId } = await createCallers(db);
    const user = await createUser(db, { communityId });
    const disabled = await createUser(db, { communityId, status: "disabled" });

    await makeAdmin({ actor: admin, userId: user.id });

    expect((await reload(db, user.id)).role).toBe("admin");
    await expect(makeAdmin({ actor: admin, userId: user.id })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    await expect(makeAdmin({ actor: admin, userId: disabled.id })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    expect((await reload(db, disabled.id)).role).toBe("user");
    expect(await auditOf(db, user.id)).toEqual([{ action: "user.make_admin", actorId: admin.id }]);
    expect(await auditOf(db, disabled.id)).toEqual([]);
  });

  it("finds users by part of the name or by digits of the phone, masking the phone", async () => {
    const { db } = database();
    const { admin, communityId } = await createCallers(db);
    const user = await createUser(db, { communityId, realName: "欧阳娜娜", phone: "13712345678" });
    const verified = await createUser(db, {
      communityId,
      type: "secretary",
      verifiedAt: new Date(),
    });
    const byName = await searchUsers({ actor: admin, query: "阳娜" });
    const byLastFour = await searchUsers({ actor: admin, query: "5678" });
    const byMasked = await searchUsers({ actor: admin, query: "137****5678" });
    const wrongMask = await searchUsers({ actor: admin, query: "138****5678" });
    const bySecretary = await searchUsers({ actor: admin, query: verified.realName });

    expect(byName.items.map((item) => item.id)).toEqual([user.id]);
    expect(byLastFour.items.map((item) => item.id)).toContain(user.id);
    expect(byMasked.items.map((item) => item.id)).toEqual([user.id]);
    expect(wrongMask.items.map((item) => item.id)).not.toContain(user.id);
    expect(byName.items[0]).toMatchObject({
      phoneMasked: "137****5678",
      type: "resident",
      role: "user",
      status: "active",
      verification: "none",
    });
    expect(JSON.stringify(byName.items[0])).not.toContain("13712345678");
    expect(bySecretary.items[0]?.verification).toBe("verified");
    expect(userQueryFilter("  ")).toBeUndefined();
  });

  it("treats % and _ in a name search as plain characters", async () => {
    const { db } = database();
    const { admin } = await createCallers(db);

    const page = await searchUsers({ actor: admin, query: "%" });

    expect(page.total).toBe(0);
  });
});
