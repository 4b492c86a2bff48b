import "server-only";
import { asc, desc, eq } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { getDb } from "@/db/client";
import { appointmentMatters, appointments, letters, users } from "@/db/schema";
import { type Actor, can } from "@/lib/auth/policy";
import { AppError } from "@/lib/errors";
import { maskPhone } from "@/lib/accounts/mask";
import { matterLabel } from "./appointments";

const RECENT_COUNT = 5;
const sender = alias(users, "sender");

export type RecentItem = {
  id: number;
  title: string;
  status: "pending" | "processed";
  createdAt: Date;
  sender: { name: string; phone: string } | null;
};

/**
 * The right side of the user center. A verified secretary sees the community's latest letters
 * and appointments, pending ones first (the order of the community/status index, so only the
 * rows shown are read); everyone else sees their own.
 */
export async function recentActivity({ actor }: { actor: Actor | null }) {
  if (!actor) throw new AppError("UNAUTHENTICATED");
  const isHandler = can(actor, "letter:handle", { communityId: actor.communityId });
  const db = await getDb();

  const letterOwner = isHandler
    ? eq(letters.communityId, actor.communityId)
    : eq(letters.authorId, actor.id);
  const letterOrder = isHandler
    ? [asc(letters.status), desc(letters.createdAt), desc(letters.id)]
    : [desc(letters.createdAt), desc(letters.id)];
  const appointmentOwner = isHandler
    ? eq(appointments.communityId, actor.communityId)
    : eq(appointments.authorId, actor.id);
  const appointmentOrder = isHandler
    ? [asc(appointments.status), desc(appointments.createdAt), desc(appointments.id)]
    : [desc(appointments.createdAt), desc(appointments.id)];

  const [letterRows, appointmentRows] = await Promise.all([
    db
      .select({
        id: letters.id,
        title: letters.title,
        status: letters.status,
        createdAt: letters.createdAt,
        senderName: sender.realName,
        senderPhone: sender.phone,
      })
      .from(letters)
      .innerJoin(sender, eq(sender.id, letters.authorId))
      .where(letterOwner)
      .orderBy(...letterOrder)
      .limit(RECENT_COUNT),
    db
      .select({
        id: appointments.id,
        title: matterLabel,
        status: appointments.status,
        createdAt: appointments.createdAt,
        senderName: sender.realName,
        senderPhone: sender.phone,
      })
      .from(appointments)
      .innerJoin(sender, eq(sender.id, appointments.authorId))
      .leftJoin(appointmentMatters, eq(appointmentMatters.id, appointments.matterId))
      .where(appointmentOwner)
      .orderBy(...appointmentOrder)
      .limit(RECENT_COUNT),
  ]);

  const toItem = ({
    senderName,
    senderPhone,
    ...row
  }: (typeof letterRows)[number]): RecentItem => ({
    ...row,
    sender: isHandler ? { name: senderName, phone: maskPhone(senderPhone) } : null,
  });

  return {
    scope: isHandler ? ("community" as const) : ("own" as const),
    letters: letterRows.map(toItem),
    appointments: appointmentRows.map(toItem),
  };
}
