-- The derived tables are filled in one go by the rebuild at the end of 0013 (about 100.000 rows at ×100). Until
-- autovacuum analyses them (never, where it is off) the planner guesses one row each and picks nested loops: the
-- map's overview took 39 ms instead of 15 ms at ×100. Statistics now, in the migration that follows the rebuild.
ANALYZE public_composition;
--> statement-breakpoint
ANALYZE public_realisations;
--> statement-breakpoint
ANALYZE public_targets;
--> statement-breakpoint
ANALYZE public_budget;
--> statement-breakpoint
ANALYZE public_counts;
--> statement-breakpoint
ANALYZE public_counts_parts;
--> statement-breakpoint
ANALYZE public_scope_organisations;
--> statement-breakpoint
ANALYZE public_map_places;
--> statement-breakpoint
ANALYZE public_map_figures;
