import type { Database } from "@/db/client";
import { type BulkSession, type DriverKind, inBulkTransaction } from "./bulk";
import { type LoadResult, loadCommunities } from "./import-communities";
import { type SourceFile, filterByDistrict, readSource, sampleDistrictCodes } from "./source";

export type ImportMode = "full" | "sample";
export type ImportStepName = "divisions" | "streets" | "communities";
export type ImportStage = "skipped" | "staged" | "inserted" | "done";
export type ImportProgress = { step: ImportStepName; stage: ImportStage; rows: number };

export type ImportOptions = {
  db: Database;
  kind: DriverKind;
  mode: ImportMode;
  onProgress?: (progress: ImportProgress) => void;
};

export type ImportSummary = Record<ImportStepName, { inserted: number; skipped: boolean }>;

/** City rows that only group districts: 市辖区, 县 and the directly administered counties. */
export const placeholderCityNames = [
  "市辖区",
  "县",
  "省直辖县级行政区划",
  "自治区直辖县级行政区划",
];

// One lock for every import, so two processes on one Postgres never load the same step twice.
const importLockKey = 2_260_2023;

type Step = {
  name: ImportStepName;
  /** Loads the source into temporary tables and returns how many rows it staged. */
  stage(session: BulkSession, mode: ImportMode): Promise<number>;
  /** Writes the staged rows into the real tables. */
  insert(session: BulkSession): Promise<LoadResult>;
};

/** The key recorded when a step finishes; a full step also covers its sample. */
function stepKey(name: ImportStepName, mode: ImportMode) {
  return name === "divisions" || mode === "full" ? name : `${name}:sample`;
}

async function sourceFor(file: SourceFile, mode: ImportMode) {
  const csv = await readSource(file);

  return mode === "full" ? csv : filterByDistrict(file, csv, sampleDistrictCodes);
}

async function stageCsv(session: BulkSession, table: string, columns: string[], csv: Buffer) {
  const definition = columns.map((column) => `${column} text`).join(", ");
  await session.run(`create temp table ${table} (${definition}) on commit drop`);
  await session.copyCsv(table, csv);
  const [row] = await session.rows<{ count: number }>(
    `select count(*)::int as count from ${table}`,
  );

  return row?.count ?? 0;
}

/** Runs an insert into regions; the planner then gets fresh statistics of the table. */
async function insertRegions(session: BulkSession, statement: string): Promise<LoadResult> {
  const [row] = await session.rows<{ count: number }>(
    `with written as (${statement} returning 1) select count(*)::int as count from written`,
  );

  return { written: row?.count ?? 0, finish: () => session.run("analyze regions") };
}

const regionColumns =
  "code, name, level, parent_code, visible_parent_code, is_placeholder, " +
  "province_code, city_code, district_code";

const placeholderList = placeholderCityNames.map((name) => `'${name}'`).join(", ");

const divisions: Step = {
  name: "divisions",
  async stage(session) {
    const provinces = ["code", "name"];
    const cities = ["code", "name", "province_code"];
    const areas = ["code", "name", "city_code", "province_code"];

    return (
      (await stageCsv(session, "staging_provinces", provinces, await readSource("provinces"))) +
      (await stageCsv(session, "staging_cities", cities, await readSource("cities"))) +
      (await stageCsv(session, "staging_areas", areas, await readSource("areas")))
    );
  },
  insert: (session) =>
    // A city is skipped when it only groups districts, or when its one district repeats its
    // name (东莞市 4419 → 441900 东莞市): the district then hangs under the province.
    insertRegions(
      session,
      `with placeholder_cities as (
        select c.code from staging_cities c
        where c.name in (${placeholderList})
          or ((select count(*) from staging_areas a where a.city_code = c.code) = 1
            and exists (
              select 1 from staging_areas a where a.city_code = c.code and a.name = c.name
            ))
      ), all_rows as (
        select code, name, 1::smallint as level, null::text as parent_code,
          null::text as visible_parent_code, false as is_placeholder, code as province_code,
          null::text as city_code, null::text as district_code
        from staging_provinces
        union all
        select c.code, c.name, 2, c.province_code, c.province_code,
          c.code in (select code from placeholder_cities), c.province_code, c.code, null
        from staging_cities c
        union all
        select a.code, a.name, 3, a.city_code,
          case when a.city_code in (select code from placeholder_cities)
            then a.province_code else a.city_code end,
          false, a.province_code, a.city_code, a.code
        from staging_areas a
      )
      insert into regions (${regionColumns})
      select ${regionColumns} from all_rows
      on conflict (code) do nothing`,
    ),
};

const streets: Step = {
  name: "streets",
  stage: async (session, mode) =>
    stageCsv(
      session,
      "staging_streets",
      ["code", "name", "district_code", "province_code", "city_code"],
      await sourceFor("streets", mode),
    ),
  insert: (session) =>
    insertRegions(
      session,
      `insert into regions (${regionColumns})
      select code, name, 4, district_code, district_code, false, province_code, city_code,
        district_code
      from staging_streets
      on conflict (code) do nothing`,
    ),
};

const communities: Step = {
  name: "communities",
  stage: async (session, mode) =>
    stageCsv(
      session,
      "staging_villages",
      ["code", "name", "street_code", "province_code", "city_code", "district_code"],
      await sourceFor("villages", mode),
    ),
  insert: loadCommunities,
};

const steps = [divisions, streets, communities];

async function runStep(step: Step, options: ImportOptions) {
  const { db, kind, mode, onProgress } = options;
  const key = stepKey(step.name, mode);
  const covering = [key, stepKey(step.name, "full")];

  const inserted = await inBulkTransaction(db, kind, async (session) => {
    await session.run(`select pg_advisory_xact_lock(${importLockKey})`);
    const finished = await session.rows<{ step: string }>(
      "select step from region_import_steps where step = $1 or step = $2",
      covering,
    );
    if (finished.length > 0) return undefined;

    const staged = await step.stage(session, mode);
    onProgress?.({ step: step.name, stage: "staged", rows: staged });
    const { written, finish } = await step.insert(session);
    onProgress?.({ step: step.name, stage: "inserted", rows: written });
    await finish?.();
    await session.run("insert into region_import_steps (step, row_count) values ($1, $2)", [
      key,
      written,
    ]);

    return written;
  });

  onProgress?.({
    step: step.name,
    stage: inserted === undefined ? "skipped" : "done",
    rows: inserted ?? 0,
  });

  return { inserted: inserted ?? 0, skipped: inserted === undefined };
}

/**
 * Imports the national division tree: all provinces, cities and districts, then streets and
 * communities (all of them, or in "sample" mode only those of a few districts). Each step is one
 * transaction recorded in region_import_steps, so a rerun skips what finished and resumes where
 * an interrupted import stopped; a full import after a sample one adds the rest.
 */
export async function importRegions(options: ImportOptions): Promise<ImportSummary> {
  const summary = {} as ImportSummary;
  for (const step of steps) summary[step.name] = await runStep(step, options);

  return summary;
}
