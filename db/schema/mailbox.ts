import { sql } from "drizzle-orm";
import {
  type AnyPgColumn,
  boolean,
  check,
  date,
  index,
  integer,
  pgEnum,
  pgTable,
  text,
  timestamp,
} from "drizzle-orm/pg-core";
import { users } from "./accounts";
import { communities } from "./regions";

/** A processed item carries its answer and the time it was given. */
function isAnswered(text: AnyPgColumn, answeredAt: AnyPgColumn) {
  return sql`${text} is not null and ${answeredAt} is not null`;
}

export const handlingStatus = pgEnum("handling_status", ["pending", "processed"]);
export const halfDay = pgEnum("half_day", ["morning", "afternoon"]);

/**
 * 书记信箱. Once processed a letter never changes again: a trigger in the migrations refuses
 * any update of a processed row, whoever issues it.
 */
export const letters = pgTable(
  "letters",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    communityId: integer("community_id")
      .notNull()
      .references(() => communities.id),
    authorId: integer("author_id")
      .notNull()
      .references(() => users.id),
    title: text("title").notNull(),
    content: text("content").notNull(),
    contactPhone: text("contact_phone"),
    status: handlingStatus("status").notNull().default("pending"),
    reply: text("reply"),
    repliedById: integer("replied_by_id").references(() => users.id),
    repliedAt: timestamp("replied_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    // `desc nulls first` is what ORDER BY … DESC means: only then can the index give the order.
    index("letters_community_status_idx").on(
      table.communityId,
      table.status,
      table.createdAt.desc().nullsFirst(),
      table.id.desc().nullsFirst(),
    ),
    index("letters_community_recent_idx").on(
      table.communityId,
      table.createdAt.desc().nullsFirst(),
    ),
    index("letters_author_idx").on(
      table.authorId,
      table.createdAt.desc().nullsFirst(),
      table.id.desc().nullsFirst(),
    ),
    check(
      "letters_processed_has_reply",
      sql`${table.status} = 'pending' or (${isAnswered(table.reply, table.repliedAt)})`,
    ),
  ],
);

/** Matters residents can book, kept by admins; "other" is typed by the resident. */
export const appointmentMatters = pgTable("appointment_matters", {
  id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
  name: text("name").notNull().unique(),
  sortOrder: integer("sort_order").notNull().default(0),
  isActive: boolean("is_active").notNull().default(true),
});

/** 办事预约, locked once processed exactly like letters. */
export const appointments = pgTable(
  "appointments",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    communityId: integer("community_id")
      .notNull()
      .references(() => communities.id),
    authorId: integer("author_id")
      .notNull()
      .references(() => users.id),
    matterId: integer("matter_id").references(() => appointmentMatters.id),
    otherMatter: text("other_matter"),
    preferredDate: date("preferred_date").notNull(),
    halfDay: halfDay("half_day").notNull(),
    description: text("description").notNull(),
    contactPhone: text("contact_phone").notNull(),
    status: handlingStatus("status").notNull().default("pending"),
    result: text("result"),
    handledById: integer("handled_by_id").references(() => users.id),
    handledAt: timestamp("handled_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index("appointments_community_status_idx").on(
      table.communityId,
      table.status,
      table.createdAt.desc().nullsFirst(),
      table.id.desc().nullsFirst(),
    ),
    index("appointments_community_recent_idx").on(
      table.communityId,
      table.createdAt.desc().nullsFirst(),
    ),
    index("appointments_author_idx").on(
      table.authorId,
      table.createdAt.desc().nullsFirst(),
      table.id.desc().nullsFirst(),
    ),
    // Deleting a matter checks its references; without this it would read every appointment.
    index("appointments_matter_idx").on(table.matterId),
    check(
      "appointments_matter_given",
      sql`${table.matterId} is not null or ${table.otherMatter} is not null`,
    ),
    check(
      "appointments_processed_has_result",
      sql`${table.status} = 'pending' or (${isAnswered(table.result, table.handledAt)})`,
    ),
  ],
);

export type Letter = typeof letters.$inferSelect;
export type Appointment = typeof appointments.$inferSelect;
export type AppointmentMatter = typeof appointmentMatters.$inferSelect;
