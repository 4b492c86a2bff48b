// Times the admin console's reads on a large data set, on a fresh PGlite (in memory) and on a
// fresh database of the local Postgres: the pending counts and the oldest-first inbox across
// kinds, user search by name and by the last four digits, the audit log and the unread count.
// Usage: npx tsx --conditions=react-server bench/admin-console.ts
// (BENCH_DATABASE_URL picks another Postgres server)
import { performance } from "node:perf_hooks";
import { sql } from "drizzle-orm";
// Not a React hook: it hands the domain functions this database.
import { provideDatabase as installDatabase } from "@/db/client";
import { countPending, listPendingItems } from "@/lib/admin/pending";
import { searchUsers } from "@/lib/admin/users";
import type { Actor } from "@/lib/auth/policy";
import { listAuditFilterOptions, listAuditLogs } from "@/lib/audit/read";
import { listProposedCommunities } from "@/lib/communities/proposals";
import { countUnread } from "@/lib/notifications/read";
import { createPgliteDatabase, createPostgresDatabase, type TestDatabase } from "@/tests/database";

const serverUrl =
  process.env.BENCH_DATABASE_URL ??
  process.env.TEST_DATABASE_URL ??
  "postgres://postgres@127.0.0.1:5432/test";

const sizes = { users: 50_000, verifications: 5_000, proposals: 2_000, audit: 200_000 };

async function fill({ db }: TestDatabase) {
  await db.execute(sql`insert into regions (code, name, level, province_code)
    values ('b1', '测试省', 1, 'b1'), ('b3', '测试区', 3, 'b1')`);
  await db.execute(sql`insert into communities (name, district_code, status)
    select '社区' || i, 'b3', case when i = 1 then 'official' else 'pending' end::community_status
    from generate_series(1, ${sizes.proposals + 1}) as i`);
  await db.execute(sql`insert into users (phone, real_name, password_hash, type, community_id,
      registration_step, role)
    select '139' || lpad(i::text, 8, '0'), '用户' || i, 'x',
      case when i <= ${sizes.verifications} then 'secretary' else 'resident' end::user_type,
      1 + (i % ${sizes.proposals + 1}), 5,
      case when i = 1 then 'admin' else 'user' end::user_role
    from generate_series(1, ${sizes.users}) as i`);
  await db.execute(sql`insert into files
      (owner_id, purpose, driver, storage_key, content_type, size)
    select id, p::file_purpose, 'local', gen_random_uuid()::text, 'image/png', 1
    from users, unnest(array['id_card', 'verification_document']) as p
    where id <= ${sizes.verifications}`);
  await db.execute(sql`insert into verifications (user_id, id_card_file_id, document_file_id,
      submitted_at)
    select u.id,
      (select id from files where owner_id = u.id and purpose = 'id_card'),
      (select id from files where owner_id = u.id and purpose = 'verification_document'),
      now() - (u.id || ' minutes')::interval
    from users u where u.id <= ${sizes.verifications}`);
  await db.execute(sql`insert into audit_logs (actor_id, action, target_type, target_id)
    select 1 + (i % 5), case when i % 3 = 0 then 'file.view' else 'user.disable' end, 'user',
      i::text
    from generate_series(1, ${sizes.audit}) as i`);
  await db.execute(sql`insert into notifications (user_id, title, body)
    select 1 + (i % 1000), '通知', '内容' from generate_series(1, 100000) as i`);
  await db.execute(sql`analyze`);
}

async function time(label: string, run: () => Promise<unknown>) {
  await run();
  const rounds = 20;
  const started = performance.now();
  for (let round = 0; round < rounds; round++) await run();
  const each = (performance.now() - started) / rounds;
  console.log(`  ${label.padEnd(44)} ${each.toFixed(1).padStart(7)} ms`);
}

async function measure(label: string, open: () => Promise<TestDatabase>) {
  const database = await open();
  try {
    const filling = performance.now();
    await fill(database);
    console.log(`${label}: data in ${((performance.now() - filling) / 1000).toFixed(1)} s`);
    installDatabase(database.db, database.kind, async () => undefined);
    const actor: Actor = {
      id: 1,
      role: "admin",
      type: "secretary",
      communityId: 1,
      isVerified: false,
      registrationStep: 5,
    };

    await time("countPending (all kinds)", () => countPending({ actor }));
    await time("listPendingItems page 1", () => listPendingItems({ actor }));
    await time("listPendingItems page 300", () => listPendingItems({ actor, page: 300 }));
    await time("listPendingItems kind=community", () =>
      listPendingItems({ actor, kind: "community" }),
    );
    await time("listProposedCommunities page 1", () => listProposedCommunities({ actor }));
    await time("searchUsers by last four digits", () => searchUsers({ actor, query: "4321" }));
    await time("searchUsers by masked phone", () => searchUsers({ actor, query: "139****4321" }));
    await time("searchUsers by part of a name", () => searchUsers({ actor, query: "用户432" }));
    await time("listAuditLogs page 1", () => listAuditLogs({ actor }));
    await time("listAuditLogs action filter", () => listAuditLogs({ actor, action: "file.view" }));
    await time("listAuditFilterOptions", () => listAuditFilterOptions({ actor }));
    await time("countUnread", () => countUnread({ actor }));
    console.log();
  } finally {
    await database.close();
  }
}

console.log(
  `${sizes.users} users, ${sizes.verifications} pending verifications, ` +
    `${sizes.proposals} proposed communities, ${sizes.audit} audit entries\n`,
);
await measure("PGlite", createPgliteDatabase);
await measure("Postgres", () => createPostgresDatabase(serverUrl));
