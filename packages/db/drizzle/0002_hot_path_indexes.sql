CREATE TABLE "article_days" (
	"day" date PRIMARY KEY NOT NULL,
	"articles" integer DEFAULT 0 NOT NULL,
	"last_modified" timestamp with time zone NOT NULL,
	CONSTRAINT "article_days_nonnegative" CHECK ("article_days"."articles" >= 0)
);
--> statement-breakpoint
CREATE INDEX "articles_featured_visible_idx" ON "articles" USING btree ("publish_at" DESC NULLS FIRST,"id" DESC NULLS FIRST) WHERE status in ('published', 'scheduled') and featured;--> statement-breakpoint
CREATE INDEX "articles_breaking_visible_idx" ON "articles" USING btree ("publish_at" DESC NULLS FIRST,"id" DESC NULLS FIRST) WHERE status in ('published', 'scheduled') and breaking;