import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { provideDatabase } from "@/db/client";
import type { Executor } from "@/db/client";
import { letters, notifications } from "@/db/schema";
import { queryRows } from "@/db/rows";
import { bookAppointment, handleAppointment } from "@/lib/mailbox/appointments";
import { isAlreadyProcessed } from "@/lib/mailbox/common";
import { chinaDate } from "@/lib/mailbox/dates";
import { replyToLetter, writeLetter } from "@/lib/mailbox/letters";
import { OTHER_MATTER } from "@/lib/mailbox/schemas";
import { createPostgresDatabase, type TestDatabase } from "../database";
import { type Cast, createCast } from "./factories";

const input = { title: "下水道堵了", content: "五号楼下水道堵塞。" };

/** Runs the two calls at once and sorts their outcomes into the one stored and the one refused. */
async function race(first: () => Promise<unknown>, second: () => Promise<unknown>) {
  const outcomes = await Promise.allSettled([first(), second()]);
  const stored = outcomes.filter((outcome) => outcome.status === "fulfilled");
  const refused = outcomes.flatMap((outcome) =>
    outcome.status === "rejected" ? [outcome.reason as unknown] : [],
  );

  return { stored, refused };
}

const serverUrl = process.env.TEST_DATABASE_URL;

// Only a server runs two transactions at once; PGlite has a single connection.
describe.skipIf(!serverUrl)("two secretaries answering at once [postgres]", () => {
  let current: TestDatabase | undefined;
  let cast: Cast;
  const database = () => current as TestDatabase;

  beforeAll(async () => {
    current = await createPostgresDatabase(serverUrl as string);
    provideDatabase(current.db, current.kind, async () => undefined);
    cast = await createCast(current.db);
  });

  afterAll(async () => {
    await current?.close();
  });

  it("stores exactly one reply; the other is told and gets the stored one", async () => {
    const { db } = database();
    // The daily limit allows ten letters per author; the neighbour writes the rest.
    for (const [round, author] of [cast.resident, cast.neighbour, cast.resident].entries()) {
      const { id } = await writeLetter({ actor: author, input });
      const replies = [`回复甲${round}`, `回复乙${round}`];
      const { stored, refused } = await race(
        () => replyToLetter({ actor: cast.secretary, letterId: id, reply: replies[0] }),
        () => replyToLetter({ actor: cast.secondSecretary, letterId: id, reply: replies[1] }),
      );

      expect(stored).toHaveLength(1);
      expect(refused).toHaveLength(1);
      const [row] = await db.select().from(letters).where(eq(letters.id, id));
      expect(replies).toContain(row?.reply);
      const loser = refused[0];
      expect(isAlreadyProcessed(loser) && loser.answer.text).toBe(row?.reply);
      const notes = await db
        .select()
        .from(notifications)
        .where(eq(notifications.link, `/user/letters/${id}`));
      expect(notes).toHaveLength(1);
    }
  });

  it("stores exactly one 处理结果 of an appointment", async () => {
    const { db } = database();
    const booking = {
      matter: OTHER_MATTER,
      otherMatter: "开证明",
      preferredDate: chinaDate(2),
      halfDay: "afternoon",
      description: "开具居住证明。",
      contactPhone: "13800000003",
    };
    const { id } = await bookAppointment({ actor: cast.resident, input: booking });
    const { stored, refused } = await race(
      () => handleAppointment({ actor: cast.secretary, appointmentId: id, result: "甲" }),
      () => handleAppointment({ actor: cast.secondSecretary, appointmentId: id, result: "乙" }),
    );

    expect(stored).toHaveLength(1);
    expect(refused).toHaveLength(1);
    const rows = await queryRows<{ result: string }>(
      db,
      sql`select result from appointments where id = ${id}`,
    );
    const loser = refused[0];
    expect(isAlreadyProcessed(loser) && loser.answer.text).toBe(rows[0]?.result);
  });

  it("makes a reply that waited on another's row lock give way to it", async () => {
    const { db } = database();
    const { id } = await writeLetter({ actor: cast.neighbour, input });

    let late: Promise<unknown> | undefined;
    await db.transaction(async (tx) => {
      await tx.execute(sql`update letters set status = 'processed', reply = '先到的回复',
        replied_by_id = ${cast.secretary.id}, replied_at = now() where id = ${id}`);
      late = replyToLetter({ actor: cast.secondSecretary, letterId: id, reply: "后到的回复" });
      late.catch(() => undefined);
      await waitForLockWait(db);
    });

    const error = await (late as Promise<unknown>).then(
      () => null,
      (failure: unknown) => failure,
    );
    expect(isAlreadyProcessed(error) && error.answer.text).toBe("先到的回复");
  });
});

/** Polls until some other session of this database waits on a row lock. */
async function waitForLockWait(db: Executor) {
  for (let attempt = 0; attempt < 200; attempt++) {
    const rows = await queryRows<{ waiting: number }>(
      db,
      sql`select count(*)::int as waiting from pg_stat_activity
        where datname = current_database() and wait_event_type = 'Lock'`,
    );
    if ((rows[0]?.waiting ?? 0) > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error("the second reply never waited on the first");
}
