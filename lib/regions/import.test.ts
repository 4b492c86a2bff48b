import { sql } from "drizzle-orm";
import { expect, it } from "vitest";
import { queryRows } from "@/db/rows";
import { describeOnDatabases } from "@/tests/database";
import { type ImportProgress, importRegions } from "./import";
import { countRegionRows, finishedSteps } from "./testing";

const sampleCounts = {
  provinces: 31,
  cities: 342,
  districts: 2978,
  // Streets and communities of 东城区, 黄浦区, 天河区, 东莞市 and 济源市.
  streets: 17 + 10 + 21 + 36 + 16,
  communities: 169 + 170 + 230 + 609 + 557,
};

describeOnDatabases("sample region import", (database) => {
  it("rolls a failed step back entirely, then resumes after the finished steps", async () => {
    const { db, kind } = database();
    const interrupt = (progress: ImportProgress) => {
      if (progress.step === "communities" && progress.stage === "inserted") {
        throw new Error("power cut");
      }
    };

    await expect(
      importRegions({ db, kind, mode: "sample", onProgress: interrupt }),
    ).rejects.toThrow("power cut");
    expect(await countRegionRows(db)).toEqual({ ...sampleCounts, communities: 0 });
    expect(await finishedSteps(db)).toEqual(["divisions", "streets:sample"]);

    const seen: ImportProgress[] = [];
    await importRegions({ db, kind, mode: "sample", onProgress: (item) => seen.push(item) });

    expect(seen.filter((item) => item.stage === "skipped").map((item) => item.step)).toEqual([
      "divisions",
      "streets",
    ]);
    expect(seen).toContainEqual({
      step: "communities",
      stage: "done",
      rows: sampleCounts.communities,
    });
    expect(await countRegionRows(db)).toEqual(sampleCounts);
    expect(await finishedSteps(db)).toEqual(["divisions", "streets:sample", "communities:sample"]);
  });

  it("changes nothing when run again", async () => {
    const { db, kind } = database();

    const summary = await importRegions({ db, kind, mode: "sample" });

    expect(summary).toEqual({
      divisions: { inserted: 0, skipped: true },
      streets: { inserted: 0, skipped: true },
      communities: { inserted: 0, skipped: true },
    });
    expect(await countRegionRows(db)).toEqual(sampleCounts);
  });

  it("flags the placeholder cities and hangs their districts under the province", async () => {
    const { db } = database();

    const cities = await queryRows<{ code: string; name: string; isPlaceholder: boolean }>(
      db,
      sql`select code, name, is_placeholder as "isPlaceholder" from regions
        where level = 2 and is_placeholder order by code`,
    );
    const districts = await queryRows<{ code: string; visibleParentCode: string }>(
      db,
      sql`select code, visible_parent_code as "visibleParentCode" from regions
        where code in ('110101', '500101', '500229', '419001', '441900', '620201', '440106')
        order by code`,
    );

    expect(cities.map((city) => `${city.code} ${city.name}`)).toEqual([
      "1101 市辖区",
      "1201 市辖区",
      "3101 市辖区",
      "4190 省直辖县级行政区划",
      "4290 省直辖县级行政区划",
      "4419 东莞市",
      "4420 中山市",
      "4604 儋州市",
      "4690 省直辖县级行政区划",
      "5001 市辖区",
      "5002 县",
      "6202 嘉峪关市",
      "6590 自治区直辖县级行政区划",
    ]);
    expect(districts).toEqual([
      { code: "110101", visibleParentCode: "11" },
      { code: "419001", visibleParentCode: "41" },
      { code: "440106", visibleParentCode: "4401" },
      { code: "441900", visibleParentCode: "44" },
      { code: "500101", visibleParentCode: "50" },
      { code: "500229", visibleParentCode: "50" },
      { code: "620201", visibleParentCode: "62" },
    ]);
  });

  it("files every community under its district and street with its official code", async () => {
    const { db } = database();

    const [community] = await queryRows<Record<string, string>>(
      db,
      sql`select code, name, district_code as "districtCode", street_code as "streetCode", status
        from communities where code = '110101001001'`,
    );
    const [orphans] = await queryRows<{ count: number }>(
      db,
      sql`select count(*)::int as count from communities c
        where not exists (select 1 from regions s where s.code = c.street_code and s.level = 4)`,
    );

    expect(community).toEqual({
      code: "110101001001",
      name: "多福巷社区居委会",
      districtCode: "110101",
      streetCode: "110101001",
      status: "official",
    });
    expect(orphans?.count).toBe(0);
  });
});
