import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { PGlite, Transaction as PgliteTransaction } from "@electric-sql/pglite";
import type { Sql, TransactionSql } from "postgres";
import type { Database } from "@/db/client";

/** Raw statements and CSV loading inside one transaction, on either driver. */
export interface BulkSession {
  run(statement: string, params?: unknown[]): Promise<void>;
  rows<Row>(statement: string, params?: unknown[]): Promise<Row[]>;
  /** Loads CSV text (with a header line) into `table`: COPY, the fastest path on both drivers. */
  copyCsv(table: string, csv: Buffer): Promise<void>;
}

export type DriverKind = "postgres" | "pglite";

/** Drizzle keeps the driver's own client; COPY is only reachable through it. */
function rawClient<Client>(db: Database): Client {
  return (db as unknown as { $client: Client }).$client;
}

const copyOptions = "with (format csv, header true)";

function pgliteSession(tx: PgliteTransaction): BulkSession {
  return {
    run: async (statement, params) => {
      await tx.query(statement, params);
    },
    rows: async <Row>(statement: string, params?: unknown[]) =>
      (await tx.query<Row>(statement, params)).rows,
    copyCsv: async (table, csv) => {
      const blob = new Blob([new Uint8Array(csv)]);
      await tx.query(`copy ${table} from '/dev/blob' ${copyOptions}`, [], { blob });
    },
  };
}

function postgresSession(tx: TransactionSql): BulkSession {
  return {
    run: async (statement, params) => {
      await tx.unsafe(statement, params as never[]);
    },
    rows: async <Row>(statement: string, params?: unknown[]) =>
      (await tx.unsafe(statement, params as never[])) as unknown as Row[],
    copyCsv: async (table, csv) => {
      const stream = await tx.unsafe(`copy ${table} from stdin ${copyOptions}`).writable();
      await pipeline(Readable.from([csv]), stream);
    },
  };
}

/** Runs `work` in one transaction: everything it wrote commits together or not at all. */
export async function inBulkTransaction<T>(
  db: Database,
  kind: DriverKind,
  work: (session: BulkSession) => Promise<T>,
): Promise<T> {
  if (kind === "pglite") {
    return rawClient<PGlite>(db).transaction((tx) => work(pgliteSession(tx)));
  }
  const result = await rawClient<Sql>(db).begin((tx) => work(postgresSession(tx)));

  return result as T;
}
