import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe } from "vitest";
import type { Database } from "@/db/client";
import { provideDatabase } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import * as schema from "@/db/schema";

export type DatabaseKind = "pglite" | "postgres";
export type TestDatabase = { db: Database; kind: DatabaseKind; close: () => Promise<void> };

/** A fresh in-memory PGlite with the migrations applied. */
export async function createPgliteDatabase(): Promise<TestDatabase> {
  const { PGlite } = await import("@electric-sql/pglite");
  const { drizzle } = await import("drizzle-orm/pglite");
  const client = await PGlite.create();
  const db = drizzle(client, { schema }) as unknown as Database;
  await migrateDatabase(db, "pglite");

  return { db, kind: "pglite", close: () => client.close() };
}

/** A database of its own on the Postgres server, dropped again by `close`. */
export async function createPostgresDatabase(serverUrl: string): Promise<TestDatabase> {
  const { default: postgres } = await import("postgres");
  const { drizzle } = await import("drizzle-orm/postgres-js");
  const name = `portal_test_${Date.now()}_${randomBytes(4).toString("hex")}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => undefined });
  await admin.unsafe(`create database ${name}`);

  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const sql = postgres(url.toString(), { max: 8, onnotice: () => undefined });
  const db = drizzle(sql, { schema }) as unknown as Database;
  await migrateDatabase(db, "postgres");

  const close = async () => {
    await sql.end({ timeout: 5 });
    await admin.unsafe(`drop database if exists ${name} with (force)`);
    await admin.end({ timeout: 5 });
  };

  return { db, kind: "postgres", close };
}

export function testDatabaseKinds(): DatabaseKind[] {
  return process.env.TEST_DATABASE_URL ? ["pglite", "postgres"] : ["pglite"];
}

/**
 * Runs a suite once per database kind (PGlite always; Postgres when TEST_DATABASE_URL is set),
 * each on a database of its own that the domain functions then use.
 */
export function describeOnDatabases(name: string, suite: (context: () => TestDatabase) => void) {
  for (const kind of testDatabaseKinds()) {
    describe(`${name} [${kind}]`, () => {
      let current: TestDatabase | undefined;

      beforeAll(async () => {
        current =
          kind === "pglite"
            ? await createPgliteDatabase()
            : await createPostgresDatabase(process.env.TEST_DATABASE_URL as string);
        provideDatabase(current.db, current.kind, async () => undefined);
      }, 60_000);

      afterAll(async () => {
        await current?.close();
      }, 60_000);

      suite(() => {
        if (!current) throw new Error("test database is not ready");
        return current;
      });
    });
  }
}
