-- The response cache's data generation: one row, bumped by every statement that adds audit rows, so it moves
-- in the same transaction as the audited write and is shared by every app instance (ADR 011).
-- Kept out of the Drizzle schema on purpose: it is derived state, not data, so backups leave it out.
CREATE TABLE data_generation (
  id smallint PRIMARY KEY CHECK (id = 1),
  value bigint NOT NULL
);
--> statement-breakpoint
INSERT INTO data_generation (id, value) SELECT 1, count(*) FROM audit_log;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION data_generation_bump() RETURNS trigger AS $$
BEGIN
  UPDATE data_generation SET value = value + 1 WHERE id = 1;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER audit_log_bumps_generation
  AFTER INSERT ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION data_generation_bump();
