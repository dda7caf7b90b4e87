-- Precomputed public figures (ADR 013): the dashboard's whole-programme, per-province, per-sector and
-- per-consortium figures as a few summary rows, so a page reads tens of rows instead of a million memberships.
-- Derived state like data_generation: kept out of the Drizzle schema and the backups, rebuilt from the base tables.
-- Scopes are the dashboard filter's single choices: 'alle', 'provincie:<code>', 'sector:<code>', 'consortium:<id>'.
CREATE VIEW public_scope_consortia AS
  SELECT c.programme_id, 'alle'::text AS scope, c.id AS consortium_id FROM consortia c
  UNION ALL SELECT c.programme_id, 'provincie:' || cp.province_code, c.id FROM consortia c JOIN consortium_provinces cp ON cp.consortium_id = c.id
  UNION ALL SELECT c.programme_id, 'sector:' || cs.sector_code, c.id FROM consortia c JOIN consortium_sectors cs ON cs.consortium_id = c.id
  UNION ALL SELECT c.programme_id, 'consortium:' || c.id, c.id FROM consortia c;
--> statement-breakpoint
-- A pps is in a province's scope when its consortium is active there and it is located there (as resolveScope).
CREATE VIEW public_scope_pps AS
  SELECT c.programme_id, 'alle'::text AS scope, p.id AS pps_id FROM pps p JOIN consortia c ON c.id = p.consortium_id
  UNION ALL SELECT c.programme_id, 'provincie:' || pp.province_code, p.id FROM pps p JOIN consortia c ON c.id = p.consortium_id
    JOIN pps_provinces pp ON pp.pps_id = p.id JOIN consortium_provinces cp ON cp.consortium_id = c.id AND cp.province_code = pp.province_code
  UNION ALL SELECT c.programme_id, 'sector:' || ps.sector_code, p.id FROM pps p JOIN consortia c ON c.id = p.consortium_id
    JOIN pps_sectors ps ON ps.pps_id = p.id JOIN consortium_sectors cs ON cs.consortium_id = c.id AND cs.sector_code = ps.sector_code
  UNION ALL SELECT c.programme_id, 'consortium:' || c.id, p.id FROM pps p JOIN consortia c ON c.id = p.consortium_id;
