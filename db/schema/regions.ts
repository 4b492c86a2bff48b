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
} from "drizzle-orm/pg-core";
import { timestamps } from "./columns";

/**
 * The official division tree down to streets (level 1 province … 4 street). Placeholder nodes
 * (市辖区, 县, 省直辖县级行政区划, a district that repeats its city) are kept for their codes but
 * skipped by the cascade: `visibleParentCode` points at the nearest real ancestor.
 */
export const regions = pgTable(
  "regions",
  {
    code: text("code").primaryKey(),
    name: text("name").notNull(),
    level: smallint("level").notNull(),
    parentCode: text("parent_code"),
    visibleParentCode: text("visible_parent_code"),
    isPlaceholder: boolean("is_placeholder").notNull().default(false),
    provinceCode: text("province_code").notNull(),
    cityCode: text("city_code"),
    districtCode: text("district_code"),
  },
  (table) => [
    index("regions_visible_parent_idx").on(table.visibleParentCode, table.code),
    index("regions_parent_idx").on(table.parentCode),
    check("regions_level_check", sql`${table.level} between 1 and 4`),
  ],
);

export const communityStatus = pgEnum("community_status", [
  "official",
  "pending",
  "approved",
  "merged",
]);

/**
 * What users belong to: the official communities and villages (居委会, 村委会) of the
 * statistics bureau, and ones users propose at registration, pending until an admin approves
 * them or merges them into an official one.
 */
export const communities = pgTable(
  "communities",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    code: text("code"),
    name: text("name").notNull(),
    districtCode: text("district_code")
      .notNull()
      .references(() => regions.code),
    streetCode: text("street_code").references(() => regions.code),
    status: communityStatus("status").notNull().default("official"),
    mergedIntoId: integer("merged_into_id"),
    proposedById: integer("proposed_by_id"),
    ...timestamps,
  },
  (table) => [
    uniqueIndex("communities_code_idx").on(table.code),
    index("communities_district_name_idx").on(table.districtCode, table.name),
    index("communities_status_idx")
      .on(table.status, table.createdAt)
      .where(sql`${table.status} = 'pending'`),
  ],
);

/** One row per finished import step, so an interrupted import resumes where it stopped. */
export const regionImportSteps = pgTable("region_import_steps", {
  step: text("step").primaryKey(),
  rowCount: integer("row_count").notNull(),
  completedAt: timestamp("completed_at", { withTimezone: true }).notNull().defaultNow(),
});

export type Region = typeof regions.$inferSelect;
export type NewRegion = typeof regions.$inferInsert;
export type Community = typeof communities.$inferSelect;
export type NewCommunity = typeof communities.$inferInsert;
