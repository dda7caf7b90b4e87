-- Counts and map places refreshed per touched consortium (ADR 013). At ×100 a write that marked counts recounted
-- every affected scope from the base tables ('alle' is all 29.200 pps'en), about 1,4 s for the map places and as much
-- for the counts. Both are sums over consortia, so each consortium's part is kept: a write replaces the parts of the
-- consortia it touched and adds the difference to the scope totals. The map page's figures (pps'en per group and
-- province, places, the largest marker) are kept per scope the same way, so /kaart reads tens of rows, not 17.000.
-- The levels chart's consortia per number of education levels join the counts (consortium_levels now marks them).
CREATE OR REPLACE VIEW public_scope_pps AS
  SELECT c.programme_id, 'alle'::text AS scope, p.id AS pps_id, c.id AS consortium_id FROM pps p JOIN consortia c ON c.id = p.consortium_id
  UNION ALL SELECT c.programme_id, 'provincie:' || pp.province_code, p.id, c.id FROM pps p JOIN consortia c ON c.id = p.consortium_id
    JOIN pps_provinces pp ON pp.pps_id = p.id JOIN consortium_provinces cp ON cp.consortium_id = c.id AND cp.province_code = pp.province_code
  UNION ALL SELECT c.programme_id, 'sector:' || ps.sector_code, p.id, c.id FROM pps p JOIN consortia c ON c.id = p.consortium_id
    JOIN pps_sectors ps ON ps.pps_id = p.id JOIN consortium_sectors cs ON cs.consortium_id = c.id AND cs.sector_code = ps.sector_code
  UNION ALL SELECT c.programme_id, 'consortium:' || c.id, p.id, c.id FROM pps p JOIN consortia c ON c.id = p.consortium_id;
