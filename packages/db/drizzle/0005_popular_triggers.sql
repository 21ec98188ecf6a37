-- article_views_recent (reads per article in each "Популярное" window) follows every write to
-- article_views_daily: the view counter's upserts, seeds, generators and deletes alike. A row
-- counts in a period when its day is on or after the window's first day. The windows are read
-- FOR SHARE (in period order) so that advancePopularWindows, which moves them FOR UPDATE in the
-- same order, never subtracts a day while a write to that day is adding to it.
CREATE FUNCTION "article_views_recent_track"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  w record;
BEGIN
  FOR w IN SELECT "period", "first_day" FROM "popular_windows" ORDER BY "period" FOR SHARE LOOP
    IF TG_OP IN ('UPDATE', 'DELETE') AND OLD."day" >= w."first_day" THEN
      UPDATE "article_views_recent" SET "views" = "views" - OLD."views"
      WHERE "period" = w."period" AND "article_id" = OLD."article_id";
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') AND NEW."day" >= w."first_day" THEN
      INSERT INTO "article_views_recent" AS r ("period", "article_id", "views")
      VALUES (w."period", NEW."article_id", NEW."views")
      ON CONFLICT ("period", "article_id") DO UPDATE SET "views" = r."views" + excluded."views";
    END IF;
  END LOOP;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER "article_views_recent_track" AFTER INSERT OR UPDATE OR DELETE ON "article_views_daily"
  FOR EACH ROW EXECUTE FUNCTION "article_views_recent_track"();
--> statement-breakpoint
-- Nothing summed yet: the first advancePopularWindows (the view counter's next flush) fills them.
INSERT INTO "popular_windows" ("period", "first_day")
VALUES ('day', '9999-12-31'), ('month', '9999-12-31'), ('week', '9999-12-31');
