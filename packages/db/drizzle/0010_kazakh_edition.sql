ALTER TABLE "articles" ADD COLUMN "translation_group" integer;--> statement-breakpoint
ALTER TABLE "rubrics" ADD COLUMN "name_kk" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "rubrics" ADD COLUMN "description_kk" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "tags" ADD COLUMN "name_kk" text DEFAULT '' NOT NULL;--> statement-breakpoint
CREATE INDEX "articles_locale_visible_idx" ON "articles" USING btree ("locale","publish_at" DESC NULLS FIRST,"id" DESC NULLS FIRST) WHERE status in ('published', 'scheduled');--> statement-breakpoint
CREATE INDEX "articles_rubric_locale_visible_idx" ON "articles" USING btree ("rubric_id","locale","publish_at" DESC NULLS FIRST,"id" DESC NULLS FIRST) WHERE status in ('published', 'scheduled');--> statement-breakpoint
CREATE INDEX "articles_locale_featured_visible_idx" ON "articles" USING btree ("locale","publish_at" DESC NULLS FIRST,"id" DESC NULLS FIRST) WHERE status in ('published', 'scheduled') and featured;--> statement-breakpoint
CREATE INDEX "articles_locale_breaking_visible_idx" ON "articles" USING btree ("locale","publish_at" DESC NULLS FIRST,"id" DESC NULLS FIRST) WHERE status in ('published', 'scheduled') and breaking;--> statement-breakpoint
CREATE INDEX "articles_locale_popular_idx" ON "articles" USING btree ("locale","view_count" DESC NULLS FIRST,"id" DESC NULLS FIRST) WHERE status in ('published', 'scheduled');--> statement-breakpoint
CREATE UNIQUE INDEX "articles_translation_locale_key" ON "articles" USING btree ("translation_group","locale") WHERE translation_group is not null;