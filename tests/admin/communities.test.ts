import { eq, inArray, sql } from "drizzle-orm";
import { expect, it } from "vitest";
import type { Database } from "@/db/client";
import { appointments, auditLogs, communities, letters, users } from "@/db/schema";
import { approveCommunity, mergeCommunity, renameCommunity } from "@/lib/communities/decisions";
import { listProposedCommunities, searchMergeTargets } from "@/lib/communities/proposals";
import { listNotifications } from "@/lib/notifications/read";
import { describeOnDatabases } from "../database";
import { actorOf, createCallers, createCommunity, createUser } from "./factories";

async function proposal(db: Database, name = "新建社区") {
  const official = await createCommunity(db, { name: "幸福里社区" });
  const pending = await createCommunity(db, {
    name,
    status: "pending",
    districtCode: official.districtCode,
  });
  const proposer = await createUser(db, { communityId: pending.id });
  await db
    .update(communities)
    .set({ proposedById: proposer.id })
    .where(eq(communities.id, pending.id));

  return { official, pending, proposer };
}

async function communityOf(db: Database, id: number) {
  const [row] = await db.select().from(communities).where(eq(communities.id, id));

  return row!;
}

async function actionsOn(db: Database, communityId: number) {
  const rows = await db
    .select({ action: auditLogs.action, detail: auditLogs.detail })
    .from(auditLogs)
    .where(eq(auditLogs.targetId, String(communityId)));

  return rows.filter((row) => row.action.startsWith("community."));
}

