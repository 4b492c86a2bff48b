import { performance } from "node:perf_hooks";
import { createPgliteDatabase, createPostgresDatabase, type TestDatabase } from "@/tests/database";
import { importRegions, type ImportProgress } from "@/lib/regions/import";

async function timeImport(label: string, open: () => Promise<TestDatabase>) {
  const database = await open();
  try {
    const started = performance.now();
    let last = started;
    const onProgress = (progress: ImportProgress) => {
      const now = performance.now();
      console.log(`  ${progress.step} ${progress.stage} ${progress.rows} (+${((now - last) / 1000).toFixed(2)} s)`);
      last = now;
    };
    await importRegions({ db: database.db, kind: database.kind, mode: "full", onProgress });
    console.log(`${label}: full import ${((performance.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    await database.close();
  }
}

await timeImport("PGlite", createPgliteDatabase);
await timeImport("Postgres", () => createPostgresDatabase(process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test"));
