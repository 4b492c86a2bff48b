import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { letters } from "@/db/schema";
import { recentActivity } from "@/lib/mailbox/activity";
import { bookAppointment, handleAppointment } from "@/lib/mailbox/appointments";
import { chinaDate } from "@/lib/mailbox/dates";
import { listCommunityLetters, replyToLetter, writeLetter } from "@/lib/mailbox/letters";
import { DAILY_LIMITS } from "@/lib/mailbox/limits";
import { OTHER_MATTER } from "@/lib/mailbox/schemas";
import { describeOnDatabases } from "../database";
import { expectCode } from "./expect";
import { actorOf, type Cast, createCast, createUser } from "./factories";

const booking = {
  matter: OTHER_MATTER,
  otherMatter: "咨询",
  preferredDate: chinaDate(1),
  halfDay: "afternoon",
  description: "咨询事项。",
  contactPhone: "13800000020",
};

describeOnDatabases("mailbox lists and limits", (database) => {
  let cast: Cast;

  beforeAll(async () => {
    cast = await createCast(database().db);
  });

  describe("keyset pages", () => {
    it("walk every letter once, newest first, even when many share one instant", async () => {
      const { db } = database();
      // One statement: every row gets the same created_at, so only the id orders them.
      await db.insert(letters).values(
        Array.from({ length: 45 }, (_, index) => ({
          communityId: cast.otherCommunityId,
          authorId: cast.residentElsewhere.id,
          title: `同一时刻 ${index}`,
          content: "内容",
        })),
      );
      const actor = cast.secretaryElsewhere;
      const seen: number[] = [];
      const cursors: Array<string | null> = [];
      let after: string | null = null;
      do {
        const page = await listCommunityLetters({ actor, status: "pending", page: { after } });
        seen.push(...page.items.map((item) => item.id));
        cursors.push(page.previousCursor);
        after = page.nextCursor;
      } while (after);

      expect(seen).toHaveLength(45);
      expect(seen).toEqual([...seen].sort((left, right) => right - left));
      expect(cursors[0]).toBeNull();

      const third = await listCommunityLetters({
        actor,
        status: "pending",
        page: { before: cursors[2] },
      });
      expect(third.items.map((item) => item.id)).toEqual(seen.slice(20, 40));
      expect(third.previousCursor).not.toBeNull();
      const first = await listCommunityLetters({
        actor,
        status: "pending",
        page: { before: third.previousCursor },
      });
      expect(first.items.map((item) => item.id)).toEqual(seen.slice(0, 20));
      expect(first.previousCursor).toBeNull();
    });

    it("ignores a cursor that is not one", async () => {
      const page = await listCommunityLetters({
        actor: cast.secretaryElsewhere,
        status: "pending",
        page: { after: "'; drop table letters; --" },
      });

      expect(page.items).toHaveLength(20);
    });
  });

  describe("daily limits", () => {
    it(`allow ${DAILY_LIMITS.letter} letters a day, then say so; yesterday aside`, async () => {
      const { db } = database();
      const author = actorOf(await createUser(db, { communityId: cast.communityId }));
      await db.insert(letters).values({
        communityId: author.communityId,
        authorId: author.id,
        title: "昨天的信",
        content: "内容",
        createdAt: sql`now() - interval '1 day 1 hour'`,
      });
      for (let index = 0; index < DAILY_LIMITS.letter; index++) {
        await writeLetter({ actor: author, input: { title: `第 ${index} 封`, content: "内容" } });
      }

      const refused = await expectCode(
        writeLetter({ actor: author, input: { title: "又一封", content: "内容" } }),
        "RATE_LIMITED",
      );
      expect(refused.message).toBe("每人每天最多写 10 封信，今天的次数已用完，请明天再写");
      await writeLetter({ actor: cast.neighbour, input: { title: "别人的", content: "内容" } });
    });

    it(`allow ${DAILY_LIMITS.appointment} appointments a day`, async () => {
      const author = actorOf(await createUser(database().db, { communityId: cast.communityId }));
      for (let index = 0; index < DAILY_LIMITS.appointment; index++) {
        await bookAppointment({ actor: author, input: booking });
      }

      const refused = await expectCode(
        bookAppointment({ actor: author, input: booking }),
        "RATE_LIMITED",
      );
      expect(refused.message).toContain("每人每天最多提交 5 个预约");
    });
  });

  describe("the user center's right side", () => {
    it("shows a verified secretary the community's items, pending first", async () => {
      const { db } = database();
      const community = (await createCast(db)) as Cast;
      const first = await writeLetter({
        actor: community.resident,
        input: { title: "甲", content: "内容" },
      });
      await writeLetter({ actor: community.resident, input: { title: "乙", content: "内容" } });
      await replyToLetter({ actor: community.secretary, letterId: first.id, reply: "好" });
      const booked = await bookAppointment({ actor: community.neighbour, input: booking });
      await handleAppointment({
        actor: community.secretary,
        appointmentId: booked.id,
        result: "好",
      });

      const seen = await recentActivity({ actor: community.secretary });
      expect(seen.scope).toBe("community");
      expect(seen.letters.map((item) => [item.title, item.status])).toEqual([
        ["乙", "pending"],
        ["甲", "processed"],
      ]);
      expect(seen.letters[0]?.sender?.phone).toMatch(/^\d{3}\*{4}\d{4}$/);
      expect(seen.appointments.map((item) => item.title)).toEqual(["其他：咨询"]);

      const own = await recentActivity({ actor: community.neighbour });
      expect(own.scope).toBe("own");
      expect(own.letters).toEqual([]);
      expect(own.appointments.map((item) => item.id)).toEqual([booked.id]);

      const unverified = await recentActivity({ actor: community.unverifiedSecretary });
      expect(unverified.scope).toBe("own");
      expect(unverified.letters).toEqual([]);
      await expectCode(recentActivity({ actor: null }), "UNAUTHENTICATED");
    });
  });
});
