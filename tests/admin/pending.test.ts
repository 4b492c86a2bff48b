import { eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { communities } from "@/db/schema";
import { countPending, listPendingItems } from "@/lib/admin/pending";
import { describeOnDatabases } from "../database";
import { createCallers, createCommunity, createPendingVerification, createUser } from "./factories";

describeOnDatabases("the review inbox", (database) => {
  it("counts and lists every kind of pending item oldest first, filtered and paged", async () => {
    const { db } = database();
    const { admin, communityId } = await createCallers(db);
    const before = await countPending({ actor: admin });
    const count = (kind: string, counts = before) =>
      counts.find((entry) => entry.kind === kind)?.count ?? 0;

    const secretary = await createUser(db, { communityId, type: "secretary" });
    const other = await createUser(db, { communityId, type: "secretary" });
    const newest = await createPendingVerification(db, secretary.id, new Date("2001-01-03"));
    const oldest = await createPendingVerification(db, other.id, new Date("2001-01-01"));
    const proposal = await createCommunity(db, { name: "待批社区", status: "pending" });
    await createCommunity(db, { name: "已批社区", status: "approved" });
    await db
      .update(communities)
      .set({ createdAt: new Date("2001-01-02") })
      .where(eq(communities.id, proposal.id));

    const after = await countPending({ actor: admin });
    expect(count("verification", after)).toBe(count("verification") + 2);
    expect(count("community", after)).toBe(count("community") + 1);

    const everything = await listPendingItems({ actor: admin });
    expect(everything.items.slice(0, 3).map((item) => [item.kind, item.id])).toEqual([
      ["verification", String(oldest.id)],
      ["community", String(proposal.id)],
      ["verification", String(newest.id)],
    ]);
    expect(everything.items[0]).toMatchObject({
      kindLabel: "身份认证",
      title: other.realName,
      href: `/admin/reviews/verifications/${oldest.id}`,
      submittedAt: new Date("2001-01-01"),
    });
    expect(everything.items[1]).toMatchObject({ title: "待批社区", detail: "测试区" });

    const onlyCommunities = await listPendingItems({ actor: admin, kind: "community" });
    expect(onlyCommunities.items.every((item) => item.kind === "community")).toBe(true);
    expect(onlyCommunities.total).toBe(count("community", after));

    const pastTheEnd = await listPendingItems({ actor: admin, page: everything.pageCount + 1 });
    expect(pastTheEnd.items).toEqual([]);
    expect(pastTheEnd.total).toBe(everything.total);
    expect((await listPendingItems({ actor: admin, kind: "nothing" })).total).toBe(0);
  });

  it("pages through mixed kinds without losing or repeating an item", async () => {
    const { db } = database();
    const { admin, communityId } = await createCallers(db);
    const base = Date.parse("1990-01-01T00:00:00Z");
    for (let index = 0; index < 25; index++) {
      const secretary = await createUser(db, { communityId, type: "secretary" });
      await createPendingVerification(db, secretary.id, new Date(base + index * 2 * 60_000));
    }
    for (let index = 0; index < 20; index++) {
      const proposal = await createCommunity(db, { status: "pending" });
      await db
        .update(communities)
        .set({ createdAt: new Date(base + (index * 2 + 1) * 60_000) })
        .where(eq(communities.id, proposal.id));
    }

    const first = await listPendingItems({ actor: admin });
    const pages = [first];
    for (let page = 2; page <= first.pageCount; page++) {
      pages.push(await listPendingItems({ actor: admin, page }));
    }

    const items = pages.flatMap((page) => page.items);
    const keys = items.map((item) => `${item.kind}-${item.id}`);
    expect(items).toHaveLength(first.total);
    expect(new Set(keys).size).toBe(keys.length);
    const times = items.map((item) => item.submittedAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(items.slice(0, 4).map((item) => item.kind)).toEqual([
      "verification",
      "community",
      "verification",
      "community",
    ]);
  });
});
