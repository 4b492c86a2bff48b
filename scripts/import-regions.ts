import nextEnv from "@next/env";
import { closeDb, connection } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { importRegions } from "@/lib/regions/import";
import { describeProgress } from "@/lib/regions/progress";

// Usage: npx tsx scripts/import-regions.ts [--sample]
// The same .env files `next start` reads, so DATABASE_URL can live there.
nextEnv.loadEnvConfig(process.cwd());

const mode = process.argv.includes("--sample") ? "sample" : "full";
const started = Date.now();
const { db, kind } = await connection();
await migrateDatabase(db, kind);
process.stdout.write(`导入全国行政区划（${mode === "full" ? "全部" : "样例"}，${kind}）\n`);

try {
  await importRegions({
    db,
    kind,
    mode,
    onProgress: (progress) => process.stdout.write(`  ${describeProgress(progress)}\n`),
  });
  process.stdout.write(`完成，用时 ${((Date.now() - started) / 1000).toFixed(1)} 秒\n`);
} finally {
  await closeDb();
}
