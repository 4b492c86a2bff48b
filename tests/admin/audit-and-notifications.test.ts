import { expect, it } from "vitest";
import { auditLogs } from "@/db/schema";
import { disableUser, enableUser, makeAdmin } from "@/lib/admin/manage-users";
import { listAuditFilterOptions, listAuditLogs } from "@/lib/audit/read";
import { notify } from "@/lib/notifications/notify";
import { countUnread, listNotifications, markAllRead, markRead } from "@/lib/notifications/read";
import { describeOnDatabases } from "../database";
import { actorOf, createCallers, createUser } from "./factories";

describeOnDatabases("the audit log", (database) => {
  it("lists decisions newest first and filters by action and by actor", async () => {
    const { db } = database();
    const { admin, communityId } = await createCallers(db);
    const second = actorOf(await createUser(db, { communityId, role: "admin", type: null }));
    const user = await createUser(db, { communityId });

    await disableUser({ actor: admin, userId: user.id });
    await enableUser({ actor: second, userId: user.id });
    await makeAdmin({ actor: admin, userId: user.id });

    const all = await listAuditLogs({ actor: admin });
    const aboutUser = all.items.filter((entry) => entry.targetId === String(user.id));
    expect(aboutUser.map((entry) => entry.action)).toEqual([
      "user.make_admin",
      "user.enable",
      "user.disable",
    ]);
    expect(aboutUser[0]).toMatchObject({
      actorId: admin.id,
      targetType: "user",
      targetId: String(user.id),
      actorPhoneMasked: expect.stringMatching(/\*{4}/),
    });
    const byAction = await listAuditLogs({ actor: admin, action: "user.enable" });
    expect(byAction.items.map((entry) => entry.actorId)).toEqual([second.id]);
    const byActor = await listAuditLogs({ actor: admin, actorId: admin.id });
    expect(byActor.items.map((entry) => entry.action)).toEqual(["user.make_admin", "user.disable"]);

    const options = await listAuditFilterOptions({ actor: admin });
    expect(options.actions).toEqual([...options.actions].sort());
    expect(options.actions).toEqual(
      expect.arrayContaining(["user.disable", "user.enable", "user.make_admin"]),
    );
    expect(options.actors.map((entry) => entry.id)).toEqual(
      expect.arrayContaining([admin.id, second.id]),
    );
    expect(options.actors.map((entry) => entry.id)).not.toContain(user.id);
  });

  it("pages back and forth by cursor, newest first", async () => {
    const { db } = database();
    const { admin } = await createCallers(db);
    const action = "paging.check";
    await db.insert(auditLogs).values(
      Array.from({ length: 45 }, (_, index) => ({
        actorId: admin.id,
        action,
        targetType: "paging",
        targetId: String(index),
      })),
    );
    const targets = (page: { items: Array<{ targetId: string }> }) =>
      page.items.map((entry) => Number(entry.targetId));
    const descending = (from: number, to: number) =>
      Array.from({ length: from - to + 1 }, (_, index) => from - index);

    const first = await listAuditLogs({ actor: admin, action });
    const second = await listAuditLogs({ actor: admin, action, before: first.olderThan! });
    const third = await listAuditLogs({ actor: admin, action, before: second.olderThan! });
    const backToSecond = await listAuditLogs({ actor: admin, action, after: third.newerThan! });
    const backToFirst = await listAuditLogs({ actor: admin, action, after: second.newerThan! });

    expect(targets(first)).toEqual(descending(44, 25));
    expect(first.newerThan).toBeNull();
    expect(targets(second)).toEqual(descending(24, 5));
    expect(targets(third)).toEqual(descending(4, 0));
    expect(third.olderThan).toBeNull();
    expect(third.newerThan).not.toBeNull();
    expect(targets(backToSecond)).toEqual(descending(24, 5));
    expect(targets(backToFirst)).toEqual(descending(44, 25));
    expect(backToFirst.newerThan).toBeNull();
    expect(backToFirst.olderThan).toBe(first.olderThan);
  });
});

describeOnDatabases("notifications", (database) => {
  it("are counted, listed newest first and marked read by their owner only", async () => {
    const { db } = database();
    const { resident, secretary } = await createCallers(db);
    for (const title of ["第一条", "第二条", "第三条"]) {
      await notify(db, { userId: resident.id, title, body: "内容" });
    }
    await notify(db, { userId: secretary.id, title: "别人的", body: "内容" });

    const list = await listNotifications({ actor: resident });
    expect(list.items.map((item) => item.title)).toEqual(["第三条", "第二条", "第一条"]);
    expect(await countUnread({ actor: resident })).toBe(3);

    await markRead({ actor: resident, notificationId: list.items[0]!.id });
    await markRead({ actor: resident, notificationId: list.items[0]!.id });
    expect(await countUnread({ actor: resident })).toBe(2);

    const othersId = (await listNotifications({ actor: secretary })).items[0]!.id;
    await expect(markRead({ actor: resident, notificationId: othersId })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await countUnread({ actor: secretary })).toBe(1);

    expect(await markAllRead({ actor: resident })).toBe(2);
    expect(await countUnread({ actor: resident })).toBe(0);
    expect(await countUnread({ actor: secretary })).toBe(1);
    await expect(countUnread({ actor: null })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await expect(listNotifications({ actor: null })).rejects.toMatchObject({
      code: "UNAUTHENTICATED",
    });
  });
});
