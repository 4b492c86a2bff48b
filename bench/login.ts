// Times the login path: drawing a captcha image, a captcha's create-and-consume round trip,
// and a whole sign-in (captcha, lockout counts, argon2id) with 200,000 earlier failures in
// login_failures, on a fresh PGlite (in memory) and on a fresh database of the local Postgres.
// Usage: npx tsx --conditions=react-server bench/login.ts
// (BENCH_DATABASE_URL picks another server)
import { performance } from "node:perf_hooks";
import { sql } from "drizzle-orm";
import { provideDatabase as switchDatabase } from "@/db/client";
import { users } from "@/db/schema";
import { authenticate } from "@/lib/accounts/authenticate";
import { captchaAnswer, consumeCaptcha, createCaptcha } from "@/lib/accounts/captcha";
import { drawCaptcha } from "@/lib/accounts/captcha-image";
import { hashPassword } from "@/lib/auth/password";
import { resetEnvForTests } from "@/lib/env";
import { createPgliteDatabase, createPostgresDatabase, type TestDatabase } from "@/tests/database";

process.env.AUTH_SECRET ??= "bench-secret-that-is-long-enough-0123456789abcdef";
resetEnvForTests();

const serverUrl =
  process.env.BENCH_DATABASE_URL ??
  process.env.TEST_DATABASE_URL ??
  "postgres://postgres@127.0.0.1:5432/test";

const failures = 200_000;

async function time(label: string, rounds: number, run: () => Promise<unknown> | unknown) {
  await run();
  const started = performance.now();
  for (let round = 0; round < rounds; round++) await run();
  const each = (performance.now() - started) / rounds;
  console.log(`  ${label.padEnd(46)} ${each.toFixed(2).padStart(8)} ms`);
}

async function fill({ db }: TestDatabase) {
  await db.execute(sql`insert into regions (code, name, level, province_code)
    values ('b3', '测试区', 3, 'b3')`);
  await db.execute(sql`insert into communities (name, district_code) values ('测试社区', 'b3')`);
  const passwordHash = await hashPassword("bench-pass-1");
  await db.insert(users).values({
    phone: "13900000000",
    realName: "测试",
    passwordHash,
    registrationStep: 5,
    type: "resident",
    communityId: sql`(select min(id) from communities)`,
  });
  await db.execute(sql`insert into login_failures (user_id, address, created_at)
    select null, '10.' || (i % 250) || '.' || (i % 199) || '.1',
      now() - (i % 1000) * interval '1 minute'
    from generate_series(1, ${failures}) as i`);
  await db.execute(sql`analyze login_failures`);
}

async function measure(database: TestDatabase) {
  switchDatabase(database.db, database.kind, async () => undefined);
  await fill(database);
  console.log(`${database.kind}:`);

  await time("createCaptcha + consumeCaptcha", 50, async () => {
    const { id } = await createCaptcha();
    await consumeCaptcha({ captchaId: id, answer: captchaAnswer(id) });
  });
  await time("sign-in with the right password", 10, async () => {
    const { id } = await createCaptcha();
    await authenticate({
      identifier: "13900000000",
      password: "bench-pass-1",
      address: "192.0.2.1",
      captchaId: id,
      captcha: captchaAnswer(id),
    });
  });
  await database.close();
}

console.log("captcha image:");
await time("drawCaptcha (160 × 56 PNG)", 200, () => drawCaptcha("ACE3F"));
await measure(await createPgliteDatabase());
await measure(await createPostgresDatabase(serverUrl));
