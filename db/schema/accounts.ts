import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  index,
  integer,
  pgEnum,
  pgTable,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { timestamps } from "./columns";
import { communities } from "./regions";

export const userType = pgEnum("user_type", ["resident", "party_member", "secretary"]);
export const userRole = pgEnum("user_role", ["user", "admin"]);
export const userStatus = pgEnum("user_status", ["active", "disabled"]);

/**
 * Registration writes the row at step 1 and moves `registrationStep` on (2 type, 3 profile,
 * 4 volunteer, 5 done), so a registration stopped at any step resumes after login.
 * The ID number is stored encrypted (AES-256-GCM) with a keyed hash for uniqueness.
 */
export const users = pgTable(
  "users",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    phone: text("phone").notNull(),
    email: text("email"),
    realName: text("real_name").notNull(),
    passwordHash: text("password_hash").notNull(),
    role: userRole("role").notNull().default("user"),
    status: userStatus("status").notNull().default("active"),
    type: userType("type"),
    registrationStep: smallint("registration_step").notNull().default(2),
    communityId: integer("community_id")
      .notNull()
      .references(() => communities.id),
    sessionVersion: integer("session_version").notNull().default(1),
    position: text("position"),
    partyJoinedMonth: text("party_joined_month"),
    idNumberCipher: text("id_number_cipher"),
    idNumberHash: text("id_number_hash"),
    idNumberMasked: text("id_number_masked"),
    gender: text("gender"),
    ethnicity: text("ethnicity"),
    education: text("education"),
    workplace: text("workplace"),
    address: text("address"),
    isVolunteer: boolean("is_volunteer").notNull().default(false),
    volunteerTimes: text("volunteer_times")
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    volunteerCategories: text("volunteer_categories")
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    verifiedAt: timestamp("verified_at", { withTimezone: true }),
    ...timestamps,
  },
  (table) => [
    uniqueIndex("users_phone_idx").on(table.phone),
    uniqueIndex("users_email_idx").on(sql`lower(${table.email})`),
    uniqueIndex("users_id_number_hash_idx").on(table.idNumberHash),
    index("users_community_idx").on(table.communityId),
    index("users_real_name_idx").on(table.realName),
    check("users_registration_step_check", sql`${table.registrationStep} between 2 and 5`),
    check("users_party_month_check", sql`${table.partyJoinedMonth} ~ '^[0-9]{4}-[0-9]{2}$'`),
  ],
);

/** Server-drawn captcha: only a hash of the answer is kept; single use, limited tries. */
export const captchas = pgTable(
  "captchas",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    answerHash: text("answer_hash").notNull(),
    attempts: smallint("attempts").notNull().default(0),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index("captchas_expires_idx").on(table.expiresAt)],
);

/** Failed sign-ins, counted per account and per address for lockout (Postgres, not memory). */
export const loginFailures = pgTable(
  "login_failures",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    userId: integer("user_id").references(() => users.id, { onDelete: "cascade" }),
    address: text("address").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index("login_failures_user_idx").on(table.userId, table.createdAt),
    index("login_failures_address_idx").on(table.address, table.createdAt),
  ],
);

export const passwordResetTokens = pgTable(
  "password_reset_tokens",
  {
    tokenHash: text("token_hash").primaryKey(),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index("password_reset_tokens_user_idx").on(table.userId)],
);

export type User = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;
export type UserType = (typeof userType.enumValues)[number];
export type Captcha = typeof captchas.$inferSelect;
