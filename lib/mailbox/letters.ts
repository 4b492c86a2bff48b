import "server-only";
import { and, eq, type SQL, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { type Executor, getDb } from "@/db/client";
import { letters, users } from "@/db/schema";
import { maskPhone } from "@/lib/accounts/mask";
import { type Actor, assertCan } from "@/lib/auth/policy";
import { notify } from "@/lib/notifications/notify";
import { AlreadyProcessedError, assertHandler, notFound, parseInput, storedAnswer } from "./common";
import {
  cursorColumn,
  type KeysetQuery,
  keysetQuery,
  maskSenders,
  type PageRequest,
  toPage,
} from "./keyset";
import { assertWithinDailyLimit } from "./limits";
import { letterSchema, replySchema } from "./schemas";

export type HandlingStatus = "pending" | "processed";

const sender = alias(users, "sender");
const replier = alias(users, "replier");

export async function writeLetter({ actor, input }: { actor: Actor | null; input: unknown }) {
  assertCan(actor, "letter:write");
  const letter = parseInput(letterSchema, input);
  const db = await getDb();

  return db.transaction(async (tx) => {
    await assertWithinDailyLimit(tx, "letter", actor.id);
    const [row] = await tx
      .insert(letters)
      .values({ ...letter, communityId: actor.communityId, authorId: actor.id })
      .returning({ id: letters.id });

    return row as { id: number };
  });
}

const listColumns = {
  id: letters.id,
  title: letters.title,
  status: letters.status,
  createdAt: letters.createdAt,
  answeredAt: letters.repliedAt,
  cursor: cursorColumn(letters),
};

/** 我的信件: the actor's own letters, newest first. */
export async function listMyLetters({
  actor,
  page = {},
}: {
  actor: Actor | null;
  page?: PageRequest;
}) {
  assertCan(actor, "letter:read-own");
  const query = keysetQuery(letters, page);
  const db = await getDb();
  const rows = await db
    .select(listColumns)
    .from(letters)
    .where(and(eq(letters.authorId, actor.id), query.where))
    .orderBy(...query.orderBy)
    .limit(query.limit);

  return toPage(rows, query);
}

/** The page query of the secretary's list, apart so that a test can EXPLAIN it. */
export function communityLettersQuery(
  db: Executor,
  where: { communityId: number; status: HandlingStatus },
  query: KeysetQuery,
) {
  return db
    .select({ ...listColumns, senderName: sender.realName, senderPhone: sender.phone })
    .from(letters)
    .innerJoin(sender, eq(sender.id, letters.authorId))
    .where(
      and(
        eq(letters.communityId, where.communityId),
        eq(letters.status, where.status),
        query.where,
      ),
    )
    .orderBy(...query.orderBy)
    .limit(query.limit);
}

/** 处理书记信箱: the community's letters of one status, newest first, one page at a time. */
export async function listCommunityLetters({
  actor,
  status,
  page = {},
}: {
  actor: Actor | null;
  status: HandlingStatus;
  page?: PageRequest;
}) {
  assertHandler(actor, "letter:handle");
  const query = keysetQuery(letters, page);
  const db = await getDb();
  const rows = await communityLettersQuery(db, { communityId: actor.communityId, status }, query);

  return maskSenders(toPage(rows, query));
}

async function findLetter(db: Executor, condition: SQL | undefined) {
  const [row] = await db
    .select({
      id: letters.id,
      communityId: letters.communityId,
      authorId: letters.authorId,
      title: letters.title,
      content: letters.content,
      contactPhone: letters.contactPhone,
      status: letters.status,
      createdAt: letters.createdAt,
      senderName: sender.realName,
      senderPhone: sender.phone,
      text: letters.reply,
      answeredAt: letters.repliedAt,
      answererName: replier.realName,
      answererVerifiedAt: replier.verifiedAt,
    })
    .from(letters)
    .innerJoin(sender, eq(sender.id, letters.authorId))
    .leftJoin(replier, eq(replier.id, letters.repliedById))
    .where(condition);
  if (!row) return null;
  const { senderPhone, text, answeredAt, answererName, answererVerifiedAt, ...letter } = row;

  return {
    ...letter,
    senderPhone: maskPhone(senderPhone),
    answer: storedAnswer({ text, answeredAt, answererName, answererVerifiedAt }),
  };
}

export type LetterDetail = NonNullable<Awaited<ReturnType<typeof findLetter>>>;

/** A letter its author reads; anyone else's letter is not found. */
export async function getMyLetter({ actor, letterId }: { actor: Actor | null; letterId: number }) {
  assertCan(actor, "letter:read-own");
  const db = await getDb();
  const letter = await findLetter(
    db,
    and(eq(letters.id, letterId), eq(letters.authorId, actor.id)),
  );
  if (!letter) throw notFound();

  return letter;
}

/** A letter of the actor's community, read by a verified secretary of it. */
export async function getLetterForHandling({
  actor,
  letterId,
}: {
  actor: Actor | null;
  letterId: number;
}) {
  assertHandler(actor, "letter:handle");
  const db = await getDb();
  const letter = await findLetter(
    db,
    and(eq(letters.id, letterId), eq(letters.communityId, actor.communityId)),
  );
  if (!letter) throw notFound();

  return letter;
}

/**
 * Stores the reply once: the update applies only while the letter is pending, so of two
 * secretaries answering at once exactly one succeeds; the other gets the answer that stands.
 * The author is notified in the same transaction.
 */
export async function replyToLetter({
  actor,
  letterId,
  reply,
}: {
  actor: Actor | null;
  letterId: number;
  reply: unknown;
}) {
  assertHandler(actor, "letter:handle");
  const answer = parseInput(replySchema, { reply }).reply;
  const db = await getDb();

  return db.transaction(async (tx) => {
    const [updated] = await tx
      .update(letters)
      .set({ status: "processed", reply: answer, repliedById: actor.id, repliedAt: sql`now()` })
      .where(
        and(
          eq(letters.id, letterId),
          eq(letters.communityId, actor.communityId),
          eq(letters.status, "pending"),
        ),
      )
      .returning({ id: letters.id, authorId: letters.authorId, title: letters.title });
    if (!updated) {
      const stored = await findLetter(
        tx,
        and(eq(letters.id, letterId), eq(letters.communityId, actor.communityId)),
      );
      if (!stored?.answer) throw notFound();
      throw new AlreadyProcessedError(stored.answer);
    }

    await notify(tx, {
      userId: updated.authorId,
      title: "您的信件已有回复",
      body: `社区书记已回复您的信件「${updated.title}」。`,
      link: `/user/letters/${updated.id}`,
    });

    return { id: updated.id };
  });
}
