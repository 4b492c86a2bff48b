import nextEnv from "@next/env";
import { closeDb, connection } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { logger } from "@/lib/logger";

// The same .env files `next start` reads, so DATABASE_URL can live there.
nextEnv.loadEnvConfig(process.cwd());

const { db, kind } = await connection();
await migrateDatabase(db, kind);
logger.info("migrations applied", { kind });
await closeDb();
