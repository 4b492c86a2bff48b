// Times the mailbox's list and detail reads, as the pages call them, when one community holds
// 1,000 letters and again when it holds 1,000,000, on a fresh database of the local Postgres
// (created here and dropped at the end). Prints p50 / p95 over repeated calls.
// Usage: npx tsx --conditions=react-server bench/mailbox.ts [--letters 1000000] [--calls 200]
// (react-server lets it load the server-only domain; BENCH_DATABASE_URL picks another server)
import { parseArgs } from "node:util";
import { performance } from "node:perf_hooks";
import { sql } from "drizzle-orm";
import { provideDatabase as switchDatabase } from "@/db/client";
import { queryRows } from "@/db/rows";
import { communities, letters, regions, users } from "@/db/schema";
import type { Actor } from "@/lib/auth/policy";
import { recentActivity } from "@/lib/mailbox/activity";
import { keysetQuery } from "@/lib/mailbox/keyset";
import {
  communityLettersQuery,
  getLetterForHandling,
  getMyLetter,
  listCommunityLetters,
  listMyLetters,
} from "@/lib/mailbox/letters";
import { loadLetterVolume } from "@/lib/mailbox/volume";
import { createPostgresDatabase } from "@/tests/database";

const { values } = parseArgs({
  options: { letters: { type: "string" }, calls: { type: "string" } },
});
const largest = Number(values.letters ?? 1_000_000);
const calls = Number(values.calls ?? 200);
const serverUrl =
  process.env.BENCH_DATABASE_URL ??
  process.env.TEST_DATABASE_URL ??
  "postgres://postgres@127.0.0.1:5432/test";

function percentile(sorted: number[], share: number) {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))] as number;
}

/** Pads to a column, counting a Chinese character as two columns wide. */
function padLabel(label: string, width: number) {
  const columns = [...label].reduce((sum, char) => sum + (char.charCodeAt(0) > 0x2e80 ? 2 : 1), 0);

  return label + " ".repeat(Math.max(0, width - columns));
}

async function time(label: string, call: (round: number) => Promise<unknown>) {
  for (let round = 0; round < 20; round++) await call(round);
  const samples: number[] = [];
  for (let round = 0; round < calls; round++) {
    const started = performance.now();
    await call(round);
    samples.push(performance.now() - started);
  }
  samples.sort((left, right) => left - right);
  const p50 = percentile(samples, 0.5).toFixed(2);
  const p95 = percentile(samples, 0.95).toFixed(2);
  console.log(`  ${padLabel(label, 34)} p50 ${p50.padStart(7)} ms   p95 ${p95.padStart(7)} ms`);
}

/** The database's own count of the work behind two list pages, whatever else the machine does. */
async function explainPage(communityId: number, cursor: string | undefined) {
  for (const [label, after] of [
    ["已处理 first page", null],
    ["已处理 a third in", cursor],
  ] as const) {
    const query = communityLettersQuery(
      db,
      { communityId, status: "processed" },
      keysetQuery(letters, { after }),
    );
    const rows = await queryRows<{ "QUERY PLAN": string }>(
      db,
      sql`explain (analyze, buffers) ${query.getSQL()}`,
    );
    const lines = rows.map((row) => row["QUERY PLAN"]);
    const buffers = lines.find((line) => line.includes("Buffers:"))?.trim();
    const execution = lines.find((line) => line.startsWith("Execution Time"));
    console.log(`  plan of ${label}: ${buffers}; ${execution}`);
  }
}

const database = await createPostgresDatabase(serverUrl);
switchDatabase(database.db, "postgres", async () => undefined);
const { db } = database;

try {
  await db
    .insert(regions)
    .values({ code: "bench01", name: "基准区", level: 3, provinceCode: "11" });
  const [community] = await db
    .insert(communities)
    .values({ name: "基准社区", districtCode: "bench01" })
    .returning({ id: communities.id });
  const communityId = (community as { id: number }).id;
  const people = await db
    .insert(users)
    .values(
      Array.from({ length: 200 }, (_, index) => ({
        phone: `137${String(index).padStart(8, "0")}`,
        realName: `居民${index}`,
        passwordHash: "unused",
        type: index === 0 ? ("secretary" as const) : ("resident" as const),
        registrationStep: 5,
        verifiedAt: index === 0 ? new Date() : null,
        communityId,
      })),
    )
    .returning();
  const actorOf = (index: number): Actor => {
    const user = people[index] as (typeof people)[number];

    return { ...user, isVerified: user.verifiedAt !== null };
  };
  const secretary = actorOf(0);
  const resident = actorOf(1);

  let loaded = 0;
  for (const size of [1_000, largest]) {
    const started = performance.now();
    await loadLetterVolume(db, { communityId, count: size - loaded });
    loaded = size;
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`\n${size.toLocaleString("en")} letters in the community (loaded in ${seconds} s)`);

    const ids = await queryRows<{ id: number }>(
      db,
      sql`select id from letters where community_id = ${communityId} order by random() limit 100`,
    );
    const ownIds = await queryRows<{ id: number }>(
      db,
      sql`select id from letters where author_id = ${resident.id} order by random() limit 100`,
    );
    const [middle] = await queryRows<{ cursor: string }>(
      db,
      sql`select (extract(epoch from created_at) * 1000000)::bigint::text || '-' || id as cursor
        from letters where community_id = ${communityId} and status = 'processed'
        order by created_at desc, id desc offset ${Math.floor(size / 3)} limit 1`,
    );
    const idAt = (rows: Array<{ id: number }>, round: number) =>
      (rows[round % rows.length] as { id: number }).id;

    await time("待处理 list, first page", () =>
      listCommunityLetters({ actor: secretary, status: "pending" }),
    );
    await time("已处理 list, first page", () =>
      listCommunityLetters({ actor: secretary, status: "processed" }),
    );
    await time("已处理 list, a page a third in", () =>
      listCommunityLetters({
        actor: secretary,
        status: "processed",
        page: { after: middle?.cursor },
      }),
    );
    await time("letter detail (secretary)", (round) =>
      getLetterForHandling({ actor: secretary, letterId: idAt(ids, round) }),
    );
    await time("我的信件 list, first page", () => listMyLetters({ actor: resident }));
    await time("letter detail (its author)", (round) =>
      getMyLetter({ actor: resident, letterId: idAt(ownIds, round) }),
    );
    await time("user center right side", () => recentActivity({ actor: secretary }));
    await explainPage(communityId, middle?.cursor);
  }
} finally {
  await database.close();
}
