import path from "node:path";
import type { Database } from "./client";

export const migrationsFolder = path.join(/*turbopackIgnore: true*/ process.cwd(), "drizzle");

/** Applies the committed migrations; drizzle records each one, so running again is a no-op. */
export async function migrateDatabase(db: Database, kind: "postgres" | "pglite") {
  if (kind === "pglite") {
    const { migrate } = await import("drizzle-orm/pglite/migrator");
    await migrate(db as never, { migrationsFolder });
    return;
  }
  const { migrate } = await import("drizzle-orm/postgres-js/migrator");
  await migrate(db as never, { migrationsFolder });
}
