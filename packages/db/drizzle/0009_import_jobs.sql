CREATE TABLE "import_jobs" (
	"id" serial PRIMARY KEY NOT NULL,
	"format" text NOT NULL,
	"file_name" text NOT NULL,
	"file_path" text NOT NULL,
	"file_bytes" bigint NOT NULL,
	"dry_run" boolean DEFAULT false NOT NULL,
	"status" text DEFAULT 'queued' NOT NULL,
	"bytes_read" bigint DEFAULT 0 NOT NULL,
	"report" jsonb,
	"error" text,
	"attempts" integer DEFAULT 0 NOT NULL,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"started_at" timestamp with time zone,
	"heartbeat_at" timestamp with time zone,
	"finished_at" timestamp with time zone,
	CONSTRAINT "import_jobs_status" CHECK ("import_jobs"."status" in ('queued', 'running', 'done', 'failed', 'interrupted'))
);
--> statement-breakpoint
CREATE TABLE "article_days_pending" (
	"day" date NOT NULL,
	"delta" integer NOT NULL,
	"modified" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "import_jobs" ADD CONSTRAINT "import_jobs_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "import_jobs_status_idx" ON "import_jobs" USING btree ("status","id");--> statement-breakpoint
-- A bulk writer (the importer) sets `vestnik.defer_article_days = on` for its session: the
-- article_days triggers then append their change to article_days_pending instead of updating the
-- day's row, whose lock would queue every writer of the same day behind the others' commits (an
-- import of one day's 40 posts, 8 at a time, ran one after another). flushArticleDays adds the
-- pending changes up. Everyone else keeps the immediate update.
CREATE FUNCTION "article_days_deferred"() RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT coalesce(current_setting('vestnik.defer_article_days', true), '') = 'on';
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION "article_days_add"(p_day date, p_delta integer, p_modified timestamptz) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  IF "article_days_deferred"() THEN
    INSERT INTO "article_days_pending" ("day", "delta", "modified") VALUES (p_day, p_delta, p_modified);
    RETURN;
  END IF;
  INSERT INTO "article_days" AS d ("day", "articles", "last_modified")
  VALUES (p_day, greatest(p_delta, 0), p_modified)
  ON CONFLICT ("day") DO UPDATE
    SET "articles" = d."articles" + p_delta,
        "last_modified" = greatest(d."last_modified", excluded."last_modified");
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION "article_days_on_insert"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF "article_days_deferred"() THEN
    INSERT INTO "article_days_pending" ("day", "delta", "modified")
    SELECT ("publish_at" AT TIME ZONE 'UTC')::date, count(*), max(greatest("updated_at", "publish_at"))
    FROM new_rows WHERE "status" IN ('published', 'scheduled')
    GROUP BY 1;
    RETURN NULL;
  END IF;
  INSERT INTO "article_days" AS d ("day", "articles", "last_modified")
  SELECT ("publish_at" AT TIME ZONE 'UTC')::date, count(*), max(greatest("updated_at", "publish_at"))
  FROM new_rows WHERE "status" IN ('published', 'scheduled')
  GROUP BY 1 ORDER BY 1
  ON CONFLICT ("day") DO UPDATE
    SET "articles" = d."articles" + excluded."articles",
        "last_modified" = greatest(d."last_modified", excluded."last_modified");
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION "article_days_on_delete"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF "article_days_deferred"() THEN
    INSERT INTO "article_days_pending" ("day", "delta", "modified")
    SELECT ("publish_at" AT TIME ZONE 'UTC')::date, -count(*), now()
    FROM old_rows WHERE "status" IN ('published', 'scheduled')
    GROUP BY 1;
    RETURN NULL;
  END IF;
  UPDATE "article_days" AS d
  SET "articles" = d."articles" - gone.n, "last_modified" = greatest(d."last_modified", now())
  FROM (
    SELECT ("publish_at" AT TIME ZONE 'UTC')::date AS "day", count(*) AS n
    FROM old_rows WHERE "status" IN ('published', 'scheduled')
    GROUP BY 1 ORDER BY 1
  ) AS gone
  WHERE d."day" = gone."day";
  RETURN NULL;
END $$;
