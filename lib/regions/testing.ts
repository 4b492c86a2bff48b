import { type SQL, type SQLWrapper, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { queryRows } from "@/db/rows";

/** Row counts by level, for tests of the import. */
export async function countRegionRows(db: Database) {
  const [row] = await queryRows<{
    provinces: number;
    cities: number;
    districts: number;
    streets: number;
    communities: number;
  }>(
    db,
    sql`select
      count(*) filter (where level = 1)::int as provinces,
      count(*) filter (where level = 2)::int as cities,
      count(*) filter (where level = 3)::int as districts,
      count(*) filter (where level = 4)::int as streets,
      (select count(*)::int from communities) as communities
    from regions`,
  );

  return row;
}

export async function finishedSteps(db: Database) {
  const rows = await queryRows<{ step: string }>(
    db,
    sql`select step from region_import_steps order by completed_at, step`,
  );

  return rows.map((row) => row.step);
}

/** The planner's plan for a query, one line per node. */
export async function explain(db: Database, query: SQLWrapper) {
  const statement: SQL = sql`explain ${query.getSQL()}`;
  const rows = await queryRows<{ "QUERY PLAN": string }>(db, statement);

  return rows.map((row) => row["QUERY PLAN"]).join("\n");
}
