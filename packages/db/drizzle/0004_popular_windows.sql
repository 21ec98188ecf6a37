CREATE TABLE "article_views_recent" (
	"period" text NOT NULL,
	"article_id" integer NOT NULL,
	"views" bigint NOT NULL,
	CONSTRAINT "article_views_recent_period_article_id_pk" PRIMARY KEY("period","article_id")
);
--> statement-breakpoint
CREATE TABLE "popular_windows" (
	"period" text PRIMARY KEY NOT NULL,
	"first_day" date NOT NULL
);
--> statement-breakpoint
CREATE INDEX "article_views_recent_rank_idx" ON "article_views_recent" USING btree ("period","views" DESC NULLS FIRST,"article_id" DESC NULLS FIRST);