describeOnDatabases("proposed communities", (database) => {
  it("are listed oldest first with their district path and a masked proposer", async () => {
    const { db } = database();
    const { admin } = await createCallers(db);
    const { pending, proposer } = await proposal(db, "列表社区");

    const page = await listProposedCommunities({ actor: admin });

    const item = page.items.find((row) => row.id === pending.id);
    expect(item).toMatchObject({
      name: "列表社区",
      regionPath: "测试省 / 测试区",
      memberCount: 1,
      proposer: {
        name: proposer.realName,
        phoneMasked: expect.stringMatching(/^\d{3}\*{4}\d{4}$/),
      },
    });
  });

  it("approve once: the proposal becomes a community and its proposer is told", async () => {
    const { db } = database();
    const { admin } = await createCallers(db);
    const { pending, proposer } = await proposal(db);

    await approveCommunity({ actor: admin, communityId: pending.id });

    expect((await communityOf(db, pending.id)).status).toBe("approved");
    await expect(approveCommunity({ actor: admin, communityId: pending.id })).rejects.toMatchObject(
      { code: "ALREADY_PROCESSED" },
    );
    expect(await actionsOn(db, pending.id)).toEqual([
      { action: "community.approve", detail: null },
    ]);
    const notices = await listNotifications({ actor: actorOf(proposer) });
    expect(notices.items[0]?.body).toContain("审核通过");
  });

  it("rename keeps the proposal pending and refuses a name the district already has", async () => {
    const { db } = database();
    const { admin } = await createCallers(db);
    const { pending } = await proposal(db, "错别字社区");

    await renameCommunity({ actor: admin, communityId: pending.id, name: " 正确社区 " });
    const duplicate = renameCommunity({
      actor: admin,
      communityId: pending.id,
      name: "幸福里社区",
    });

    await expect(duplicate).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { name: expect.stringContaining("同名") },
    });
    expect(await communityOf(db, pending.id)).toMatchObject({
      name: "正确社区",
      status: "pending",
    });
    expect(await actionsOn(db, pending.id)).toEqual([
      { action: "community.rename", detail: { from: "错别字社区", to: "正确社区" } },
    ]);
  });

  it("merge moves members, letters and appointments (processed ones too) in one step", async () => {
    const { db } = database();
    const { admin } = await createCallers(db);
    const { official, pending, proposer } = await proposal(db);
    const neighbour = await createUser(db, { communityId: pending.id });
    const staying = await createUser(db, { communityId: official.id });
    const [pendingLetter, processedLetter] = await db
      .insert(letters)
      .values([
        { communityId: pending.id, authorId: neighbour.id, title: "路灯", content: "不亮了" },
        {
          communityId: pending.id,
          authorId: neighbour.id,
          title: "垃圾",
          content: "清运",
          status: "processed",
          reply: "已安排",
          repliedById: admin.id,
          repliedAt: new Date(),
        },
      ])
      .returning();
    const [appointment] = await db
      .insert(appointments)
      .values({
        communityId: pending.id,
        authorId: proposer.id,
        otherMatter: "开证明",
        preferredDate: "2030-01-02",
        halfDay: "morning",
        description: "居住证明",
        contactPhone: proposer.phone,
      })
      .returning();
    const targets = await searchMergeTargets({
      actor: admin,
      communityId: pending.id,
      query: "幸福",
    });
    expect(targets.map((target) => target.id)).toEqual([official.id]);

    const moved = await mergeCommunity({
      actor: admin,
      communityId: pending.id,
      targetId: official.id,
    });

    expect(moved).toEqual({ targetId: official.id, members: 2, letters: 2, appointments: 1 });
    const members = await db
      .select({ communityId: users.communityId })
      .from(users)
      .where(inArray(users.id, [proposer.id, neighbour.id, staying.id]));
    expect(members.map((member) => member.communityId)).toEqual([
      official.id,
      official.id,
      official.id,
    ]);
    const movedLetters = await db
      .select()
      .from(letters)
      .where(inArray(letters.id, [pendingLetter!.id, processedLetter!.id]));
    expect(movedLetters.every((letter) => letter.communityId === official.id)).toBe(true);
    expect(movedLetters.find((letter) => letter.status === "processed")?.reply).toBe("已安排");
    const [movedAppointment] = await db
      .select({ communityId: appointments.communityId })
      .from(appointments)
      .where(eq(appointments.id, appointment!.id));
    expect(movedAppointment?.communityId).toBe(official.id);
    expect(await communityOf(db, pending.id)).toMatchObject({
      status: "merged",
      mergedIntoId: official.id,
    });
    expect(await actionsOn(db, pending.id)).toEqual([
      {
        action: "community.merge",
        detail: { into: official.id, members: 2, letters: 2, appointments: 1 },
      },
    ]);
    expect((await listNotifications({ actor: actorOf(neighbour) })).items[0]?.body).toContain(
      "幸福里社区",
    );
  });

  it("a processed letter still refuses every other change after a merge", async () => {
    const { db } = database();
    const { admin } = await createCallers(db);
    const { official, pending, proposer } = await proposal(db);
    const [letter] = await db
      .insert(letters)
      .values({
        communityId: pending.id,
        authorId: proposer.id,
        title: "噪音",
        content: "夜间施工",
        status: "processed",
        reply: "已处理",
        repliedById: admin.id,
        repliedAt: new Date(),
      })
      .returning();
    await mergeCommunity({ actor: admin, communityId: pending.id, targetId: official.id });

    const moveBack = db
      .update(letters)
      .set({ communityId: pending.id })
      .where(eq(letters.id, letter!.id));
    await expect(moveBack).rejects.toThrow();
    const rewrite = db.update(letters).set({ reply: "改写" }).where(eq(letters.id, letter!.id));
    await expect(rewrite).rejects.toThrow();
  });

  it("a processed letter of a community that was not merged cannot be moved at all", async () => {
    const { db } = database();
    const { admin } = await createCallers(db);
    const { official, pending, proposer } = await proposal(db);
    const [letter] = await db
      .insert(letters)
      .values({
        communityId: pending.id,
        authorId: proposer.id,
        title: "路灯",
        content: "路灯不亮",
        status: "processed",
        reply: "已报修",
        repliedById: admin.id,
        repliedAt: new Date(),
      })
      .returning();

    const move = db.transaction(async (tx) => {
      await tx.execute(sql`select set_config('portal.community_merge', 'on', true)`);
      await tx.update(letters).set({ communityId: official.id }).where(eq(letters.id, letter!.id));
    });

    await expect(move).rejects.toThrow();
    const [stored] = await db.select().from(letters).where(eq(letters.id, letter!.id));
    expect(stored?.communityId).toBe(pending.id);
  });

  it("merge refuses another district and leaves everything in place", async () => {
    const { db } = database();
    const { admin } = await createCallers(db);
    const { pending, proposer } = await proposal(db);
    const elsewhere = await createCommunity(db);

    const merge = mergeCommunity({ actor: admin, communityId: pending.id, targetId: elsewhere.id });

    await expect(merge).rejects.toMatchObject({ fieldErrors: { targetId: expect.any(String) } });
    expect((await communityOf(db, pending.id)).status).toBe("pending");
    const [member] = await db.select().from(users).where(eq(users.id, proposer.id));
    expect(member?.communityId).toBe(pending.id);
    expect(await actionsOn(db, pending.id)).toEqual([]);
  });
});
