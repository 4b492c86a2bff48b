import { index, integer, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./accounts";

export const fileDriver = pgEnum("file_driver", ["local", "uploadthing"]);
export const filePurpose = pgEnum("file_purpose", ["id_card", "verification_document"]);

/** Private files: the bytes live in a storage driver, reached only through an authorized route. */
export const files = pgTable(
  "files",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    ownerId: integer("owner_id")
      .notNull()
      .references(() => users.id),
    purpose: filePurpose("purpose").notNull(),
    driver: fileDriver("driver").notNull(),
    storageKey: text("storage_key").notNull(),
    contentType: text("content_type").notNull(),
    size: integer("size").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index("files_owner_idx").on(table.ownerId)],
);

export type StoredFile = typeof files.$inferSelect;
