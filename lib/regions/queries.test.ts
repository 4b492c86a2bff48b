import { sql } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { communities } from "@/db/schema";
import { describeOnDatabases } from "@/tests/database";
import { importRegions } from "./import";
import {
  childRegionsQuery,
  communitySearchQuery,
  getCommunity,
  getRegionPath,
  listChildRegions,
  searchCommunities,
} from "./queries";
import { explain } from "./testing";

/** An index scan, index-only scan or bitmap index scan of the named index. */
const indexUse = (index: string) => new RegExp(`Index (Only )?Scan (using|on) ${index}`);

const names = (rows: { name: string }[]) => rows.map((row) => row.name);

describeOnDatabases("region queries", (database) => {
  beforeAll(async () => {
    const { db, kind } = database();
    await importRegions({ db, kind, mode: "sample" });
  });

  it("lists the provinces, then the real children of each", async () => {
    const provinces = await listChildRegions(null);
    const beijing = await listChildRegions("11");
    const guangdong = await listChildRegions("44");

    expect(provinces).toHaveLength(31);
    expect(provinces[0]).toEqual({ code: "11", name: "北京市", level: 1, isDistrict: false });
    expect(beijing).toHaveLength(16);
    expect(beijing[0]).toEqual({ code: "110101", name: "东城区", level: 3, isDistrict: true });
    expect(beijing.every((region) => region.isDistrict)).toBe(true);
    expect(guangdong).toContainEqual({ code: "4401", name: "广州市", level: 2, isDistrict: false });
    expect(guangdong).toContainEqual({
      code: "441900",
      name: "东莞市",
      level: 3,
      isDistrict: true,
    });
    expect(guangdong.map((region) => region.code)).not.toContain("4419");
  });

  it("puts the districts of both placeholder levels of 重庆 and 济源 under the province", async () => {
    const chongqing = await listChildRegions("50");
    const henan = await listChildRegions("41");

    expect(chongqing).toHaveLength(38);
    expect(names(chongqing)).toEqual(
      expect.arrayContaining(["万州区", "城口县", "彭水苗族土家族自治县"]),
    );
    expect(henan).toContainEqual({ code: "419001", name: "济源市", level: 3, isDistrict: true });
    expect(henan.map((region) => region.code)).not.toContain("4190");
  });

  it("finds a district's communities by any part of the name", async () => {
    const all = await searchCommunities({ districtCode: "110101", limit: 500 });
    const found = await searchCommunities({ districtCode: "110101", query: " 银闸 " });
    const none = await searchCommunities({ districtCode: "310101", query: "银闸" });
    const page = await searchCommunities({ districtCode: "441900", limit: 10 });

    expect(all.communities).toHaveLength(169);
    expect(all.hasMore).toBe(false);
    expect(names(found.communities)).toEqual(["银闸社区居委会"]);
    expect(none.communities).toEqual([]);
    expect(page.communities).toHaveLength(10);
    expect(page.hasMore).toBe(true);
  });

  it("shows a pending community only to its proposer and never a merged one", async () => {
    const { db } = database();
    await db.insert(communities).values([
      { name: "测试新建社区", districtCode: "110101", status: "pending", proposedById: 7 },
      { name: "测试合并社区", districtCode: "110101", status: "merged", proposedById: 7 },
      { name: "测试批准社区", districtCode: "110101", status: "approved", proposedById: 8 },
    ]);

    const stranger = await searchCommunities({ districtCode: "110101", query: "测试" });
    const proposer = await searchCommunities({
      districtCode: "110101",
      query: "测试",
      viewerId: 7,
    });

    expect(names(stranger.communities)).toEqual(["测试批准社区"]);
    expect(names(proposer.communities).sort()).toEqual(["测试批准社区", "测试新建社区"].sort());
  });

  it("gives the path of a region without its placeholder levels", async () => {
    expect(names(await getRegionPath("110101001"))).toEqual(["北京市", "东城区", "东华门街道"]);
    expect(names(await getRegionPath("441900"))).toEqual(["广东省", "东莞市"]);
    expect(names(await getRegionPath("440106"))).toEqual(["广东省", "广州市", "天河区"]);
    expect(await getRegionPath("999999")).toEqual([]);
  });

  it("gives a community with its place in the tree", async () => {
    const [first] = (await searchCommunities({ districtCode: "419001", query: "" })).communities;

    const community = await getCommunity(first?.id ?? 0);

    expect(community?.districtCode).toBe("419001");
    expect(names(community?.path ?? []).slice(0, 2)).toEqual(["河南省", "济源市"]);
    expect(community?.path).toHaveLength(3);
    expect(await getCommunity(2_000_000_000)).toBeNull();
  });

  it("answers both lists from indexes", async () => {
    const { db } = database();
    await db.execute(sql`analyze regions`);
    await db.execute(sql`analyze communities`);

    const children = await explain(db, childRegionsQuery(db, "11"));
    const provinces = await explain(db, childRegionsQuery(db, null));
    const search = await explain(
      db,
      communitySearchQuery(db, { districtCode: "110101", query: "社区", limit: 50 }),
    );

    for (const plan of [children, provinces, search]) expect(plan).not.toMatch(/Seq Scan/);
    expect(children).toMatch(indexUse("regions_visible_parent_idx"));
    expect(provinces).toMatch(indexUse("regions_visible_parent_idx"));
    expect(search).toMatch(indexUse("communities_district_name_idx"));
  });
});
