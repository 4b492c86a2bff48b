import type { SQL } from "drizzle-orm";
import type { Executor } from "./client";

/** Runs raw SQL and returns its rows on either driver (postgres.js gives an array, PGlite an object). */
export async function queryRows<Row>(db: Executor, query: SQL): Promise<Row[]> {
  const result = (await db.execute(query)) as unknown;

  return (Array.isArray(result) ? result : (result as { rows: Row[] }).rows) as Row[];
}
