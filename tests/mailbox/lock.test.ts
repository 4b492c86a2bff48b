import { eq, sql } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { appointments, letters } from "@/db/schema";
import { queryRows } from "@/db/rows";
import { handleAppointment, bookAppointment } from "@/lib/mailbox/appointments";
import { chinaDate } from "@/lib/mailbox/dates";
import { replyToLetter, writeLetter } from "@/lib/mailbox/letters";
import { OTHER_MATTER } from "@/lib/mailbox/schemas";
import { describeOnDatabases } from "../database";
import { expectRefused } from "./expect";
import { type Cast, createCast } from "./factories";

const processedMessage = /is processed and cannot change/;

describeOnDatabases("the lock on processed letters and appointments", (database) => {
  let cast: Cast;
  let processedLetter: number;
  let pendingLetter: number;
  let processedAppointment: number;

  beforeAll(async () => {
    cast = await createCast(database().db);
    const input = { title: "噪音扰民", content: "楼下商铺夜里很吵。" };
    processedLetter = (await writeLetter({ actor: cast.resident, input })).id;
    pendingLetter = (await writeLetter({ actor: cast.resident, input })).id;
    await replyToLetter({ actor: cast.secretary, letterId: processedLetter, reply: "已联系商铺" });

    const booking = {
      matter: OTHER_MATTER,
      otherMatter: "咨询",
      preferredDate: chinaDate(1),
      halfDay: "morning",
      description: "想咨询老年卡办理。",
      contactPhone: "13800000001",
    };
    processedAppointment = (await bookAppointment({ actor: cast.resident, input: booking })).id;
    await handleAppointment({
      actor: cast.secretary,
      appointmentId: processedAppointment,
      result: "请周一上午来办",
    });
  });

  it("refuses a direct UPDATE of a processed letter's reply, status or content", async () => {
    const { db } = database();
    const statements = [
      sql`update letters set reply = 'changed' where id = ${processedLetter}`,
      sql`update letters set status = 'pending', reply = null where id = ${processedLetter}`,
      sql`update letters set content = 'changed' where id = ${processedLetter}`,
      sql`update letters set replied_by_id = ${cast.admin.id} where id = ${processedLetter}`,
    ];
    for (const statement of statements) {
      expect(await expectRefused(db.execute(statement))).toMatch(processedMessage);
    }

    const [row] = await db.select().from(letters).where(eq(letters.id, processedLetter));
    expect(row?.reply).toBe("已联系商铺");
    expect(row?.status).toBe("processed");
  });

  it("refuses a direct DELETE of a processed letter or appointment", async () => {
    const { db } = database();
    for (const statement of [
      sql`delete from letters where id = ${processedLetter}`,
      sql`delete from appointments where id = ${processedAppointment}`,
    ]) {
      expect(await expectRefused(db.execute(statement))).toMatch(processedMessage);
    }
    const [row] = await db.select().from(letters).where(eq(letters.id, processedLetter));
    expect(row).toBeDefined();
  });

  it("refuses a direct UPDATE of a processed appointment's result", async () => {
    const { db } = database();
    const statement = sql`update appointments set result = 'changed'
      where id = ${processedAppointment}`;
    expect(await expectRefused(db.execute(statement))).toMatch(processedMessage);

    const [row] = await db
      .select()
      .from(appointments)
      .where(eq(appointments.id, processedAppointment));
    expect(row?.result).toBe("请周一上午来办");
  });

  it("refuses TRUNCATE while processed rows exist", async () => {
    const { db } = database();
    for (const table of ["letters", "appointments"]) {
      const messages = await expectRefused(db.execute(sql.raw(`truncate ${table}`)));
      expect(messages).toMatch(/cannot be truncated/);
    }
    const rows = await queryRows<{ count: number }>(
      db,
      sql`select count(*)::int as count from letters`,
    );
    expect(rows[0]?.count).toBeGreaterThanOrEqual(2);
  });

  it("lets processing write only the answer, never what the resident wrote", async () => {
    const { db } = database();
    const statement = sql`update letters
      set status = 'processed', reply = 'ok', replied_at = now(), title = 'rewritten'
      where id = ${pendingLetter}`;
    expect(await expectRefused(db.execute(statement))).toMatch(/may write only its answer/);

    const [row] = await db.select().from(letters).where(eq(letters.id, pendingLetter));
    expect(row?.status).toBe("pending");
    expect(row?.title).toBe("噪音扰民");
  });

  it("leaves pending rows free to change, so the lock is about processing only", async () => {
    const { db } = database();
    await db.execute(
      sql`update letters set contact_phone = '13800000002' where id = ${pendingLetter}`,
    );
    const [row] = await db.select().from(letters).where(eq(letters.id, pendingLetter));

    expect(row?.contactPhone).toBe("13800000002");
  });
});
