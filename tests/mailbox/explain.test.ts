import { type SQL, sql } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import type { Executor } from "@/db/client";
import { queryRows } from "@/db/rows";
import { appointments, letters } from "@/db/schema";
import { communityAppointmentsQuery } from "@/lib/mailbox/appointments";
import { keysetQuery } from "@/lib/mailbox/keyset";
import { communityLettersQuery, listCommunityLetters } from "@/lib/mailbox/letters";
import { describeOnDatabases } from "../database";
import { type Cast, createCast } from "./factories";

async function plan(db: Executor, query: { getSQL: () => SQL }) {
  const rows = await queryRows<{ "QUERY PLAN": string }>(db, sql`explain ${query.getSQL()}`);

  return rows.map((row) => row["QUERY PLAN"]).join("\n");
}

describeOnDatabases("the secretary's lists read the index", (database) => {
  let cast: Cast;

  beforeAll(async () => {
    const { db } = database();
    cast = await createCast(db);
    // Enough rows, in several communities and both states, that a full read would cost more.
    for (const table of ["letters", "appointments"] as const) {
      const columns =
        table === "letters"
          ? sql`title, content, reply, replied_at`
          : sql`other_matter, preferred_date, half_day, description, contact_phone, result,
              handled_at`;
      const values =
        table === "letters"
          ? sql`'信 ' || g, '内容', case when g % 2 = 0 then '回复' end`
          : sql`'事项', current_date, 'morning'::half_day, '说明', '13800000000',
              case when g % 2 = 0 then '结果' end`;
      await db.execute(sql`
        insert into ${sql.identifier(table)}
          (community_id, author_id, status, created_at, ${columns})
        select case when g % 4 = 0 then ${cast.communityId}::int
          else ${cast.otherCommunityId}::int end,
          ${cast.resident.id}::int,
          (case when g % 2 = 0 then 'processed' else 'pending' end)::handling_status,
          now() - g * interval '1 minute',
          ${values}, case when g % 2 = 0 then now() end
        from generate_series(1, 10000) as g`);
      await db.execute(sql`analyze ${sql.identifier(table)}`);
    }
  }, 120_000);

  it("uses letters_community_status_idx, unsorted, for the first page and later ones", async () => {
    const { db } = database();
    const where = { communityId: cast.communityId, status: "pending" as const };
    const first = await plan(db, communityLettersQuery(db, where, keysetQuery(letters, {})));
    const page = await listCommunityLetters({
      actor: cast.secretary,
      status: "processed",
      page: {},
    });
    const later = await plan(
      db,
      communityLettersQuery(
        db,
        { ...where, status: "processed" },
        keysetQuery(letters, { after: page.nextCursor }),
      ),
    );

    for (const text of [first, later]) {
      expect(text).toMatch(/Index Scan using letters_community_status_idx on letters/);
      expect(text).not.toMatch(/Sort|Seq Scan on letters/);
    }
    expect(later).toMatch(/Index Cond: .*ROW\(created_at, id\) < ROW\(/);
  });

  it("uses appointments_community_status_idx for appointments", async () => {
    const { db } = database();
    const where = { communityId: cast.communityId, status: "pending" as const };
    const text = await plan(
      db,
      communityAppointmentsQuery(db, where, keysetQuery(appointments, {})),
    );

    expect(text).toMatch(/Index Scan using appointments_community_status_idx on appointments/);
    expect(text).not.toMatch(/Sort|Seq Scan on appointments/);
  });
});
