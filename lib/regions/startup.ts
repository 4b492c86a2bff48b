import type { Database } from "@/db/client";
import type { Env } from "@/lib/env";
import { logger } from "@/lib/logger";
import type { DriverKind } from "./bulk";
import { type ImportMode, importRegions } from "./import";
import { describeProgress } from "./progress";

/**
 * Which import runs at start: the embedded database gets the whole tree unless REGIONS says
 * otherwise; a server database only when REGIONS asks (there a deploy step usually imports).
 */
export function startupImportMode(settings: Pick<Env, "DATABASE_URL" | "REGIONS">) {
  const wanted = settings.REGIONS ?? (settings.DATABASE_URL ? "none" : "full");

  return wanted === "none" ? undefined : (wanted satisfies ImportMode);
}

export async function importRegionsOnStart(
  db: Database,
  kind: DriverKind,
  settings: Pick<Env, "DATABASE_URL" | "REGIONS">,
) {
  const mode = startupImportMode(settings);
  if (!mode) return;

  await importRegions({
    db,
    kind,
    mode,
    onProgress: (progress) => {
      const log = progress.stage === "skipped" ? logger.debug : logger.info;
      log(`regions: ${describeProgress(progress)}`, { mode });
    },
  });
}
