// Loads many letters into one community, to try the mailbox lists at scale:
//   npx tsx scripts/seed-mailbox-volume.ts --letters 1000000 --community <id>
// It writes to the database the app uses (DATABASE_URL, else the embedded one, which must not
// be open in a running server). The community needs at least one registered user.
import { parseArgs } from "node:util";
import nextEnv from "@next/env";
import { closeDb, connection } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { loadLetterVolume } from "@/lib/mailbox/volume";

nextEnv.loadEnvConfig(process.cwd());

const { values } = parseArgs({
  options: { letters: { type: "string" }, community: { type: "string" } },
});
const count = Number(values.letters);
const communityId = Number(values.community);
if (!Number.isInteger(count) || count < 1 || !Number.isInteger(communityId) || communityId < 1) {
  console.error(
    "用法：npx tsx scripts/seed-mailbox-volume.ts --letters 1000000 --community <社区 id>",
  );
  process.exit(1);
}

const { db, kind } = await connection();
try {
  await migrateDatabase(db, kind);
  const started = performance.now();
  await loadLetterVolume(db, {
    communityId,
    count,
    onProgress: (loaded) => console.log(`已写入 ${loaded.toLocaleString("zh-CN")} 封信件`),
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `完成：社区 ${communityId} 新增 ${count.toLocaleString("zh-CN")} 封信件，用时 ${seconds} 秒`,
  );
} catch (error) {
  console.error(`未能写入：${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await closeDb();
}
