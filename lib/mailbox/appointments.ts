import "server-only";
import { and, eq, type SQL, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { type Executor, getDb } from "@/db/client";
import { appointmentMatters, appointments, users } from "@/db/schema";
import { maskPhone } from "@/lib/accounts/mask";
import { type Actor, assertCan } from "@/lib/auth/policy";
import { fieldError } from "@/lib/errors";
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
import type { HandlingStatus } from "./letters";
import { appointmentSchema, OTHER_MATTER, OTHER_MATTER_LABEL, resultSchema } from "./schemas";

const sender = alias(users, "sender");
const handler = alias(users, "handler");

/** 户籍办理, or 其他（the resident's words） when the matter is not on the admins' list. */
export const matterLabel = sql<string>`coalesce(${appointmentMatters.name},
  ${OTHER_MATTER_LABEL} || '：' || ${appointments.otherMatter})`;

export async function bookAppointment({ actor, input }: { actor: Actor | null; input: unknown }) {
  assertCan(actor, "appointment:book");
  const { matter, otherMatter, ...booking } = parseInput(appointmentSchema, input);
  const db = await getDb();

  return db.transaction(async (tx) => {
    let matterId: number | null = null;
    if (matter !== OTHER_MATTER) {
      const [listed] = await tx
        .select({ id: appointmentMatters.id })
        .from(appointmentMatters)
        .where(
          and(eq(appointmentMatters.id, Number(matter)), eq(appointmentMatters.isActive, true)),
        );
      if (!listed) throw fieldError("matter", "该办事事项已停用，请重新选择");
      matterId = listed.id;
    }
    await assertWithinDailyLimit(tx, "appointment", actor.id);
    const [row] = await tx
      .insert(appointments)
      .values({
        ...booking,
        matterId,
        otherMatter: matterId === null ? (otherMatter as string) : null,
        communityId: actor.communityId,
        authorId: actor.id,
      })
      .returning({ id: appointments.id });

    return row as { id: number };
  });
}

const listColumns = {
  id: appointments.id,
  title: matterLabel,
  preferredDate: appointments.preferredDate,
  halfDay: appointments.halfDay,
  status: appointments.status,
  createdAt: appointments.createdAt,
  answeredAt: appointments.handledAt,
  cursor: cursorColumn(appointments),
};

/** 我的预约: the actor's own appointments, newest first. */
export async function listMyAppointments({
  actor,
  page = {},
}: {
  actor: Actor | null;
  page?: PageRequest;
}) {
  assertCan(actor, "appointment:read-own");
  const query = keysetQuery(appointments, page);
  const db = await getDb();
  const rows = await db
    .select(listColumns)
    .from(appointments)
    .leftJoin(appointmentMatters, eq(appointmentMatters.id, appointments.matterId))
    .where(and(eq(appointments.authorId, actor.id), query.where))
    .orderBy(...query.orderBy)
    .limit(query.limit);

  return toPage(rows, query);
}

/** The page query of the secretary's list, apart so that a test can EXPLAIN it. */
export function communityAppointmentsQuery(
  db: Executor,
  where: { communityId: number; status: HandlingStatus },
  query: KeysetQuery,
) {
  return db
    .select({ ...listColumns, senderName: sender.realName, senderPhone: sender.phone })
    .from(appointments)
    .innerJoin(sender, eq(sender.id, appointments.authorId))
    .leftJoin(appointmentMatters, eq(appointmentMatters.id, appointments.matterId))
    .where(
      and(
        eq(appointments.communityId, where.communityId),
        eq(appointments.status, where.status),
        query.where,
      ),
    )
    .orderBy(...query.orderBy)
    .limit(query.limit);
}

/** 处理办事预约: the community's appointments of one status, newest first. */
export async function listCommunityAppointments({
  actor,
  status,
  page = {},
}: {
  actor: Actor | null;
  status: HandlingStatus;
  page?: PageRequest;
}) {
  assertHandler(actor, "appointment:handle");
  const query = keysetQuery(appointments, page);
  const db = await getDb();
  const where = { communityId: actor.communityId, status };
  const rows = await communityAppointmentsQuery(db, where, query);

  return maskSenders(toPage(rows, query));
}

async function findAppointment(db: Executor, condition: SQL | undefined) {
  const [row] = await db
    .select({
      id: appointments.id,
      communityId: appointments.communityId,
      authorId: appointments.authorId,
      title: matterLabel,
      preferredDate: appointments.preferredDate,
      halfDay: appointments.halfDay,
      description: appointments.description,
      contactPhone: appointments.contactPhone,
      status: appointments.status,
      createdAt: appointments.createdAt,
      senderName: sender.realName,
      senderPhone: sender.phone,
      text: appointments.result,
      answeredAt: appointments.handledAt,
      answererName: handler.realName,
      answererVerifiedAt: handler.verifiedAt,
    })
    .from(appointments)
    .innerJoin(sender, eq(sender.id, appointments.authorId))
    .leftJoin(appointmentMatters, eq(appointmentMatters.id, appointments.matterId))
    .leftJoin(handler, eq(handler.id, appointments.handledById))
    .where(condition);
  if (!row) return null;
  const { senderPhone, text, answeredAt, answererName, answererVerifiedAt, ...appointment } = row;

  return {
    ...appointment,
    senderPhone: maskPhone(senderPhone),
    answer: storedAnswer({ text, answeredAt, answererName, answererVerifiedAt }),
  };
}

export type AppointmentDetail = NonNullable<Awaited<ReturnType<typeof findAppointment>>>;

/** An appointment its author reads; anyone else's is not found. */
export async function getMyAppointment({
  actor,
  appointmentId,
}: {
  actor: Actor | null;
  appointmentId: number;
}) {
  assertCan(actor, "appointment:read-own");
  const db = await getDb();
  const appointment = await findAppointment(
    db,
    and(eq(appointments.id, appointmentId), eq(appointments.authorId, actor.id)),
  );
  if (!appointment) throw notFound();

  return appointment;
}

export async function getAppointmentForHandling({
  actor,
  appointmentId,
}: {
  actor: Actor | null;
  appointmentId: number;
}) {
  assertHandler(actor, "appointment:handle");
  const db = await getDb();
  const appointment = await findAppointment(
    db,
    and(eq(appointments.id, appointmentId), eq(appointments.communityId, actor.communityId)),
  );
  if (!appointment) throw notFound();

  return appointment;
}

/** Stores the 处理结果 once, exactly like a reply to a letter; the resident is notified. */
export async function handleAppointment({
  actor,
  appointmentId,
  result,
}: {
  actor: Actor | null;
  appointmentId: number;
  result: unknown;
}) {
  assertHandler(actor, "appointment:handle");
  const answer = parseInput(resultSchema, { result }).result;
  const db = await getDb();

  return db.transaction(async (tx) => {
    const inCommunity = and(
      eq(appointments.id, appointmentId),
      eq(appointments.communityId, actor.communityId),
    );
    const [updated] = await tx
      .update(appointments)
      .set({ status: "processed", result: answer, handledById: actor.id, handledAt: sql`now()` })
      .where(and(inCommunity, eq(appointments.status, "pending")))
      .returning({ id: appointments.id, authorId: appointments.authorId });
    if (!updated) {
      const stored = await findAppointment(tx, inCommunity);
      if (!stored?.answer) throw notFound();
      throw new AlreadyProcessedError(stored.answer);
    }

    await notify(tx, {
      userId: updated.authorId,
      title: "您的办事预约已处理",
      body: "社区书记已处理您的办事预约，请查看处理结果。",
      link: `/user/appointments/${updated.id}`,
    });

    return { id: updated.id };
  });
}