--> statement-breakpoint
-- Each consortium's contribution to public_counts, per scope it is in.
CREATE TABLE public_counts_parts (
  programme_id integer NOT NULL,
  scope text NOT NULL,
  consortium_id integer NOT NULL,
  dimension text NOT NULL,
  code text NOT NULL,
  count integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX public_counts_parts_consortium_idx ON public_counts_parts (consortium_id);
--> statement-breakpoint
-- Totals that fall to zero are removed after each delta; this finds them without a scan.
CREATE INDEX public_counts_zero_idx ON public_counts (programme_id) WHERE count = 0;
--> statement-breakpoint
CREATE INDEX public_map_places_consortium_idx ON public_map_places (consortium_id);
--> statement-breakpoint
-- Pps'en placed by their own coordinates: read per request, as their place is rounded the way the page rounds it.
CREATE INDEX public_map_places_own_idx ON public_map_places (scope, programme_id) WHERE municipality_code IS NULL;
--> statement-breakpoint
-- The map page's figures per scope: located pps'en per 'consortium' (id), 'sector' (code, '' for none), 'province'
-- (first) and 'municipality'; per 'marker' (consortium id:municipality) and 'sector_marker' (sector:municipality).
-- Places and the largest marker are the number of municipality rows and the largest marker row.
CREATE TABLE public_map_figures (
  programme_id integer NOT NULL,
  scope text NOT NULL,
  kind text NOT NULL,
  code text NOT NULL,
  count integer NOT NULL,
  PRIMARY KEY (programme_id, scope, kind, code)
);
--> statement-breakpoint
CREATE INDEX public_map_figures_largest_idx ON public_map_figures (programme_id, scope, kind, count);
--> statement-breakpoint
CREATE INDEX public_map_figures_zero_idx ON public_map_figures (programme_id) WHERE count = 0;
--> statement-breakpoint
DROP FUNCTION IF EXISTS refresh_public_map_places(text[]);
--> statement-breakpoint
CREATE OR REPLACE FUNCTION public_counts_parts_of(ids integer[]) RETURNS SETOF public_counts_parts AS $$
  SELECT s.programme_id, s.scope, s.consortium_id, 'province_consortia', cp.province_code, count(*)::int
  FROM public_scope_consortia s JOIN consortium_provinces cp ON cp.consortium_id = s.consortium_id WHERE s.consortium_id = ANY(ids) GROUP BY 1, 2, 3, 5
  UNION ALL
  SELECT s.programme_id, s.scope, s.consortium_id, 'sector_consortia', cs.sector_code, count(*)::int
  FROM public_scope_consortia s JOIN consortium_sectors cs ON cs.consortium_id = s.consortium_id WHERE s.consortium_id = ANY(ids) GROUP BY 1, 2, 3, 5
  UNION ALL
  SELECT s.programme_id, s.scope, s.consortium_id, 'province_pps', pp.province_code, count(*)::int
  FROM public_scope_pps s JOIN pps_provinces pp ON pp.pps_id = s.pps_id WHERE s.consortium_id = ANY(ids) GROUP BY 1, 2, 3, 5
  UNION ALL
  SELECT s.programme_id, s.scope, s.consortium_id, 'discipline_pps', pd.discipline_code, count(*)::int
  FROM public_scope_pps s JOIN pps_disciplines pd ON pd.pps_id = s.pps_id WHERE s.consortium_id = ANY(ids) GROUP BY 1, 2, 3, 5
  UNION ALL
  SELECT s.programme_id, s.scope, s.consortium_id, 'level_consortia', l.levels::text, 1
  FROM public_scope_consortia s
  JOIN (SELECT consortium_id, count(*) AS levels FROM consortium_levels WHERE consortium_id = ANY(ids) GROUP BY 1) l ON l.consortium_id = s.consortium_id
  WHERE s.consortium_id = ANY(ids);
$$ LANGUAGE sql STABLE;
--> statement-breakpoint
-- The map's places of the given consortia in every scope, as 0011 counted them: each pps placed once, then counted.
CREATE OR REPLACE FUNCTION insert_public_map_places(ids integer[]) RETURNS void AS $$
  INSERT INTO public_map_places
    WITH mine AS (SELECT id FROM pps WHERE consortium_id = ANY(ids)),
    first_province AS (SELECT pps_id, min(province_code) AS province_code FROM pps_provinces WHERE pps_id IN (SELECT id FROM mine) GROUP BY pps_id),
    first_sector AS (
      SELECT DISTINCT ON (ps.pps_id) ps.pps_id, ps.sector_code FROM pps_sectors ps JOIN sectors x ON x.code = ps.sector_code
      WHERE ps.pps_id IN (SELECT id FROM mine) ORDER BY ps.pps_id, x.position)
    SELECT s.programme_id, s.scope, p.consortium_id, fs.sector_code, fp.province_code, p.municipality_code,
      CASE WHEN m.latitude IS NULL THEN p.latitude END, CASE WHEN m.longitude IS NULL THEN p.longitude END, count(*)::int
    FROM public_scope_pps s
    JOIN pps p ON p.id = s.pps_id
    JOIN first_province fp ON fp.pps_id = p.id
    LEFT JOIN first_sector fs ON fs.pps_id = p.id
    LEFT JOIN municipalities m ON m.code = p.municipality_code
    WHERE s.consortium_id = ANY(ids)
    GROUP BY 1, 2, 3, 4, 5, 6, 7, 8;
$$ LANGUAGE sql;
--> statement-breakpoint
-- The given consortia's contribution to the map figures, from their places (located pps'en only, as the page).
CREATE OR REPLACE FUNCTION public_map_figure_rows(ids integer[]) RETURNS SETOF public_map_figures AS $$
  WITH placed AS (
    SELECT pl.programme_id, pl.scope, pl.consortium_id, coalesce(pl.sector_code, '') AS sector, pl.province_code,
      pl.municipality_code AS municipality, pl.pps
    FROM public_map_places pl LEFT JOIN municipalities m ON m.code = pl.municipality_code
    WHERE pl.consortium_id = ANY(ids) AND coalesce(m.latitude, pl.latitude) IS NOT NULL AND coalesce(m.longitude, pl.longitude) IS NOT NULL)
  SELECT programme_id, scope, 'consortium', consortium_id::text, sum(pps)::int FROM placed GROUP BY 1, 2, 4
  UNION ALL SELECT programme_id, scope, 'sector', sector, sum(pps)::int FROM placed GROUP BY 1, 2, 4
  UNION ALL SELECT programme_id, scope, 'province', province_code, sum(pps)::int FROM placed GROUP BY 1, 2, 4
  UNION ALL SELECT programme_id, scope, 'municipality', municipality, sum(pps)::int FROM placed WHERE municipality IS NOT NULL GROUP BY 1, 2, 4
  UNION ALL SELECT programme_id, scope, 'marker', consortium_id || ':' || municipality, sum(pps)::int
    FROM placed WHERE municipality IS NOT NULL GROUP BY 1, 2, 4
  UNION ALL SELECT programme_id, scope, 'sector_marker', sector || ':' || municipality, sum(pps)::int
    FROM placed WHERE municipality IS NOT NULL GROUP BY 1, 2, 4;
