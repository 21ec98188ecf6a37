-- Least privilege (README, "Database roles"). Three identities use the database:
--   the owner (DATABASE_URL) runs migrations, the seed and the generator, and owns every table;
--   vestnik_site (SITE_DATABASE_URL): the public site reads what readers see and counts views;
--   vestnik_admin (ADMIN_DATABASE_URL): the newsroom reads and writes rows, never the schema.
-- Both are NOLOGIN group roles: a DBA (or the launcher, for the embedded and test databases)
-- creates login roles that are members of them, so passwords never live in a migration.
--
-- Idempotent, so that a DBA can re-run this file with psql. Role names are cluster-wide while
-- migrations run per database, sometimes in several databases of one server at the same moment
-- (parallel test runs): the migration advisory lock is per database and does not serialise them,
-- so creating a role tolerates one that exists, or that another database's migration creates
-- between our check and our CREATE (duplicate_object, or unique_violation once it commits).
DO $$
DECLARE
  role_name text;
BEGIN
  FOREACH role_name IN ARRAY ARRAY['vestnik_site', 'vestnik_admin'] LOOP
    CONTINUE WHEN EXISTS (SELECT FROM pg_roles WHERE rolname = role_name);
    BEGIN
      EXECUTE format('CREATE ROLE %I NOLOGIN', role_name);
    EXCEPTION
      WHEN duplicate_object OR unique_violation THEN NULL;
      -- An owner without CREATEROLE: the apps keep working on DATABASE_URL (each app falls back to
      -- it), so the upgrade must not fail; the warning tells the DBA what to run.
      WHEN insufficient_privilege THEN
        RAISE WARNING 'Role % was not created (% may not create roles): a DBA runs CREATE ROLE % NOLOGIN, then psql -f packages/db/drizzle/0006_roles.sql', role_name, current_user, role_name;
    END;
  END LOOP;
END $$;
--> statement-breakpoint
DO $$
BEGIN
  IF (SELECT count(*) FROM pg_roles WHERE rolname IN ('vestnik_site', 'vestnik_admin')) < 2 THEN
    RAISE WARNING 'Roles vestnik_site and vestnik_admin are missing: their grants were skipped';
    RETURN;
  END IF;

  -- The PostgreSQL 15 default, stated for clusters upgraded from older versions: only the owner
  -- creates objects in the schema. Neither role has DDL of its own.
  REVOKE CREATE ON SCHEMA public FROM PUBLIC;
  GRANT USAGE ON SCHEMA public TO vestnik_site, vestnik_admin;

  -- The site reads what public pages, feeds, sitemaps, search, "Популярное" and preview links
  -- show (previews read unpublished articles, so articles is readable whole). Not readable:
  -- login_attempts, audit_log, article_revisions, and of users everything but a byline.
  GRANT SELECT ON
    articles, article_slugs, article_authors, article_tags, article_sources, article_related,
    corrections, media, rubrics, tags, sources,
    article_views_daily, article_views_recent, popular_windows, article_days
  TO vestnik_site;
  GRANT SELECT (id, name, slug, bio) ON users TO vestnik_site;

  -- The view counter (incrementArticleViews): the article total and the day row, nothing else of
  -- either table. The article_days triggers never fire for it (they watch status, publish_at and
  -- updated_at, which the site cannot update).
  GRANT UPDATE (view_count) ON articles TO vestnik_site;
  GRANT INSERT (article_id, day, views), UPDATE (views) ON article_views_daily TO vestnik_site;
  -- What the counter's flush writes through advancePopularWindows, which the site runs itself, and
  -- through the article_views_daily trigger. The trigger functions stay SECURITY INVOKER: the
  -- site needs these grants for advancePopularWindows anyway, and a SECURITY DEFINER function
  -- would run as the owner (a superuser on embedded and test servers), turning any flaw in it into
  -- the owner's rights instead of the site's. UPDATE (first_day) also lets it lock the windows
  -- (FOR SHARE / FOR UPDATE need UPDATE on a column).
  GRANT INSERT (period, article_id, views), UPDATE (views), DELETE
    ON article_views_recent TO vestnik_site;
  GRANT UPDATE (first_day) ON popular_windows TO vestnik_site;

  -- The admin: rows of every application table (including what triggers maintain), no DDL, no
  -- roles. Tables created later by the owner get the same; the site gets nothing by default, so
  -- that a new table (a token store, say) is never readable by the public process unless a
  -- migration grants it (test/roles.test.ts lists every table's decision).
  GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO vestnik_admin;
  GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO vestnik_admin;
  ALTER DEFAULT PRIVILEGES IN SCHEMA public
    GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO vestnik_admin;
  ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO vestnik_admin;
END $$;
