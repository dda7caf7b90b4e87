-- Incremental public figures (ADR 013): a write refreshes only what it touched, at commit, in its own transaction.
-- Statement triggers note the consortia, pps'en, organisations and scopes a statement changed (from its transition
-- tables); the deferred triggers of 0007 then flush each kind once. A statement of more than 5.000 rows (a COPY,
-- the scale generator, a restore) asks for the whole rebuild of 0007 instead.
CREATE TABLE public_figures_dirty (
  txid bigint NOT NULL,
  kind text NOT NULL,
  consortium_id integer,
  pps_id integer,
  organisation_id integer,
  scope text
);
--> statement-breakpoint
CREATE INDEX public_figures_dirty_txid_idx ON public_figures_dirty (txid, kind);
--> statement-breakpoint
-- Which scopes hold each organisation: the distinct step of the composition, kept, so that a partner edit recounts
-- only the organisations it touched instead of 825.000 memberships.
CREATE TABLE public_scope_organisations (
  programme_id integer NOT NULL,
  scope text NOT NULL,
  organisation_id integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX public_scope_organisations_org_idx ON public_scope_organisations (organisation_id);
--> statement-breakpoint
-- One row per scope and composition category, so deltas can be added with ON CONFLICT.
CREATE UNIQUE INDEX public_composition_category_idx ON public_composition
  (programme_id, scope, kind, coalesce(education_level, ''), coalesce(company_size, ''), coalesce(government_level, ''));
--> statement-breakpoint
-- Scope keys that name one consortium sort apart from the aggregate ones.
CREATE INDEX public_budget_scope_idx ON public_budget (scope);
--> statement-breakpoint
CREATE INDEX public_realisations_scope_idx ON public_realisations (scope);
--> statement-breakpoint
CREATE INDEX public_targets_scope_idx ON public_targets (scope);
--> statement-breakpoint
CREATE INDEX public_counts_scope_idx ON public_counts (scope);
--> statement-breakpoint
-- The whole composition, now through public_scope_organisations (restore, generator, big statements).
CREATE OR REPLACE FUNCTION refresh_public_composition() RETURNS void AS $$
BEGIN
  PERFORM pg_advisory_xact_lock(hashtext('public_composition'));
  PERFORM set_config('work_mem', '64MB', true);
  DELETE FROM public_scope_organisations;
  INSERT INTO public_scope_organisations
    SELECT DISTINCT s.programme_id, s.scope, m.organisation_id FROM public_scope_pps s JOIN memberships m ON m.pps_id = s.pps_id;
  DELETE FROM public_composition;
  INSERT INTO public_composition
    SELECT d.programme_id, d.scope, o.kind::text, o.education_level::text, o.company_size::text, o.government_level::text, count(*)::int
    FROM public_scope_organisations d JOIN organisations o ON o.id = d.organisation_id
    GROUP BY 1, 2, 3, 4, 5, 6;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
-- Adds ±1 per organisation that entered or left a scope (pf_composition_delta) to its category's count.
CREATE OR REPLACE FUNCTION apply_public_composition_delta() RETURNS void AS $$
BEGIN
  INSERT INTO public_composition AS c
    SELECT programme_id, scope, kind, education_level, company_size, government_level, sum(d)::int
    FROM pf_composition_delta GROUP BY 1, 2, 3, 4, 5, 6 HAVING sum(d) <> 0
  ON CONFLICT (programme_id, scope, kind, coalesce(education_level, ''), coalesce(company_size, ''), coalesce(government_level, ''))
  DO UPDATE SET organisations = c.organisations + excluded.organisations;
  DELETE FROM public_composition WHERE organisations = 0;
  TRUNCATE pf_composition_delta;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION public_composition_delta_table() RETURNS void AS $$
BEGIN
  CREATE TEMP TABLE IF NOT EXISTS pf_composition_delta (
    programme_id integer, scope text, kind text, education_level text, company_size text, government_level text, d integer);
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
-- The organisations of the touched pps'en (and of touched consortia's pps'en) are recounted: their scopes now,
-- against the scopes recorded, and each difference moves the count of the organisation's category by one.
CREATE OR REPLACE FUNCTION flush_public_composition(tx bigint) RETURNS void AS $$
DECLARE
  orgs integer[];
BEGIN
  PERFORM pg_advisory_xact_lock(hashtext('public_composition'));
  SELECT array_agg(DISTINCT o) INTO orgs FROM (
    SELECT d.organisation_id AS o FROM public_figures_dirty d WHERE d.txid = tx AND d.kind = 'composition' AND d.organisation_id IS NOT NULL
    UNION SELECT m.organisation_id FROM public_figures_dirty d JOIN memberships m ON m.pps_id = d.pps_id
      WHERE d.txid = tx AND d.kind = 'composition'
    UNION SELECT m.organisation_id FROM public_figures_dirty d JOIN pps p ON p.consortium_id = d.consortium_id JOIN memberships m ON m.pps_id = p.id
      WHERE d.txid = tx AND d.kind = 'composition') x;
  IF orgs IS NULL THEN RETURN; END IF;
  IF cardinality(orgs) > 20000 THEN PERFORM refresh_public_composition(); RETURN; END IF;
  PERFORM public_composition_delta_table();
  CREATE TEMP TABLE IF NOT EXISTS pf_scope_orgs_new (programme_id integer, scope text, organisation_id integer);
  TRUNCATE pf_scope_orgs_new;
  INSERT INTO pf_scope_orgs_new
    SELECT DISTINCT s.programme_id, s.scope, m.organisation_id
    FROM memberships m JOIN public_scope_pps s ON s.pps_id = m.pps_id WHERE m.organisation_id = ANY(orgs);
  INSERT INTO pf_composition_delta
    SELECT coalesce(n.programme_id, o.programme_id), coalesce(n.scope, o.scope), g.kind::text, g.education_level::text,
      g.company_size::text, g.government_level::text, CASE WHEN o.scope IS NULL THEN 1 ELSE -1 END
    FROM pf_scope_orgs_new n
    FULL JOIN (SELECT * FROM public_scope_organisations WHERE organisation_id = ANY(orgs)) o
      ON o.programme_id = n.programme_id AND o.scope = n.scope AND o.organisation_id = n.organisation_id
    JOIN organisations g ON g.id = coalesce(n.organisation_id, o.organisation_id)
    WHERE n.scope IS NULL OR o.scope IS NULL;
  DELETE FROM public_scope_organisations WHERE organisation_id = ANY(orgs);
  INSERT INTO public_scope_organisations SELECT * FROM pf_scope_orgs_new;
  PERFORM apply_public_composition_delta();
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
-- The scopes a flush of consortium figures redoes: each touched consortium's own, the aggregate scopes it is in
-- now, and those it left in this transaction (noted from the old rows of its provinces and sectors).
CREATE OR REPLACE FUNCTION public_figures_scopes(tx bigint, k text, OUT own text[], OUT shared text[], OUT ids integer[]) AS $$
BEGIN
  SELECT array_agg(DISTINCT d.consortium_id) INTO ids
    FROM (SELECT consortium_id FROM public_figures_dirty WHERE txid = tx AND kind = k AND consortium_id IS NOT NULL
          UNION SELECT p.consortium_id FROM public_figures_dirty x JOIN pps p ON p.id = x.pps_id WHERE x.txid = tx AND x.kind = k) d;
  own := ARRAY(SELECT 'consortium:' || unnest(coalesce(ids, '{}')));
  shared := ARRAY(SELECT DISTINCT s FROM (
    SELECT scope AS s FROM public_scope_consortia WHERE consortium_id = ANY(coalesce(ids, '{}')) AND scope NOT LIKE 'consortium:%'
    UNION SELECT scope FROM public_figures_dirty WHERE txid = tx AND kind = k AND scope IS NOT NULL
    UNION SELECT 'alle' WHERE cardinality(coalesce(ids, '{}')) > 0) x);
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
-- Budget: the touched consortia's rows from their budget lines, then each affected aggregate scope as the sum of
-- its consortia's rows (sums are additive: 1.500 rows per year and action line instead of 375.000 lines).
CREATE OR REPLACE FUNCTION flush_public_budget(tx bigint) RETURNS void AS $$
DECLARE
  sc record;
BEGIN
  PERFORM pg_advisory_xact_lock(hashtext('public_budget'));
  SELECT * INTO sc FROM public_figures_scopes(tx, 'budget');
  IF sc.ids IS NULL THEN RETURN; END IF;
  DELETE FROM public_budget WHERE scope = ANY(sc.own || sc.shared);
  INSERT INTO public_budget
    SELECT c.programme_id, 'consortium:' || c.id, b.action_line_id, b.year,
      coalesce(sum(b.planned_amount) FILTER (WHERE b.source = 'ngf_subsidie'), 0),
      coalesce(sum(b.planned_amount) FILTER (WHERE b.source <> 'ngf_subsidie'), 0)
    FROM consortia c JOIN budget_lines b ON b.consortium_id = c.id WHERE c.id = ANY(sc.ids)
    GROUP BY 1, 2, 3, 4;
  INSERT INTO public_budget
    SELECT s.programme_id, s.scope, b.action_line_id, b.year, sum(b.subsidy), sum(b.cofinancing)
    FROM public_scope_consortia s JOIN public_budget b ON b.programme_id = s.programme_id AND b.scope = 'consortium:' || s.consortium_id
    WHERE s.scope = ANY(sc.shared)
    GROUP BY 1, 2, 3, 4;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
-- Goals: the same for realised values (a consortium's own row counts it once) and targets.
CREATE OR REPLACE FUNCTION flush_public_goals(tx bigint) RETURNS void AS $$
DECLARE
  sc record;
BEGIN
  PERFORM pg_advisory_xact_lock(hashtext('public_goals'));
  SELECT * INTO sc FROM public_figures_scopes(tx, 'goals');
  IF sc.ids IS NULL THEN RETURN; END IF;
  DELETE FROM public_realisations WHERE scope = ANY(sc.own || sc.shared);
  INSERT INTO public_realisations
    SELECT c.programme_id, 'consortium:' || c.id, v.indicator_id, r.period_year, sum(v.value), 1
    FROM consortia c JOIN progress_reports r ON r.consortium_id = c.id AND r.status = 'goedgekeurd'
    JOIN report_indicator_values v ON v.report_id = r.id AND v.breakdown = ''
    WHERE c.id = ANY(sc.ids) GROUP BY 1, 2, 3, 4;
  INSERT INTO public_realisations
    SELECT s.programme_id, s.scope, x.indicator_id, x.year, sum(x.value), sum(x.consortia)::int
    FROM public_scope_consortia s JOIN public_realisations x ON x.programme_id = s.programme_id AND x.scope = 'consortium:' || s.consortium_id
    WHERE s.scope = ANY(sc.shared) GROUP BY 1, 2, 3, 4;
  DELETE FROM public_targets WHERE scope = ANY(sc.own || sc.shared);
  INSERT INTO public_targets
    SELECT c.programme_id, 'consortium:' || c.id, t.indicator_id, sum(t.baseline_value), sum(t.target_value), max(t.target_year)
    FROM consortia c JOIN targets t ON t.consortium_id = c.id WHERE c.id = ANY(sc.ids) GROUP BY 1, 2, 3;
  INSERT INTO public_targets
    SELECT s.programme_id, s.scope, x.indicator_id, sum(x.baseline), sum(x.target), max(x.target_year)
    FROM public_scope_consortia s JOIN public_targets x ON x.programme_id = s.programme_id AND x.scope = 'consortium:' || s.consortium_id
    WHERE s.scope = ANY(sc.shared) GROUP BY 1, 2, 3;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
-- Counts: pps'en in a province scope are counted by all their provinces, which no consortium row holds, so the
-- affected scopes are recounted from the base tables (tens of thousands of rows at ×100, not millions).
CREATE OR REPLACE FUNCTION flush_public_counts(tx bigint) RETURNS void AS $$
DECLARE
  sc record;
  scopes text[];
BEGIN
  PERFORM pg_advisory_xact_lock(hashtext('public_counts'));
  SELECT * INTO sc FROM public_figures_scopes(tx, 'counts');
  IF sc.ids IS NULL THEN RETURN; END IF;
  scopes := sc.own || sc.shared;
  DELETE FROM public_counts WHERE scope = ANY(scopes);
  INSERT INTO public_counts
    SELECT s.programme_id, s.scope, 'province_consortia', cp.province_code, count(*)::int
    FROM public_scope_consortia s JOIN consortium_provinces cp ON cp.consortium_id = s.consortium_id WHERE s.scope = ANY(scopes) GROUP BY 1, 2, 4
    UNION ALL
    SELECT s.programme_id, s.scope, 'sector_consortia', cs.sector_code, count(*)::int
    FROM public_scope_consortia s JOIN consortium_sectors cs ON cs.consortium_id = s.consortium_id WHERE s.scope = ANY(scopes) GROUP BY 1, 2, 4
    UNION ALL
    SELECT s.programme_id, s.scope, 'province_pps', pp.province_code, count(*)::int
    FROM public_scope_pps s JOIN pps_provinces pp ON pp.pps_id = s.pps_id WHERE s.scope = ANY(scopes) GROUP BY 1, 2, 4
    UNION ALL
    SELECT s.programme_id, s.scope, 'discipline_pps', pd.discipline_code, count(*)::int
    FROM public_scope_pps s JOIN pps_disciplines pd ON pd.pps_id = s.pps_id WHERE s.scope = ANY(scopes) GROUP BY 1, 2, 4;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
-- At commit, once per kind: the whole rebuild when a big statement asked for it, else the incremental flush.
CREATE OR REPLACE FUNCTION public_figures_refresh() RETURNS trigger AS $$
DECLARE
  tx bigint := txid_current();
  kind text := TG_ARGV[0];
BEGIN
  IF current_setting('pps.public_figures_full_' || kind, true) = tx::text THEN
    IF kind = 'composition' THEN PERFORM refresh_public_composition();
    ELSIF kind = 'goals' THEN PERFORM refresh_public_goals();
    ELSIF kind = 'counts' THEN PERFORM refresh_public_counts();
    ELSE PERFORM refresh_public_budget();
    END IF;
  ELSIF kind = 'composition' THEN PERFORM flush_public_composition(tx);
  ELSIF kind = 'goals' THEN PERFORM flush_public_goals(tx);
  ELSIF kind = 'counts' THEN PERFORM flush_public_counts(tx);
  ELSE PERFORM flush_public_budget(tx);
  END IF;
  DELETE FROM public_figures_dirty WHERE txid = tx AND public_figures_dirty.kind = TG_ARGV[0];
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
-- Notes what one statement touched, for each kind its table feeds (TG_ARGV: the table's key columns as
-- 'consortium', 'pps', 'organisation', 'report', and scope prefixes 'provincie'/'sector' for code columns).
CREATE OR REPLACE FUNCTION public_figures_mark() RETURNS trigger AS $$
DECLARE
  tx bigint := txid_current();
  kinds text[] := string_to_array(TG_ARGV[0], ',');
  k text;
  rows_sql text;
  n bigint;
BEGIN
  rows_sql := CASE TG_OP WHEN 'INSERT' THEN 'SELECT * FROM new_rows' WHEN 'DELETE' THEN 'SELECT * FROM old_rows'
    ELSE 'SELECT * FROM old_rows UNION ALL SELECT * FROM new_rows' END;
  EXECUTE 'SELECT count(*) FROM (' || rows_sql || ') r' INTO n;
  IF n = 0 THEN RETURN NULL; END IF;
  IF n > 5000 THEN
    FOREACH k IN ARRAY kinds LOOP PERFORM set_config('pps.public_figures_full_' || k, tx::text, true); END LOOP;
    RETURN NULL;
  END IF;
  FOREACH k IN ARRAY kinds LOOP
    IF current_setting('pps.public_figures_full_' || k, true) = tx::text THEN CONTINUE; END IF;
    EXECUTE format('INSERT INTO public_figures_dirty (txid, kind, consortium_id, pps_id, organisation_id, scope) SELECT $1, $2, %s, %s, %s, %s FROM (%s) r',
      CASE TG_ARGV[1] WHEN 'report' THEN '(SELECT pr.consortium_id FROM progress_reports pr WHERE pr.id = r.report_id)'
        WHEN '-' THEN 'NULL::int' ELSE 'r.' || TG_ARGV[1] END,
      coalesce(nullif(TG_ARGV[2], '-'), 'NULL::int'), coalesce(nullif(TG_ARGV[3], '-'), 'NULL::int'),
      coalesce(nullif(TG_ARGV[4], '-'), 'NULL::text'), rows_sql)
    USING tx, k;
  END LOOP;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
-- A change of an organisation's kind or level moves it, in every scope that holds it, from its old category to its
-- new one; done at once, so the commit's recount of touched organisations finds the categories current.
CREATE OR REPLACE FUNCTION public_figures_organisation_update() RETURNS trigger AS $$
BEGIN
  PERFORM public_composition_delta_table();
  INSERT INTO pf_composition_delta
    SELECT s.programme_id, s.scope, x.kind, x.education_level, x.company_size, x.government_level, x.d
    FROM (SELECT o.id, o.kind::text AS kind, o.education_level::text AS education_level, o.company_size::text AS company_size,
            o.government_level::text AS government_level, -1 AS d FROM old_rows o
          UNION ALL SELECT n.id, n.kind::text, n.education_level::text, n.company_size::text, n.government_level::text, 1 FROM new_rows n) x
    JOIN public_scope_organisations s ON s.organisation_id = x.id;
  PERFORM pg_advisory_xact_lock(hashtext('public_composition'));
  PERFORM apply_public_composition_delta();
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
DO $$
DECLARE
  spec text[];
  ev text;
BEGIN
  -- table, kinds, consortium column, pps column, organisation column, scope expression
  FOREACH spec SLICE 1 IN ARRAY ARRAY[
    ['memberships', 'composition', '-', 'r.pps_id', 'r.organisation_id', '-'],
    ['pps', 'composition,counts', 'consortium_id', 'r.id', '-', '-'],
    ['pps_provinces', 'composition,counts', '-', 'r.pps_id', '-', '''provincie:'' || r.province_code'],
    ['pps_sectors', 'composition,counts', '-', 'r.pps_id', '-', '''sector:'' || r.sector_code'],
    ['pps_disciplines', 'counts', '-', 'r.pps_id', '-', '-'],
    ['consortia', 'composition,goals,budget,counts', 'id', '-', '-', '-'],
    ['consortium_provinces', 'composition,goals,budget,counts', 'consortium_id', '-', '-', '''provincie:'' || r.province_code'],
    ['consortium_sectors', 'composition,goals,budget,counts', 'consortium_id', '-', '-', '''sector:'' || r.sector_code'],
    ['progress_reports', 'goals', 'consortium_id', '-', '-', '-'],
    ['report_indicator_values', 'goals', 'report', '-', '-', '-'],
    ['targets', 'goals', 'consortium_id', '-', '-', '-'],
    ['budget_lines', 'budget', 'consortium_id', '-', '-', '-']
  ] LOOP
    FOREACH ev IN ARRAY ARRAY['INSERT', 'UPDATE', 'DELETE'] LOOP
      EXECUTE format('CREATE TRIGGER %I AFTER %s ON %I REFERENCING %s FOR EACH STATEMENT EXECUTE FUNCTION public_figures_mark(%L, %L, %L, %L, %L)',
        'public_figures_mark_' || lower(ev) || '_' || spec[1], ev, spec[1],
        CASE ev WHEN 'INSERT' THEN 'NEW TABLE AS new_rows' WHEN 'DELETE' THEN 'OLD TABLE AS old_rows' ELSE 'OLD TABLE AS old_rows NEW TABLE AS new_rows' END,
        spec[2], spec[3], spec[4], spec[5], spec[6]);
    END LOOP;
  END LOOP;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER public_figures_organisation_update AFTER UPDATE ON organisations
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public_figures_organisation_update();
--> statement-breakpoint
-- An organisation removed takes its category with it: the next commit rebuilds the composition whole.
CREATE OR REPLACE FUNCTION public_figures_organisation_delete() RETURNS trigger AS $$
BEGIN
  PERFORM set_config('pps.public_figures_full_composition', txid_current()::text, true);
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER public_figures_organisation_delete AFTER DELETE ON organisations
  FOR EACH STATEMENT EXECUTE FUNCTION public_figures_organisation_delete();
--> statement-breakpoint
SELECT refresh_public_composition();
