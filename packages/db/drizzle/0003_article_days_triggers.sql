-- article_days (the sitemap index's articles per UTC day) is kept by these triggers, so that every
-- write path (admin, seed, generator, tests, hand-written SQL) keeps it right without calling
-- anything. Inserts and deletes are handled per statement (a 1,000-row batch is one upsert per
-- day, taken in day order so concurrent writers lock days in the same order); updates per row, and
-- only when the status, the time or the edit time change: the view counter's updates never fire.
CREATE FUNCTION "article_days_add"(p_day date, p_delta integer, p_modified timestamptz) RETURNS void
LANGUAGE sql AS $$
  INSERT INTO "article_days" AS d ("day", "articles", "last_modified")
  VALUES (p_day, greatest(p_delta, 0), p_modified)
  ON CONFLICT ("day") DO UPDATE
    SET "articles" = d."articles" + p_delta,
        "last_modified" = greatest(d."last_modified", excluded."last_modified");
$$;
--> statement-breakpoint
CREATE FUNCTION "article_days_on_insert"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
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
CREATE FUNCTION "article_days_on_delete"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
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
--> statement-breakpoint
CREATE FUNCTION "article_days_on_update"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  old_day date;
  new_day date;
BEGIN
  IF OLD."status" IN ('published', 'scheduled') THEN
    old_day := (OLD."publish_at" AT TIME ZONE 'UTC')::date;
  END IF;
  IF NEW."status" IN ('published', 'scheduled') THEN
    new_day := (NEW."publish_at" AT TIME ZONE 'UTC')::date;
  END IF;
  IF old_day IS NOT NULL AND old_day IS DISTINCT FROM new_day THEN
    -- The article left that day: its file changed now.
    PERFORM "article_days_add"(old_day, -1, now());
  END IF;
  IF new_day IS NOT NULL THEN
    PERFORM "article_days_add"(
      new_day,
      CASE WHEN new_day IS DISTINCT FROM old_day THEN 1 ELSE 0 END,
      greatest(NEW."updated_at", NEW."publish_at")
    );
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION "article_days_on_truncate"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  TRUNCATE "article_days";
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER "article_days_insert" AFTER INSERT ON "articles"
  REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "article_days_on_insert"();
--> statement-breakpoint
CREATE TRIGGER "article_days_delete" AFTER DELETE ON "articles"
  REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "article_days_on_delete"();
--> statement-breakpoint
CREATE TRIGGER "article_days_update" AFTER UPDATE OF "status", "publish_at", "updated_at" ON "articles"
  FOR EACH ROW
  WHEN (OLD."status" IS DISTINCT FROM NEW."status"
    OR OLD."publish_at" IS DISTINCT FROM NEW."publish_at"
    OR OLD."updated_at" IS DISTINCT FROM NEW."updated_at")
  EXECUTE FUNCTION "article_days_on_update"();
--> statement-breakpoint
CREATE TRIGGER "article_days_truncate" AFTER TRUNCATE ON "articles"
  FOR EACH STATEMENT EXECUTE FUNCTION "article_days_on_truncate"();
--> statement-breakpoint
-- The days of the articles already there.
INSERT INTO "article_days" ("day", "articles", "last_modified")
SELECT ("publish_at" AT TIME ZONE 'UTC')::date, count(*), max(greatest("updated_at", "publish_at"))
FROM "articles" WHERE "status" IN ('published', 'scheduled')
GROUP BY 1;
