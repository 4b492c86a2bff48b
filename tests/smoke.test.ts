import { sql } from "drizzle-orm";
import { expect, it } from "vitest";
import { queryRows } from "@/db/rows";
import { describeOnDatabases } from "./database";

describeOnDatabases("migrations", (database) => {
  it("create every table", async () => {
    const rows = await queryRows<{ count: number }>(
      database().db,
      sql`select count(*)::int as count from information_schema.tables
        where table_schema = 'public'`,
    );
    expect(rows[0]?.count).toBeGreaterThanOrEqual(14);
  });
});
