import { sql } from "drizzle-orm";
import { expect, it } from "vitest";
import { queryRows } from "@/db/rows";
import { describeOnDatabases } from "@/tests/database";
import { type ImportProgress, importRegions } from "./import";
import { communitySearchQuery } from "./queries";
import { countRegionRows, explain, finishedSteps } from "./testing";

const fullCounts = {
  provinces: 31,
  cities: 342,
  districts: 2978,
  streets: 41_352,
  communities: 620_573,
};

const slow = { timeout: 300_000 };

async function communityId(database: Parameters<typeof queryRows>[0], code: string) {
  const [row] = await queryRows<{ id: number }>(
    database,
    sql`select id from communities where code = ${code}`,
  );

  return row?.id;
}

async function communityTableShape(database: Parameters<typeof queryRows>[0]) {
  return queryRows<{ name: string }>(
    database,
    sql`select indexname as name from pg_indexes where tablename = 'communities'
      union all
      select conname from pg_constraint where conrelid = 'communities'::regclass
      order by name`,
  );
}

// The one place the whole national tree is loaded: from a sample import to all of it.
describeOnDatabases("full region import", (database) => {
  it("grows a sample import into the whole tree, surviving an interruption", slow, async () => {
    const { db, kind } = database();
    await importRegions({ db, kind, mode: "sample" });
    const sampleId = await communityId(db, "110101001001");
    const sample = await countRegionRows(db);
    const shape = await communityTableShape(db);
    const interrupt = (progress: ImportProgress) => {
      if (progress.step === "communities" && progress.stage === "inserted") {
        throw new Error("disk full");
      }
    };

    await expect(importRegions({ db, kind, mode: "full", onProgress: interrupt })).rejects.toThrow(
      "disk full",
    );

    expect(await countRegionRows(db)).toEqual({ ...sample, streets: fullCounts.streets });
    expect(await communityTableShape(db)).toEqual(shape);
    expect(shape.map((item) => item.name)).toContain("communities_district_name_idx");

    await importRegions({ db, kind, mode: "full" });

    expect(await countRegionRows(db)).toEqual(fullCounts);
    expect(await communityId(db, "110101001001")).toBe(sampleId);
    expect(await communityTableShape(db)).toEqual(shape);
    expect(await finishedSteps(db)).toEqual(
      expect.arrayContaining(["divisions", "streets", "communities"]),
    );
  });

  it("files every community in a street of its own district", slow, async () => {
    const { db } = database();

    const [mismatch] = await queryRows<{ count: number }>(
      db,
      sql`select count(*)::int as count from communities c
        left join regions s on s.code = c.street_code and s.level = 4
        where s.code is null or s.district_code <> c.district_code`,
    );

    expect(mismatch?.count).toBe(0);
  });

  it("searches the largest district through its index", slow, async () => {
    const { db } = database();

    const plan = await explain(
      db,
      communitySearchQuery(db, { districtCode: "310115", query: "村", limit: 50 }),
    );

    expect(plan).not.toMatch(/Seq Scan/);
    expect(plan).toMatch(/Index (Only )?Scan (using|on) communities_district_name_idx/);
  });
});
