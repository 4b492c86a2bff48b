import type { SQL } from "drizzle-orm";
import type { Executor } from "./client";

/** Raw SQL rows on either driver: postgres.js answers with an array, PGlite with an object. */
export async function queryRows<Row>(db: Executor, query: SQL): Promise<Row[]> {
  const result = (await db.execute(query)) as unknown;

  return (Array.isArray(result) ? result : (result as { rows: Row[] }).rows) as Row[];
}
