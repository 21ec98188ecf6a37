CREATE TABLE "imported_articles" (
	"source" text NOT NULL,
	"external_id" text NOT NULL,
	"article_id" integer NOT NULL,
	"content_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "imported_articles_source_external_id_pk" PRIMARY KEY("source","external_id")
);
--> statement-breakpoint
CREATE TABLE "legacy_urls" (
	"path" text PRIMARY KEY NOT NULL,
	"source" text NOT NULL,
	"article_id" integer,
	"rubric_id" integer,
	"tag_id" integer,
	CONSTRAINT "legacy_urls_one_target" CHECK (num_nonnulls("legacy_urls"."article_id", "legacy_urls"."rubric_id", "legacy_urls"."tag_id") = 1)
);
--> statement-breakpoint
ALTER TABLE "imported_articles" ADD CONSTRAINT "imported_articles_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "legacy_urls" ADD CONSTRAINT "legacy_urls_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "legacy_urls" ADD CONSTRAINT "legacy_urls_rubric_id_rubrics_id_fk" FOREIGN KEY ("rubric_id") REFERENCES "public"."rubrics"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "legacy_urls" ADD CONSTRAINT "legacy_urls_tag_id_tags_id_fk" FOREIGN KEY ("tag_id") REFERENCES "public"."tags"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "imported_articles_article_idx" ON "imported_articles" USING btree ("article_id");--> statement-breakpoint
CREATE INDEX "legacy_urls_article_idx" ON "legacy_urls" USING btree ("article_id");--> statement-breakpoint
-- The site answers old addresses (legacy_urls) with a 301, so it reads them; which archive item
-- became which article (imported_articles) is the importer's business only. The admin role gets
-- both through 0007's default privileges.
DO $$
BEGIN
  IF EXISTS (SELECT FROM pg_roles WHERE rolname = 'vestnik_site') THEN
    GRANT SELECT ON legacy_urls TO vestnik_site;
  END IF;
END $$;
