-- The map's places per scope (ADR 013): pps'en counted per consortium, first sector (by code-list position), first
-- province (by code), municipality and own coordinates, as listMapPlaces groups them. At ×100 the map read all
-- 29.200 pps'en per uncached request (about a second of SQL); this holds one row per consortium, sector and
-- municipality. Names and the municipalities' coordinates are joined when read, so a renamed consortium needs no
-- refresh; a pps's own coordinates are kept only where its municipality has none (municipalities are reference
-- data without triggers: a municipality that loses its coordinates needs `select refresh_public_counts()`). Kept with the counts: the same triggers (pps, its provinces and sectors, consortia and theirs) mark
-- it dirty, and the counts' whole rebuild and incremental flush refresh it.
CREATE TABLE public_map_places (
  programme_id integer NOT NULL,
  scope text NOT NULL,
  consortium_id integer NOT NULL,
  sector_code text,
  province_code text NOT NULL,
  municipality_code text,
  latitude double precision,
  longitude double precision,
  pps integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX public_map_places_scope_idx ON public_map_places (scope, programme_id);
--> statement-breakpoint
-- Replaces the places of the given scopes (all when null) from the base tables; each pps placed once, then counted.
CREATE OR REPLACE FUNCTION refresh_public_map_places(scopes text[]) RETURNS void AS $$
BEGIN
  IF scopes IS NULL THEN DELETE FROM public_map_places; ELSE DELETE FROM public_map_places WHERE scope = ANY(scopes); END IF;
  INSERT INTO public_map_places
    WITH first_province AS (SELECT pps_id, min(province_code) AS province_code FROM pps_provinces GROUP BY pps_id),
    first_sector AS (
      SELECT DISTINCT ON (ps.pps_id) ps.pps_id, ps.sector_code FROM pps_sectors ps JOIN sectors x ON x.code = ps.sector_code
      ORDER BY ps.pps_id, x.position)
    SELECT s.programme_id, s.scope, p.consortium_id, fs.sector_code, fp.province_code, p.municipality_code,
      CASE WHEN m.latitude IS NULL THEN p.latitude END, CASE WHEN m.longitude IS NULL THEN p.longitude END, count(*)::int
    FROM public_scope_pps s
    JOIN pps p ON p.id = s.pps_id
    JOIN first_province fp ON fp.pps_id = p.id
    LEFT JOIN first_sector fs ON fs.pps_id = p.id
    LEFT JOIN municipalities m ON m.code = p.municipality_code
    WHERE scopes IS NULL OR s.scope = ANY(scopes)
    GROUP BY 1, 2, 3, 4, 5, 6, 7, 8;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
-- The whole rebuild of 0007's counts, now with the map's places.
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
  PERFORM refresh_public_map_places(NULL);
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
-- The incremental flush of 0010's counts, now with the map's places of the same scopes.
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
  PERFORM refresh_public_map_places(scopes);
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
SELECT refresh_public_map_places(NULL);
