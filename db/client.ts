import path from "node:path";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { env } from "@/lib/env";
import { logger } from "@/lib/logger";
import { lockFolder } from "./folder-lock";
import * as schema from "./schema";

export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;
export type Transaction = Parameters<Parameters<Database["transaction"]>[0]>[0];
/** Either the database or a transaction: what domain functions write through. */
export type Executor = Database | Transaction;

type Connection = { db: Database; kind: "postgres" | "pglite"; close: () => Promise<void> };

const globalKey = Symbol.for("community-portal.database");
type Holder = { [globalKey]?: Promise<Connection> };
const holder = globalThis as Holder;

export function embeddedFolder() {
  const settings = env();
  return path.resolve(
    /*turbopackIgnore: true*/ settings.PGLITE_DIR ?? path.join(settings.DATA_DIR, "pglite"),
  );
}

async function openPostgres(url: string): Promise<Connection> {
  const { default: postgres } = await import("postgres");
  const { drizzle } = await import("drizzle-orm/postgres-js");
  const sql = postgres(url, { max: 10, onnotice: () => undefined });
  const db = drizzle(sql, { schema }) as unknown as Database;

  return { db, kind: "postgres", close: () => sql.end({ timeout: 5 }) };
}

async function openEmbedded(folder: string): Promise<Connection> {
  const release = lockFolder(folder);
  try {
    const { PGlite } = await import("@electric-sql/pglite");
    const { drizzle } = await import("drizzle-orm/pglite");
    const client = await PGlite.create(folder);
    const db = drizzle(client, { schema }) as unknown as Database;
    const close = async () => {
      await client.close();
      release();
    };
    releaseOnExit(close);
    process.once("exit", release);
    logger.info("embedded database opened", { folder });

    return { db, kind: "pglite", close };
  } catch (error) {
    release();
    throw error;
  }
}

function releaseOnExit(close: () => Promise<void>) {
  const stop = (signal: NodeJS.Signals) => {
    void close().finally(() => process.kill(process.pid, signal));
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

/** Opens the database on first use: Postgres when DATABASE_URL is set, else embedded PGlite. */
export function connection(): Promise<Connection> {
  holder[globalKey] ??= (async () => {
    const url = env().DATABASE_URL;
    return url ? openPostgres(url) : openEmbedded(embeddedFolder());
  })().catch((error: unknown) => {
    holder[globalKey] = undefined;
    throw error;
  });

  return holder[globalKey];
}

export async function getDb(): Promise<Database> {
  return (await connection()).db;
}

export async function closeDb() {
  const current = holder[globalKey];
  holder[globalKey] = undefined;
  if (current) await (await current).close();
}

/** Tests and scripts hand in a database of their own (a fresh schema or an in-memory PGlite). */
export function provideDatabase(
  db: Database,
  kind: Connection["kind"],
  close: () => Promise<void>,
) {
  holder[globalKey] = Promise.resolve({ db, kind, close });
}
