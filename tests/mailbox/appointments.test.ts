import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { notifications } from "@/db/schema";
import {
  bookAppointment,
  getAppointmentForHandling,
  getMyAppointment,
  handleAppointment,
  listCommunityAppointments,
  listMyAppointments,
} from "@/lib/mailbox/appointments";
import { isAlreadyProcessed } from "@/lib/mailbox/common";
import { chinaDate } from "@/lib/mailbox/dates";
import { listBookableMatters } from "@/lib/mailbox/matters";
import { OTHER_MATTER, preferredDateProblem } from "@/lib/mailbox/schemas";
import { describeOnDatabases } from "../database";
import { expectCode } from "./expect";
import { type Cast, createCast } from "./factories";

type Actor = Cast["resident"] | null;

describeOnDatabases("appointments", (database) => {
  let cast: Cast;
  let booking: Record<string, string>;
  let appointmentId: number;

  beforeAll(async () => {
    cast = await createCast(database().db);
    const matters = await listBookableMatters();
    booking = {
      matter: String(matters.find((matter) => matter.name === "户籍办理")?.id),
      preferredDate: chinaDate(3),
      halfDay: "morning",
      description: "给孩子上户口。",
      contactPhone: "13800000010",
    };
    appointmentId = (await bookAppointment({ actor: cast.resident, input: booking })).id;
  });

  describe("booking", () => {
    it("offers the default matters in order", async () => {
      const names = (await listBookableMatters()).map((matter) => matter.name);

      expect(names.slice(0, 6)).toEqual([
        "户籍办理",
        "社保医保",
        "低保救助",
        "计划生育",
        "党组织关系转接",
        "开具证明",
      ]);
    });

    it("stores the matter, date and half-day for the author's community", async () => {
      const stored = await getMyAppointment({ actor: cast.resident, appointmentId });

      expect(stored).toMatchObject({
        title: "户籍办理",
        preferredDate: booking.preferredDate,
        halfDay: "morning",
        status: "pending",
        communityId: cast.communityId,
      });
    });

    it("takes 其他 with the resident's own words, and needs them", async () => {
      const other = { ...booking, matter: OTHER_MATTER, otherMatter: "<b>办老年卡</b>" };
      const { id } = await bookAppointment({ actor: cast.neighbour, input: other });
      expect((await getMyAppointment({ actor: cast.neighbour, appointmentId: id })).title).toBe(
        "其他：<b>办老年卡</b>",
      );

      const missing = await expectCode(
        bookAppointment({ actor: cast.neighbour, input: { ...other, otherMatter: " " } }),
        "VALIDATION",
      );
      expect(missing.fieldErrors).toEqual({ otherMatter: "请填写具体事项" });
    });

    it("refuses a visitor, an unknown matter and empty or wrong fields", async () => {
      await expectCode(bookAppointment({ actor: cast.visitor, input: booking }), "UNAUTHENTICATED");
      const unknown = await expectCode(
        bookAppointment({ actor: cast.neighbour, input: { ...booking, matter: "999999" } }),
        "VALIDATION",
      );
      expect(unknown.fieldErrors).toEqual({ matter: "该办事事项已停用，请重新选择" });

      const empty = await expectCode(
        bookAppointment({ actor: cast.neighbour, input: {} }),
        "VALIDATION",
      );
      expect(Object.keys(empty.fieldErrors ?? {}).sort()).toEqual(
        ["contactPhone", "description", "halfDay", "matter", "preferredDate"].sort(),
      );
      const long = await expectCode(
        bookAppointment({
          actor: cast.neighbour,
          input: { ...booking, description: "说".repeat(1001), contactPhone: "110" },
        }),
        "VALIDATION",
      );
      expect(long.fieldErrors).toMatchObject({
        description: "办事说明不能超过 1000 个字",
        contactPhone: expect.stringContaining("手机号"),
      });
    });

    it("accepts dates from today to 60 days ahead only", async () => {
      const now = new Date("2026-03-01T02:00:00Z");
      expect(preferredDateProblem("2026-03-01", now)).toBeNull();
      expect(preferredDateProblem("2026-04-30", now)).toBeNull();
      expect(preferredDateProblem("2026-02-28", now)).toBe("预约日期不能早于今天");
      expect(preferredDateProblem("2026-05-01", now)).toBe("只能预约 60 天以内的日期");
      expect(preferredDateProblem("2026-02-30", now)).toBe("请按 年-月-日 选择预约日期");

      const past = await expectCode(
        bookAppointment({
          actor: cast.neighbour,
          input: { ...booking, preferredDate: chinaDate(-1) },
        }),
        "VALIDATION",
      );
      expect(past.fieldErrors).toEqual({ preferredDate: "预约日期不能早于今天" });
    });
  });

  describe("reading and handling", () => {
    it("shows the author their appointment and no one else's", async () => {
      for (const actor of [cast.neighbour, cast.residentElsewhere, cast.secretary, cast.admin]) {
        await expectCode(getMyAppointment({ actor, appointmentId }), "NOT_FOUND");
      }
      await expectCode(getMyAppointment({ actor: null, appointmentId }), "UNAUTHENTICATED");
      const mine = await listMyAppointments({ actor: cast.resident });
      expect(mine.items.map((item) => item.id)).toEqual([appointmentId]);
    });

    it("opens the community's appointments to its verified secretary only", async () => {
      const read = (actor: Actor) => getAppointmentForHandling({ actor, appointmentId });
      const list = (actor: Actor) => listCommunityAppointments({ actor, status: "pending" });
      const seen = await read(cast.secretary);
      expect(seen.contactPhone).toBe("13800000010");
      expect(seen.senderPhone).toMatch(/^\d{3}\*{4}\d{4}$/);
      expect((await list(cast.secretary)).items.map((item) => item.id)).toContain(appointmentId);

      for (const [actor, code] of [
        [cast.visitor, "UNAUTHENTICATED"],
        [cast.resident, "FORBIDDEN"],
        [cast.residentElsewhere, "FORBIDDEN"],
        [cast.unverifiedSecretary, "NOT_VERIFIED"],
        [cast.admin, "FORBIDDEN"],
      ] as const) {
        await expectCode(read(actor), code);
        await expectCode(list(actor), code);
      }
      await expectCode(read(cast.secretaryElsewhere), "NOT_FOUND");
      const elsewhere = await list(cast.secretaryElsewhere);
      expect(elsewhere.items.map((item) => item.id)).not.toContain(appointmentId);
    });

    it("stores the 处理结果 once and tells the resident", async () => {
      const handle = (actor: Actor, result: string) =>
        handleAppointment({ actor, appointmentId, result });
      for (const [actor, code] of [
        [cast.visitor, "UNAUTHENTICATED"],
        [cast.resident, "FORBIDDEN"],
        [cast.residentElsewhere, "FORBIDDEN"],
        [cast.unverifiedSecretary, "NOT_VERIFIED"],
        [cast.admin, "FORBIDDEN"],
        [cast.secretaryElsewhere, "NOT_FOUND"],
      ] as const) {
        await expectCode(handle(actor, "不应保存"), code);
      }
      await expectCode(handle(cast.secretary, ""), "VALIDATION");
      expect((await getMyAppointment({ actor: cast.resident, appointmentId })).status).toBe(
        "pending",
      );

      await handle(cast.secretary, "请带户口本原件，周三上午来社区。");
      const handled = await getMyAppointment({ actor: cast.resident, appointmentId });
      expect(handled.status).toBe("processed");
      expect(handled.answer?.text).toBe("请带户口本原件，周三上午来社区。");

      const again = await expectCode(handle(cast.secondSecretary, "改期"), "ALREADY_PROCESSED");
      expect(isAlreadyProcessed(again) && again.answer.text).toBe(handled.answer?.text);
      const notes = await database()
        .db.select()
        .from(notifications)
        .where(eq(notifications.link, `/user/appointments/${appointmentId}`));
      expect(notes).toHaveLength(1);
    });
  });
});
