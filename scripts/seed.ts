import nextEnv from "@next/env";
import { closeDb, connection } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { seedDemo } from "@/db/seed";

// Usage: npm run db:seed — the demo accounts of README.md, after the regions are imported.
// The same .env files `next start` reads, so DATABASE_URL can live there.
nextEnv.loadEnvConfig(process.cwd());

const { db, kind } = await connection();
try {
  await migrateDatabase(db, kind);
  const { accounts } = await seedDemo(db);
  process.stdout.write(
    accounts > 0
      ? `已写入 ${accounts} 个演示账号，密码均为 demo1234\n`
      : "演示账号所在的社区尚未导入：请先运行 npm run db:regions（或 --sample）\n",
  );
  if (accounts === 0) process.exitCode = 1;
} finally {
  await closeDb();
}
