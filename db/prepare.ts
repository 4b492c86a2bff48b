import { env } from "@/lib/env";
import { logger } from "@/lib/logger";
import { importRegionsOnStart } from "@/lib/regions/startup";
import { connection } from "./client";
import { migrateDatabase } from "./migrate";
import { seedDemo, shouldSeedDemo } from "./seed";

/**
 * Run by the process that owns the database before it serves: migrations always; on the
 * embedded default also the national region tree and the demo seed. Every step is idempotent.
 */
export async function prepareDatabase() {
  const settings = env();
  if (settings.CAPTCHA_TEST_CODE) {
    logger.warn(
      "CAPTCHA_TEST_CODE is set: every captcha accepts that code. Never set it outside tests.",
    );
  }
  const { db, kind } = await connection();
  await migrateDatabase(db, kind);
  logger.info("database migrated", { kind });
  await importRegionsOnStart(db, kind, settings);
  if (shouldSeedDemo(settings)) {
    const { accounts } = await seedDemo(db);
    if (accounts > 0) logger.info("demo accounts ready", { accounts });
    else logger.warn("demo accounts skipped: their communities are not imported (REGIONS)");
  }
}
