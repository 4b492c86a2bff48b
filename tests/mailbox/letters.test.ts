import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { letters, notifications } from "@/db/schema";
import { isAlreadyProcessed } from "@/lib/mailbox/common";
import {
  getLetterForHandling,
  getMyLetter,
  listCommunityLetters,
  listMyLetters,
  replyToLetter,
  writeLetter,
} from "@/lib/mailbox/letters";
import { describeOnDatabases } from "../database";
import { expectCode } from "./expect";
import { type Cast, createCast } from "./factories";

const letter = { title: "楼道灯坏了", content: "三单元二楼的灯坏了一周了。", contactPhone: "" };

describeOnDatabases("letters", (database) => {
  let cast: Cast;
  let letterId: number;

  beforeAll(async () => {
    cast = await createCast(database().db);
    letterId = (await writeLetter({ actor: cast.resident, input: letter })).id;
  });

  describe("writing", () => {
    it("needs a signed-in user", async () => {
      await expectCode(writeLetter({ actor: cast.visitor, input: letter }), "UNAUTHENTICATED");
    });

    it("goes to the writer's own community", async () => {
      const { id } = await writeLetter({ actor: cast.residentElsewhere, input: letter });
      const stored = await getMyLetter({ actor: cast.residentElsewhere, letterId: id });

      expect(stored.communityId).toBe(cast.otherCommunityId);
      expect(stored.status).toBe("pending");
      expect(stored.contactPhone).toBeNull();
    });

    it("refuses an empty or too long letter with a message under each field", async () => {
      const empty = await expectCode(
        writeLetter({ actor: cast.neighbour, input: { title: "  ", content: "" } }),
        "VALIDATION",
      );
      expect(empty.fieldErrors).toEqual({ title: "请填写信件标题", content: "请填写信件内容" });

      const long = await expectCode(
        writeLetter({
          actor: cast.neighbour,
          input: { title: "长".repeat(101), content: "字".repeat(5001), contactPhone: "12345" },
        }),
        "VALIDATION",
      );
      expect(long.fieldErrors).toMatchObject({
        title: "标题不能超过 100 个字",
        content: "内容不能超过 5000 个字",
        contactPhone: expect.stringContaining("手机号"),
      });
      const mine = await listMyLetters({ actor: cast.neighbour });
      expect(mine.items).toHaveLength(0);
    });

    it("keeps markup verbatim, to be shown as text", async () => {
      const markup = { title: "<b>急</b>", content: "<script>alert(1)</script> & <img src=x>" };
      const { id } = await writeLetter({ actor: cast.neighbour, input: markup });
      const stored = await getMyLetter({ actor: cast.neighbour, letterId: id });

      expect(stored.title).toBe(markup.title);
      expect(stored.content).toBe(markup.content);
    });
  });

  describe("reading", () => {
    it("shows the author their letter and no one else's", async () => {
      const own = await getMyLetter({ actor: cast.resident, letterId });
      expect(own.title).toBe(letter.title);

      await expectCode(getMyLetter({ actor: cast.visitor, letterId }), "UNAUTHENTICATED");
      for (const actor of [
        cast.neighbour,
        cast.residentElsewhere,
        cast.unverifiedSecretary,
        cast.secretaryElsewhere,
        cast.admin,
      ]) {
        await expectCode(getMyLetter({ actor, letterId }), "NOT_FOUND");
      }
    });

    it("opens the community's letters to its verified secretary only", async () => {
      const read = (actor: Cast["resident"] | null) => getLetterForHandling({ actor, letterId });
      const seen = await read(cast.secretary);
      expect(seen.content).toBe(letter.content);
      expect(seen.senderPhone).toMatch(/^1\d{2}\*{4}\d{4}$/);

      await expectCode(read(cast.visitor), "UNAUTHENTICATED");
      await expectCode(read(cast.resident), "FORBIDDEN");
      await expectCode(read(cast.residentElsewhere), "FORBIDDEN");
      await expectCode(read(cast.admin), "FORBIDDEN");
      const unverified = await expectCode(read(cast.unverifiedSecretary), "NOT_VERIFIED");
      expect(unverified.message).toBe("请先完成身份认证");
      await expectCode(read(cast.secretaryElsewhere), "NOT_FOUND");
    });

    it("lists pending letters to the community's secretary only", async () => {
      const list = (actor: Cast["resident"] | null) =>
        listCommunityLetters({ actor, status: "pending" });
      const pending = await list(cast.secretary);
      expect(pending.items.map((item) => item.id)).toContain(letterId);
      const row = pending.items.find((item) => item.id === letterId);
      expect(row?.senderPhone).toMatch(/^\d{3}\*{4}\d{4}$/);

      const elsewhere = await list(cast.secretaryElsewhere);
      expect(elsewhere.items.map((item) => item.id)).not.toContain(letterId);
      await expectCode(list(cast.visitor), "UNAUTHENTICATED");
      await expectCode(list(cast.resident), "FORBIDDEN");
      await expectCode(list(cast.residentElsewhere), "FORBIDDEN");
      await expectCode(list(cast.unverifiedSecretary), "NOT_VERIFIED");
      await expectCode(list(cast.admin), "FORBIDDEN");
    });
  });

  describe("replying", () => {
    it("is refused to everyone but a verified secretary of the community", async () => {
      const { id } = await writeLetter({ actor: cast.resident, input: letter });
      const reply = (actor: Cast["resident"] | null) =>
        replyToLetter({ actor, letterId: id, reply: "已派人修理。" });

      await expectCode(reply(cast.visitor), "UNAUTHENTICATED");
      await expectCode(reply(cast.resident), "FORBIDDEN");
      await expectCode(reply(cast.residentElsewhere), "FORBIDDEN");
      await expectCode(reply(cast.unverifiedSecretary), "NOT_VERIFIED");
      await expectCode(reply(cast.admin), "FORBIDDEN");
      await expectCode(reply(cast.secretaryElsewhere), "NOT_FOUND");

      const untouched = await getMyLetter({ actor: cast.resident, letterId: id });
      expect(untouched.status).toBe("pending");
      expect(untouched.answer).toBeNull();
    });

    it("refuses an empty or too long reply and writes nothing", async () => {
      const { id } = await writeLetter({ actor: cast.resident, input: letter });
      const empty = await expectCode(
        replyToLetter({ actor: cast.secretary, letterId: id, reply: " \n " }),
        "VALIDATION",
      );
      expect(empty.fieldErrors).toEqual({ reply: "请填写回复正文" });
      await expectCode(
        replyToLetter({ actor: cast.secretary, letterId: id, reply: "长".repeat(5001) }),
        "VALIDATION",
      );

      expect((await getMyLetter({ actor: cast.resident, letterId: id })).status).toBe("pending");
    });

    it("stores the reply once, tells the author, and then refuses every other answer", async () => {
      const { id } = await writeLetter({ actor: cast.resident, input: letter });
      await replyToLetter({ actor: cast.secretary, letterId: id, reply: "<i>已派人修理</i>" });

      const answered = await getMyLetter({ actor: cast.resident, letterId: id });
      expect(answered.status).toBe("processed");
      expect(answered.answer?.text).toBe("<i>已派人修理</i>");
      expect(answered.answer?.answeredBy?.isVerified).toBe(true);
      expect(answered.answer?.answeredAt).toBeInstanceOf(Date);

      const { db } = database();
      const notes = await db
        .select()
        .from(notifications)
        .where(
          and(
            eq(notifications.userId, cast.resident.id),
            eq(notifications.link, `/user/letters/${id}`),
          ),
        );
      expect(notes).toHaveLength(1);

      const again = await expectCode(
        replyToLetter({ actor: cast.secondSecretary, letterId: id, reply: "另一个回复" }),
        "ALREADY_PROCESSED",
      );
      expect(isAlreadyProcessed(again) && again.answer.text).toBe("<i>已派人修理</i>");
      const [row] = await db.select().from(letters).where(eq(letters.id, id));
      expect(row?.reply).toBe("<i>已派人修理</i>");
      expect(row?.repliedById).toBe(cast.secretary.id);
    });

    it("moves a letter from 待处理 to 已处理", async () => {
      const { id } = await writeLetter({ actor: cast.resident, input: letter });
      await replyToLetter({ actor: cast.secretary, letterId: id, reply: "收到" });

      const pending = await listCommunityLetters({ actor: cast.secretary, status: "pending" });
      const processed = await listCommunityLetters({ actor: cast.secretary, status: "processed" });
      expect(pending.items.map((item) => item.id)).not.toContain(id);
      expect(processed.items[0]?.id).toBe(id);
    });
  });
});
