import { createInterface } from "node:readline";
import { sql } from "drizzle-orm";
import { closeDb, connection } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { queryRows } from "@/db/rows";

/**
 * Spawned by tests/folder-lock.test.ts: opens the embedded database folder named by PGLITE_DIR,
 * writes rows and holds the folder until told to close. Speaks one JSON line per event.
 */
function report(message: Record<string, unknown>) {
  process.stdout.write(`${JSON.stringify(message)}\n`);
}

async function writeRows(count: number) {
  const { db } = await connection();
  await db.execute(
    sql`insert into lock_probe (writer) select ${process.pid} from generate_series(1, ${count})`,
  );
}

async function countRows() {
  const { db } = await connection();
  const rows = await queryRows<{ count: number }>(
    db,
    sql`select count(*)::int as count from lock_probe`,
  );

  return rows[0]?.count;
}

async function hold(initialRows: number) {
  try {
    await connection();
  } catch (error) {
    report({ state: "refused", message: (error as Error).message });
    process.exitCode = 3;
    return;
  }
  const { db, kind } = await connection();
  await migrateDatabase(db, kind);
  await db.execute(sql`create table if not exists lock_probe (id serial primary key, writer int)`);
  await writeRows(initialRows);
  report({ state: "ready", pid: process.pid, count: await countRows() });

  for await (const line of createInterface({ input: process.stdin })) {
    const [command, argument] = line.split(" ");
    if (command === "write") {
      await writeRows(Number(argument));
      report({ state: "written", count: await countRows() });
    } else if (command === "close") {
      await closeDb();
      report({ state: "closed" });
      process.stdin.destroy();
      return;
    }
  }
}

await hold(Number(process.argv[2] ?? 0));
