CREATE TYPE "public"."change_request_status" AS ENUM('ingediend', 'goedgekeurd', 'afgewezen');--> statement-breakpoint
CREATE TABLE "budget_baseline_lines" (
	"consortium_id" integer NOT NULL,
	"action_line_id" integer NOT NULL,
	"year" integer NOT NULL,
	"source" "funding_source" NOT NULL,
	"amount" bigint NOT NULL,
	CONSTRAINT "budget_baseline_lines_consortium_id_action_line_id_year_source_pk" PRIMARY KEY("consortium_id","action_line_id","year","source"),
	CONSTRAINT "budget_baseline_lines_nonnegative" CHECK ("budget_baseline_lines"."amount" >= 0)
);
--> statement-breakpoint
CREATE TABLE "change_requests" (
	"id" serial PRIMARY KEY NOT NULL,
	"consortium_id" integer NOT NULL,
	"status" "change_request_status" DEFAULT 'ingediend' NOT NULL,
	"motivation" text NOT NULL,
	"proposed" jsonb NOT NULL,
	"submitted_by" integer NOT NULL,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decided_by" integer,
	"decided_at" timestamp with time zone,
	"decision_note" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "programme_rules" ADD COLUMN "description_en" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "budget_baseline_lines" ADD CONSTRAINT "budget_baseline_lines_consortium_id_consortia_id_fk" FOREIGN KEY ("consortium_id") REFERENCES "public"."consortia"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_baseline_lines" ADD CONSTRAINT "budget_baseline_lines_action_line_id_action_lines_id_fk" FOREIGN KEY ("action_line_id") REFERENCES "public"."action_lines"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "change_requests" ADD CONSTRAINT "change_requests_consortium_id_consortia_id_fk" FOREIGN KEY ("consortium_id") REFERENCES "public"."consortia"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "change_requests" ADD CONSTRAINT "change_requests_submitted_by_users_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "change_requests" ADD CONSTRAINT "change_requests_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "change_requests_consortium_idx" ON "change_requests" USING btree ("consortium_id","status");