import "server-only";
import { and, eq, inArray, ne } from "drizzle-orm";
import { getDb, type Transaction } from "@/db/client";
import { appointments, communities, letters, notifications, users } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import { assertCan, type Actor } from "@/lib/auth/policy";
import { AppError, fieldError } from "@/lib/errors";
import { notify } from "@/lib/notifications/notify";

type CommunityDecision = { actor: Actor | null; communityId: number };

/** Tables whose rows belong to a community and follow it when it is merged into another. */
const communityReferences = [
  { name: "letters", table: letters, column: letters.communityId },
  { name: "appointments", table: appointments, column: appointments.communityId },
] as const;

async function lockProposal(tx: Transaction, communityId: number) {
  const [community] = await tx
    .select()
    .from(communities)
    .where(eq(communities.id, communityId))
    .for("update");
  if (!community) throw new AppError("NOT_FOUND", "该社区不存在");
  if (community.status !== "pending") {
    throw new AppError("ALREADY_PROCESSED", "该社区已被其他管理员处理");
  }

  return community;
}

async function tellProposer(tx: Transaction, proposerId: number | null, body: string) {
  if (proposerId === null) return;
  await notify(tx, { userId: proposerId, title: "新社区审核结果", body, link: "/user" });
}

/** The proposed community becomes a community like the official ones, under its name. */
export async function approveCommunity({ actor, communityId }: CommunityDecision) {
  assertCan(actor, "community:manage");
  const db = await getDb();

  await db.transaction(async (tx) => {
    const community = await lockProposal(tx, communityId);
    await tx.update(communities).set({ status: "approved" }).where(eq(communities.id, communityId));
    await recordAudit(tx, {
      actorId: actor.id,
      action: "community.approve",
      targetType: "community",
      targetId: communityId,
    });
    await tellProposer(tx, community.proposedById, `您提出的社区“${community.name}”已审核通过。`);
  });
}

/** Corrects the name of a proposal before deciding on it; it stays pending. */
export async function renameCommunity({
  actor,
  communityId,
  name,
}: CommunityDecision & { name: string }) {
  assertCan(actor, "community:manage");
  const newName = name.trim();
  if (newName.length < 2 || newName.length > 50) {
    throw fieldError("name", "社区名称应为 2–50 个字");
  }
  const db = await getDb();

  await db.transaction(async (tx) => {
    const community = await lockProposal(tx, communityId);
    const [twin] = await tx
      .select({ id: communities.id })
      .from(communities)
      .where(
        and(
          eq(communities.districtCode, community.districtCode),
          eq(communities.name, newName),
          ne(communities.id, communityId),
          ne(communities.status, "merged"),
        ),
      )
      .limit(1);
    if (twin) throw fieldError("name", "本区县已有同名社区，请将其合并到该社区");

    await tx.update(communities).set({ name: newName }).where(eq(communities.id, communityId));
    await recordAudit(tx, {
      actorId: actor.id,
      action: "community.rename",
      targetType: "community",
      targetId: communityId,
      detail: { from: community.name, to: newName },
    });
  });
}

/**
 * Merges a proposal into an official (or approved) community of the same district: its members,
 * letters and appointments move over and the proposal is kept, marked merged, pointing at it.
 */
export async function mergeCommunity({
  actor,
  communityId,
  targetId,
}: CommunityDecision & { targetId: number }) {
  assertCan(actor, "community:manage");
  const db = await getDb();

  return db.transaction(async (tx) => {
    const community = await lockProposal(tx, communityId);
    const [target] = await tx
      .select()
      .from(communities)
      .where(
        and(
          eq(communities.id, targetId),
          ne(communities.id, communityId),
          inArray(communities.status, ["official", "approved"]),
        ),
      )
      .for("share");
    if (!target) throw fieldError("targetId", "请选择一个已有的社区");
    if (target.districtCode !== community.districtCode) {
      throw fieldError("targetId", "只能合并到同一区县的社区");
    }

    // Marked first: the lock on processed letters and appointments lets them follow a merge
    // only to the community their own was merged into.
    await tx
      .update(communities)
      .set({ status: "merged", mergedIntoId: targetId })
      .where(eq(communities.id, communityId));
    const members = await tx
      .update(users)
      .set({ communityId: targetId })
      .where(eq(users.communityId, communityId))
      .returning({ id: users.id });
    const moved = { members: members.length, letters: 0, appointments: 0 };
    for (const { name, table, column } of communityReferences) {
      const rows = await tx
        .update(table)
        .set({ communityId: targetId })
        .where(eq(column, communityId))
        .returning({ id: table.id });
      moved[name] = rows.length;
    }

    await recordAudit(tx, {
      actorId: actor.id,
      action: "community.merge",
      targetType: "community",
      targetId: communityId,
      detail: { into: targetId, ...moved },
    });
    const others = members.filter((member) => member.id !== community.proposedById);
    if (others.length > 0) {
      await tx.insert(notifications).values(
        others.map((member) => ({
          userId: member.id,
          title: "所在社区已更新",
          body: `您登记的社区“${community.name}”已并入“${target.name}”。`,
        })),
      );
    }
    await tellProposer(
      tx,
      community.proposedById,
      `您提出的社区“${community.name}”已并入“${target.name}”，您的所在社区已随之更新。`,
    );

    return { targetId, ...moved };
  });
}
