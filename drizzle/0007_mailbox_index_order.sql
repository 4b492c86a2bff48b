DROP INDEX "appointments_community_status_idx";--> statement-breakpoint
DROP INDEX "appointments_community_recent_idx";--> statement-breakpoint
DROP INDEX "appointments_author_idx";--> statement-breakpoint
DROP INDEX "letters_community_status_idx";--> statement-breakpoint
DROP INDEX "letters_community_recent_idx";--> statement-breakpoint
DROP INDEX "letters_author_idx";--> statement-breakpoint
CREATE INDEX "appointments_community_status_idx" ON "appointments" USING btree ("community_id","status","created_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "appointments_community_recent_idx" ON "appointments" USING btree ("community_id","created_at" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "appointments_author_idx" ON "appointments" USING btree ("author_id","created_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "letters_community_status_idx" ON "letters" USING btree ("community_id","status","created_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "letters_community_recent_idx" ON "letters" USING btree ("community_id","created_at" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "letters_author_idx" ON "letters" USING btree ("author_id","created_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);