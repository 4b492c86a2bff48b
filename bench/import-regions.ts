// Times a full import of the national division tree on a fresh PGlite (in memory) and on a
// fresh database of the local Postgres, then prints the plans of the two cascade queries.
// Usage: npx tsx --conditions=react-server bench/import-regions.ts
// (react-server lets it load the server-only queries; BENCH_DATABASE_URL picks another server)
import { performance } from "node:perf_hooks";
import { type ImportProgress, importRegions } from "@/lib/regions/import";
import { childRegionsQuery, communitySearchQuery } from "@/lib/regions/queries";
import { describeProgress } from "@/lib/regions/progress";
import { explain } from "@/lib/regions/testing";
import { createPgliteDatabase, createPostgresDatabase, type TestDatabase } from "@/tests/database";

const serverUrl =
  process.env.BENCH_DATABASE_URL ??
  process.env.TEST_DATABASE_URL ??
  "postgres://postgres@127.0.0.1:5432/test";

const seconds = (from: number, to = performance.now()) => `${((to - from) / 1000).toFixed(1)} s`;

async function timeFullImport(label: string, open: () => Promise<TestDatabase>) {
  const database = await open();
  try {
    const started = performance.now();
    let last = started;
    const onProgress = (progress: ImportProgress) => {
      console.log(`  ${describeProgress(progress)}  (+${seconds(last)})`);
      last = performance.now();
    };
    await importRegions({ db: database.db, kind: database.kind, mode: "full", onProgress });
    console.log(`${label}: full import in ${seconds(started)}`);

    const { db } = database;
    console.log(`\n${label}: plan of the children of 北京市`);
    console.log(await explain(db, childRegionsQuery(db, "11")));
    console.log(`\n${label}: plan of a search in 浦东新区 (1,526 communities)`);
    console.log(
      await explain(db, communitySearchQuery(db, { districtCode: "310115", query: "村" })),
    );
    console.log();
  } finally {
    await database.close();
  }
}

await timeFullImport("PGlite", createPgliteDatabase);
await timeFullImport("Postgres", () => createPostgresDatabase(serverUrl));
