import { sql } from "drizzle-orm";
import {
  index,
  integer,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { users } from "./accounts";
import { files } from "./files";

export const verificationStatus = pgEnum("verification_status", [
  "pending",
  "approved",
  "rejected",
]);

/** A secretary's identity verification; at most one pending per user, enforced by an index. */
export const verifications = pgTable(
  "verifications",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id),
    status: verificationStatus("status").notNull().default("pending"),
    idCardFileId: uuid("id_card_file_id")
      .notNull()
      .references(() => files.id),
    documentFileId: uuid("document_file_id")
      .notNull()
      .references(() => files.id),
    submittedAt: timestamp("submitted_at", { withTimezone: true }).notNull().defaultNow(),
    reviewedById: integer("reviewed_by_id").references(() => users.id),
    reviewedAt: timestamp("reviewed_at", { withTimezone: true }),
    rejectReason: text("reject_reason"),
  },
  (table) => [
    uniqueIndex("verifications_one_pending_idx")
      .on(table.userId)
      .where(sql`${table.status} = 'pending'`),
    index("verifications_user_idx").on(table.userId, table.submittedAt),
    index("verifications_pending_idx")
      .on(table.submittedAt)
      .where(sql`${table.status} = 'pending'`),
  ],
);

export type Verification = typeof verifications.$inferSelect;
