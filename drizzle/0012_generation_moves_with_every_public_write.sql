-- The data generation (migration 0006, ADR 011) moved only with audit rows, so a write without one (a municipality's
-- coordinates and `select refresh_public_counts()`, a fix in psql, a restore) left cached pages stale. Now every
-- statement that changes a table the public can see moves it, once per transaction, and the new value is sent
-- with NOTIFY at commit, so an embedded database's one process can keep it in memory (get-data-generation.ts).
CREATE OR REPLACE FUNCTION data_generation_bump() RETURNS trigger AS $$
DECLARE
  moved bigint;
BEGIN
  -- Transaction-local, and undone with a rolled-back savepoint like the update itself: one bump per transaction.
  IF current_setting('pps.generation_moved', true) IS DISTINCT FROM 'on' THEN
    UPDATE data_generation SET value = value + 1 WHERE id = 1 RETURNING value INTO moved;
    PERFORM set_config('pps.generation_moved', 'on', true);
    PERFORM pg_notify('data_generation', moved::text);
  END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
-- Every table but the ones only the portal and the app's own bookkeeping use: sessions, throttling, mail, visit
-- counts (written on cached hits: moving the generation there would empty the cache on every visit) and the
-- counter itself. A table added later that the public can see needs this trigger in its own migration.
DO $$
DECLARE
  t text;
BEGIN
  FOR t IN
    SELECT tablename FROM pg_tables WHERE schemaname = current_schema() AND tablename NOT IN (
      'audit_log', 'data_generation', 'public_figures_dirty', 'sessions', 'login_attempts', 'outbox', 'page_views',
      'password_reset_tokens', 'invitations', 'user_identities', 'users'
    )
  LOOP
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION data_generation_bump()',
      t || '_moves_generation', t);
  END LOOP;
END;
$$;
