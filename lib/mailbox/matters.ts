import "server-only";
import { asc, eq, ne, and } from "drizzle-orm";
import { getDb, type Transaction } from "@/db/client";
import { appointmentMatters, appointments } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import { type Actor, assertCan } from "@/lib/auth/policy";
import { AppError, fieldError } from "@/lib/errors";
import { notFound, parseInput } from "./common";
import { matterSchema } from "./schemas";

const order = [asc(appointmentMatters.sortOrder), asc(appointmentMatters.name)];

/** The matters a resident may choose when booking, in the admins' order. */
export async function listBookableMatters() {
  const db = await getDb();

  return db
    .select({ id: appointmentMatters.id, name: appointmentMatters.name })
    .from(appointmentMatters)
    .where(eq(appointmentMatters.isActive, true))
    .orderBy(...order);
}

/** 办事事项 in the admin console: every matter, stopped ones included. */
export async function listMatters({ actor }: { actor: Actor | null }) {
  assertCan(actor, "matter:manage");
  const db = await getDb();

  return db
    .select()
    .from(appointmentMatters)
    .orderBy(...order);
}

async function assertNameFree(tx: Transaction, name: string, exceptId?: number) {
  const condition = exceptId
    ? and(eq(appointmentMatters.name, name), ne(appointmentMatters.id, exceptId))
    : eq(appointmentMatters.name, name);
  const [taken] = await tx
    .select({ id: appointmentMatters.id })
    .from(appointmentMatters)
    .where(condition);
  if (taken) throw fieldError("name", "已有同名的办事事项");
}

export async function createMatter({ actor, input }: { actor: Actor | null; input: unknown }) {
  assertCan(actor, "matter:manage");
  const matter = parseInput(matterSchema, input);
  const db = await getDb();

  return db.transaction(async (tx) => {
    await assertNameFree(tx, matter.name);
    const [row] = await tx
      .insert(appointmentMatters)
      .values(matter)
      .returning({ id: appointmentMatters.id });
    const created = row as { id: number };
    await recordAudit(tx, {
      actorId: actor.id,
      action: "matter.create",
      targetType: "appointment_matter",
      targetId: created.id,
      detail: { name: matter.name },
    });

    return created;
  });
}

/** Renames, reorders, stops or resumes a matter; booked appointments keep their matter. */
export async function updateMatter({
  actor,
  matterId,
  input,
}: {
  actor: Actor | null;
  matterId: number;
  input: unknown;
}) {
  assertCan(actor, "matter:manage");
  const matter = parseInput(matterSchema, input);
  const db = await getDb();

  await db.transaction(async (tx) => {
    await assertNameFree(tx, matter.name, matterId);
    const [row] = await tx
      .update(appointmentMatters)
      .set(matter)
      .where(eq(appointmentMatters.id, matterId))
      .returning({ id: appointmentMatters.id });
    if (!row) throw notFound();
    await recordAudit(tx, {
      actorId: actor.id,
      action: "matter.update",
      targetType: "appointment_matter",
      targetId: matterId,
      detail: matter,
    });
  });
}

/** Deletes a matter no appointment names; one in use can only be stopped. */
export async function deleteMatter({ actor, matterId }: { actor: Actor | null; matterId: number }) {
  assertCan(actor, "matter:manage");
  const db = await getDb();

  await db.transaction(async (tx) => {
    const [used] = await tx
      .select({ id: appointments.id })
      .from(appointments)
      .where(eq(appointments.matterId, matterId))
      .limit(1);
    if (used)
      throw new AppError("CONFLICT", "已有预约使用该事项，不能删除；如不再受理，请改为停用");
    const [row] = await tx
      .delete(appointmentMatters)
      .where(eq(appointmentMatters.id, matterId))
      .returning({ name: appointmentMatters.name });
    if (!row) throw notFound();
    await recordAudit(tx, {
      actorId: actor.id,
      action: "matter.delete",
      targetType: "appointment_matter",
      targetId: matterId,
      detail: { name: row.name },
    });
  });
}