--> statement-breakpoint
-- Distinct organisations per scope, grouped by the facts that decide their composition category.
CREATE TABLE public_composition (
  programme_id integer NOT NULL,
  scope text NOT NULL,
  kind text NOT NULL,
  education_level text,
  company_size text,
  government_level text,
  organisations integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX public_composition_scope_idx ON public_composition (programme_id, scope);
--> statement-breakpoint
-- Approved realised values (total breakdown) per scope, indicator and report year, with the consortia behind them.
CREATE TABLE public_realisations (
  programme_id integer NOT NULL,
  scope text NOT NULL,
  indicator_id integer NOT NULL,
  year integer NOT NULL,
  value numeric NOT NULL,
  consortia integer NOT NULL,
  PRIMARY KEY (programme_id, scope, indicator_id, year)
);
--> statement-breakpoint
CREATE TABLE public_targets (
  programme_id integer NOT NULL,
  scope text NOT NULL,
  indicator_id integer NOT NULL,
  baseline numeric NOT NULL,
  target numeric NOT NULL,
  target_year integer NOT NULL,
  PRIMARY KEY (programme_id, scope, indicator_id)
);
--> statement-breakpoint
-- Planned budget per scope, action line and year: NGF subsidy and cofinancing (every other source) apart.
CREATE TABLE public_budget (
  programme_id integer NOT NULL,
  scope text NOT NULL,
  action_line_id integer NOT NULL,
  year integer NOT NULL,
  subsidy numeric NOT NULL,
  cofinancing numeric NOT NULL,
  PRIMARY KEY (programme_id, scope, action_line_id, year)
);
--> statement-breakpoint
-- Counts per scope along one dimension: consortia and pps'en per province (the spread), consortia per sector,
-- pps'en per discipline.
CREATE TABLE public_counts (
  programme_id integer NOT NULL,
  scope text NOT NULL,
  dimension text NOT NULL,
  code text NOT NULL,
  count integer NOT NULL,
  PRIMARY KEY (programme_id, scope, dimension, code)
);
--> statement-breakpoint
-- Each refresh rebuilds its figures whole, under a lock, so two writers committing together cannot both
-- delete the old rows and each insert new ones.
CREATE OR REPLACE FUNCTION refresh_public_composition() RETURNS void AS $$
BEGIN
  PERFORM pg_advisory_xact_lock(hashtext('public_composition'));
  -- The distinct step spills to disk at the default 4 MB from ×10 up.
  PERFORM set_config('work_mem', '64MB', true);
  DELETE FROM public_composition;
  INSERT INTO public_composition
    SELECT d.programme_id, d.scope, o.kind::text, o.education_level::text, o.company_size::text, o.government_level::text, count(*)::int
    FROM (SELECT DISTINCT s.programme_id, s.scope, m.organisation_id FROM public_scope_pps s JOIN memberships m ON m.pps_id = s.pps_id) d
    JOIN organisations o ON o.id = d.organisation_id
    GROUP BY 1, 2, 3, 4, 5, 6;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION refresh_public_goals() RETURNS void AS $$
BEGIN
  PERFORM pg_advisory_xact_lock(hashtext('public_goals'));
  DELETE FROM public_realisations;
  INSERT INTO public_realisations
    SELECT s.programme_id, s.scope, v.indicator_id, r.period_year, sum(v.value), count(DISTINCT r.consortium_id)::int
    FROM public_scope_consortia s
    JOIN progress_reports r ON r.consortium_id = s.consortium_id AND r.status = 'goedgekeurd'
    JOIN report_indicator_values v ON v.report_id = r.id AND v.breakdown = ''
    GROUP BY 1, 2, 3, 4;
  DELETE FROM public_targets;
  INSERT INTO public_targets
    SELECT s.programme_id, s.scope, t.indicator_id, sum(t.baseline_value), sum(t.target_value), max(t.target_year)
    FROM public_scope_consortia s JOIN targets t ON t.consortium_id = s.consortium_id
    GROUP BY 1, 2, 3;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION refresh_public_budget() RETURNS void AS $$
BEGIN
  PERFORM pg_advisory_xact_lock(hashtext('public_budget'));
  DELETE FROM public_budget;
  INSERT INTO public_budget
    SELECT s.programme_id, s.scope, b.action_line_id, b.year,
      coalesce(sum(b.planned_amount) FILTER (WHERE b.source = 'ngf_subsidie'), 0),
      coalesce(sum(b.planned_amount) FILTER (WHERE b.source <> 'ngf_subsidie'), 0)
    FROM public_scope_consortia s JOIN budget_lines b ON b.consortium_id = s.consortium_id
    GROUP BY 1, 2, 3, 4;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION refresh_public_counts() RETURNS void AS $$
BEGIN
  PERFORM pg_advisory_xact_lock(hashtext('public_counts'));
  DELETE FROM public_counts;
  INSERT INTO public_counts
    SELECT s.programme_id, s.scope, 'province_consortia', cp.province_code, count(*)::int
    FROM public_scope_consortia s JOIN consortium_provinces cp ON cp.consortium_id = s.consortium_id GROUP BY 1, 2, 4
    UNION ALL
    SELECT s.programme_id, s.scope, 'sector_consortia', cs.sector_code, count(*)::int
    FROM public_scope_consortia s JOIN consortium_sectors cs ON cs.consortium_id = s.consortium_id GROUP BY 1, 2, 4
    UNION ALL
    SELECT s.programme_id, s.scope, 'province_pps', pp.province_code, count(*)::int
    FROM public_scope_pps s JOIN pps_provinces pp ON pp.pps_id = s.pps_id GROUP BY 1, 2, 4
    UNION ALL
    SELECT s.programme_id, s.scope, 'discipline_pps', pd.discipline_code, count(*)::int
    FROM public_scope_pps s JOIN pps_disciplines pd ON pd.pps_id = s.pps_id GROUP BY 1, 2, 4;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
-- True once per transaction and kind: the first changed row queues one refresh at commit, later rows queue none,
-- so a COPY of a million memberships costs one rebuild, not a million.
CREATE OR REPLACE FUNCTION public_figures_claim(kind text) RETURNS boolean AS $$
BEGIN
  IF current_setting('pps.public_figures_' || kind, true) = txid_current()::text THEN
    RETURN false;
  END IF;
  PERFORM set_config('pps.public_figures_' || kind, txid_current()::text, true);
  RETURN true;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION public_figures_refresh() RETURNS trigger AS $$
BEGIN
  IF TG_ARGV[0] = 'composition' THEN PERFORM refresh_public_composition();
  ELSIF TG_ARGV[0] = 'goals' THEN PERFORM refresh_public_goals();
  ELSIF TG_ARGV[0] = 'counts' THEN PERFORM refresh_public_counts();
  ELSE PERFORM refresh_public_budget();
  END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
-- Deferred to commit, so the figures are rebuilt once, in the same transaction as the write, after all its rows.
DO $$
DECLARE
  pair text[];
BEGIN
  FOREACH pair SLICE 1 IN ARRAY ARRAY[
    ['composition', 'memberships'], ['composition', 'organisations'], ['composition', 'pps'], ['composition', 'pps_provinces'],
    ['composition', 'pps_sectors'], ['composition', 'consortia'], ['composition', 'consortium_provinces'], ['composition', 'consortium_sectors'],
    ['goals', 'progress_reports'], ['goals', 'report_indicator_values'], ['goals', 'targets'], ['goals', 'consortia'],
    ['goals', 'consortium_provinces'], ['goals', 'consortium_sectors'],
    ['budget', 'budget_lines'], ['budget', 'consortia'], ['budget', 'consortium_provinces'], ['budget', 'consortium_sectors'],
    ['counts', 'consortia'], ['counts', 'consortium_provinces'], ['counts', 'consortium_sectors'], ['counts', 'pps'],
    ['counts', 'pps_provinces'], ['counts', 'pps_sectors'], ['counts', 'pps_disciplines']
  ] LOOP
    EXECUTE format(
      'CREATE CONSTRAINT TRIGGER %I AFTER INSERT OR UPDATE OR DELETE ON %I DEFERRABLE INITIALLY DEFERRED FOR EACH ROW '
      'WHEN (public_figures_claim(%L)) EXECUTE FUNCTION public_figures_refresh(%L)',
      'public_' || pair[1] || '_after_' || pair[2], pair[2], pair[1], pair[1]);
  END LOOP;
END;
$$;
--> statement-breakpoint
SELECT refresh_public_composition(), refresh_public_goals(), refresh_public_budget(), refresh_public_counts();