$$ LANGUAGE sql STABLE;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION public_count_delta_table() RETURNS void AS $$
BEGIN
  CREATE TEMP TABLE IF NOT EXISTS pf_count_delta (programme_id integer, scope text, kind text, code text, d integer);
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
-- Replaces the given consortia's parts and places, adding the difference (new parts less old) to the totals.
CREATE OR REPLACE FUNCTION refresh_public_counts_of(ids integer[]) RETURNS void AS $$
BEGIN
  PERFORM public_count_delta_table();
  TRUNCATE pf_count_delta;
  INSERT INTO pf_count_delta SELECT programme_id, scope, dimension, code, -count FROM public_counts_parts WHERE consortium_id = ANY(ids);
  DELETE FROM public_counts_parts WHERE consortium_id = ANY(ids);
  INSERT INTO public_counts_parts SELECT * FROM public_counts_parts_of(ids);
  INSERT INTO pf_count_delta SELECT programme_id, scope, dimension, code, count FROM public_counts_parts WHERE consortium_id = ANY(ids);
  INSERT INTO public_counts AS c SELECT programme_id, scope, kind, code, sum(d)::int FROM pf_count_delta GROUP BY 1, 2, 3, 4 HAVING sum(d) <> 0
  ON CONFLICT (programme_id, scope, dimension, code) DO UPDATE SET count = c.count + excluded.count;
  DELETE FROM public_counts WHERE count = 0;
  TRUNCATE pf_count_delta;
  INSERT INTO pf_count_delta SELECT programme_id, scope, kind, code, -count FROM public_map_figure_rows(ids);
  DELETE FROM public_map_places WHERE consortium_id = ANY(ids);
  PERFORM insert_public_map_places(ids);
  INSERT INTO pf_count_delta SELECT programme_id, scope, kind, code, count FROM public_map_figure_rows(ids);
  INSERT INTO public_map_figures AS f SELECT programme_id, scope, kind, code, sum(d)::int FROM pf_count_delta GROUP BY 1, 2, 3, 4 HAVING sum(d) <> 0
  ON CONFLICT (programme_id, scope, kind, code) DO UPDATE SET count = f.count + excluded.count;
  DELETE FROM public_map_figures WHERE count = 0;
  TRUNCATE pf_count_delta;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
-- The whole rebuild (restore, generator, big statements): every consortium's parts, then the totals as their sums.
CREATE OR REPLACE FUNCTION refresh_public_counts() RETURNS void AS $$
DECLARE
  ids integer[] := ARRAY(SELECT id FROM consortia);
BEGIN
  PERFORM pg_advisory_xact_lock(hashtext('public_counts'));
  DELETE FROM public_counts_parts;
  INSERT INTO public_counts_parts SELECT * FROM public_counts_parts_of(ids);
  DELETE FROM public_counts;
  INSERT INTO public_counts SELECT programme_id, scope, dimension, code, sum(count)::int FROM public_counts_parts GROUP BY 1, 2, 3, 4;
  DELETE FROM public_map_places;
  PERFORM insert_public_map_places(ids);
  DELETE FROM public_map_figures;
  INSERT INTO public_map_figures SELECT * FROM public_map_figure_rows(ids);
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
-- The incremental flush: only the consortia the transaction touched (directly, or through their pps'en).
CREATE OR REPLACE FUNCTION flush_public_counts(tx bigint) RETURNS void AS $$
DECLARE
  sc record;
BEGIN
  PERFORM pg_advisory_xact_lock(hashtext('public_counts'));
  SELECT * INTO sc FROM public_figures_scopes(tx, 'counts');
  IF sc.ids IS NULL THEN RETURN; END IF;
  PERFORM refresh_public_counts_of(sc.ids);
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
DO $$
DECLARE
  ev text;
BEGIN
  FOREACH ev IN ARRAY ARRAY['INSERT', 'UPDATE', 'DELETE'] LOOP
    EXECUTE format('CREATE TRIGGER %I AFTER %s ON consortium_levels REFERENCING %s FOR EACH STATEMENT EXECUTE FUNCTION public_figures_mark(%L, %L, %L, %L, %L)',
      'public_figures_mark_' || lower(ev) || '_consortium_levels', ev,
      CASE ev WHEN 'INSERT' THEN 'NEW TABLE AS new_rows' WHEN 'DELETE' THEN 'OLD TABLE AS old_rows' ELSE 'OLD TABLE AS old_rows NEW TABLE AS new_rows' END,
      'counts', 'consortium_id', '-', '-', '-');
  END LOOP;
END;
$$;
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER public_counts_after_consortium_levels AFTER INSERT OR UPDATE OR DELETE ON consortium_levels
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (public_figures_claim('counts')) EXECUTE FUNCTION public_figures_refresh('counts');
--> statement-breakpoint
SELECT refresh_public_counts();
