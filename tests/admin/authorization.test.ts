import { expect, it } from "vitest";
import { countPending, listPendingItems } from "@/lib/admin/pending";
import { disableUser, enableUser, makeAdmin, resetUserPassword } from "@/lib/admin/manage-users";
import { searchUsers } from "@/lib/admin/users";
import { listAuditFilterOptions, listAuditLogs } from "@/lib/audit/read";
import { approveCommunity, mergeCommunity, renameCommunity } from "@/lib/communities/decisions";
import { listProposedCommunities, searchMergeTargets } from "@/lib/communities/proposals";
import type { Actor } from "@/lib/auth/policy";
import { describeOnDatabases } from "../database";
import { createCallers, createCommunity, createUser } from "./factories";

type Call = (actor: Actor | null) => Promise<unknown>;

describeOnDatabases("admin functions refuse everyone but admins", (database) => {
  it("refuse a visitor, a resident and a secretary, and change nothing", async () => {
    const { db } = database();
    const callers = await createCallers(db);
    const target = await createUser(db, { communityId: callers.communityId });
    const official = await createCommunity(db);
    const proposal = await createCommunity(db, {
      status: "pending",
      districtCode: official.districtCode,
    });
    const calls: Record<string, Call> = {
      countPending: (actor) => countPending({ actor }),
      listPendingItems: (actor) => listPendingItems({ actor }),
      searchUsers: (actor) => searchUsers({ actor }),
      disableUser: (actor) => disableUser({ actor, userId: target.id }),
      enableUser: (actor) => enableUser({ actor, userId: target.id }),
      resetUserPassword: (actor) => resetUserPassword({ actor, userId: target.id }),
      makeAdmin: (actor) => makeAdmin({ actor, userId: target.id }),
      listProposedCommunities: (actor) => listProposedCommunities({ actor }),
      searchMergeTargets: (actor) =>
        searchMergeTargets({ actor, communityId: proposal.id, query: "" }),
      approveCommunity: (actor) => approveCommunity({ actor, communityId: proposal.id }),
      renameCommunity: (actor) =>
        renameCommunity({ actor, communityId: proposal.id, name: "改名社区" }),
      mergeCommunity: (actor) =>
        mergeCommunity({ actor, communityId: proposal.id, targetId: official.id }),
      listAuditLogs: (actor) => listAuditLogs({ actor }),
      listAuditFilterOptions: (actor) => listAuditFilterOptions({ actor }),
    };
    const refusals = {
      visitor: "UNAUTHENTICATED",
      resident: "FORBIDDEN",
      secretary: "FORBIDDEN",
    } as const;

    for (const [name, call] of Object.entries(calls)) {
      for (const [caller, code] of Object.entries(refusals)) {
        const actor = callers[caller as keyof typeof refusals];
        await expect(call(actor), `${name} by ${caller}`).rejects.toMatchObject({ code });
      }
    }

    const reads = [countPending, listPendingItems, searchUsers, listAuditLogs];
    for (const read of reads) {
      await expect(read({ actor: callers.admin })).resolves.toBeDefined();
    }
    const [unchanged] = await searchUsers({ actor: callers.admin, query: target.realName }).then(
      (page) => page.items,
    );
    expect(unchanged).toMatchObject({ status: "active", role: "user" });
    const proposals = await listProposedCommunities({ actor: callers.admin });
    expect(proposals.items.find((item) => item.id === proposal.id)?.name).toBe(proposal.name);
    const log = await listAuditLogs({ actor: callers.admin });
    expect(log.items).toEqual([]);
  });
});
