CREATE TYPE "public"."assignment_status" AS ENUM('toegewezen', 'geen_conflict', 'conflict', 'ingediend');--> statement-breakpoint
ALTER TYPE "public"."application_status" ADD VALUE 'concept';--> statement-breakpoint
ALTER TYPE "public"."role" ADD VALUE 'aanvrager';--> statement-breakpoint
CREATE TABLE "round_rules" (
	"round_id" integer NOT NULL,
	"programme_rule_id" integer NOT NULL,
	"fixed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "round_rules_round_id_programme_rule_id_pk" PRIMARY KEY("round_id","programme_rule_id")
);
--> statement-breakpoint
CREATE TABLE "applicant_editors" (
	"user_id" integer NOT NULL,
	"organisation_id" integer NOT NULL,
	CONSTRAINT "applicant_editors_user_id_organisation_id_pk" PRIMARY KEY("user_id","organisation_id")
);
--> statement-breakpoint
CREATE TABLE "application_budget_lines" (
	"application_id" integer NOT NULL,
	"action_line_id" integer NOT NULL,
	"year" integer NOT NULL,
	"source" "funding_source" NOT NULL,
	"amount" bigint NOT NULL,
	CONSTRAINT "application_budget_lines_application_id_action_line_id_year_source_pk" PRIMARY KEY("application_id","action_line_id","year","source"),
	CONSTRAINT "application_budget_lines_nonnegative" CHECK ("application_budget_lines"."amount" >= 0),
	CONSTRAINT "application_budget_lines_year_range" CHECK ("application_budget_lines"."year" BETWEEN 2000 AND 2100)
);
--> statement-breakpoint
CREATE TABLE "application_partners" (
	"application_id" integer NOT NULL,
	"organisation_id" integer NOT NULL,
	CONSTRAINT "application_partners_application_id_organisation_id_pk" PRIMARY KEY("application_id","organisation_id")
);
--> statement-breakpoint
CREATE TABLE "application_plans" (
	"application_id" integer NOT NULL,
	"action_line_id" integer NOT NULL,
	"text" text NOT NULL,
	CONSTRAINT "application_plans_application_id_action_line_id_pk" PRIMARY KEY("application_id","action_line_id")
);
--> statement-breakpoint
CREATE TABLE "application_pps" (
	"application_id" integer NOT NULL,
	"position" integer NOT NULL,
	"name" text NOT NULL,
	CONSTRAINT "application_pps_application_id_position_pk" PRIMARY KEY("application_id","position")
);
--> statement-breakpoint
CREATE TABLE "application_provinces" (
	"application_id" integer NOT NULL,
	"province_code" text NOT NULL,
	CONSTRAINT "application_provinces_application_id_province_code_pk" PRIMARY KEY("application_id","province_code")
);
--> statement-breakpoint
CREATE TABLE "application_rule_versions" (
	"application_id" integer NOT NULL,
	"programme_rule_id" integer NOT NULL,
	CONSTRAINT "application_rule_versions_application_id_programme_rule_id_pk" PRIMARY KEY("application_id","programme_rule_id")
);
--> statement-breakpoint
CREATE TABLE "application_sectors" (
	"application_id" integer NOT NULL,
	"sector_code" text NOT NULL,
	CONSTRAINT "application_sectors_application_id_sector_code_pk" PRIMARY KEY("application_id","sector_code")
);
--> statement-breakpoint
CREATE TABLE "assessor_assignments" (
	"id" serial PRIMARY KEY NOT NULL,
	"application_id" integer NOT NULL,
	"assessor_user_id" integer NOT NULL,
	"due_on" date NOT NULL,
	"status" "assignment_status" DEFAULT 'toegewezen' NOT NULL,
	"declared_at" timestamp with time zone,
	"submitted_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "assessor_assignments_application_assessor" UNIQUE("application_id","assessor_user_id")
);
--> statement-breakpoint
ALTER TABLE "applications" ALTER COLUMN "requested_amount" SET DEFAULT 0;--> statement-breakpoint
ALTER TABLE "applications" ALTER COLUMN "total_costs" SET DEFAULT 0;--> statement-breakpoint
ALTER TABLE "applications" ALTER COLUMN "submitted_at" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "applications" ADD COLUMN "eligibility_reasons" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "round_rules" ADD CONSTRAINT "round_rules_round_id_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."rounds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "round_rules" ADD CONSTRAINT "round_rules_programme_rule_id_programme_rules_id_fk" FOREIGN KEY ("programme_rule_id") REFERENCES "public"."programme_rules"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "applicant_editors" ADD CONSTRAINT "applicant_editors_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "applicant_editors" ADD CONSTRAINT "applicant_editors_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application_budget_lines" ADD CONSTRAINT "application_budget_lines_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application_budget_lines" ADD CONSTRAINT "application_budget_lines_action_line_id_action_lines_id_fk" FOREIGN KEY ("action_line_id") REFERENCES "public"."action_lines"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application_partners" ADD CONSTRAINT "application_partners_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application_partners" ADD CONSTRAINT "application_partners_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application_plans" ADD CONSTRAINT "application_plans_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application_plans" ADD CONSTRAINT "application_plans_action_line_id_action_lines_id_fk" FOREIGN KEY ("action_line_id") REFERENCES "public"."action_lines"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application_pps" ADD CONSTRAINT "application_pps_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application_provinces" ADD CONSTRAINT "application_provinces_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application_provinces" ADD CONSTRAINT "application_provinces_province_code_provinces_code_fk" FOREIGN KEY ("province_code") REFERENCES "public"."provinces"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application_rule_versions" ADD CONSTRAINT "application_rule_versions_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application_rule_versions" ADD CONSTRAINT "application_rule_versions_programme_rule_id_programme_rules_id_fk" FOREIGN KEY ("programme_rule_id") REFERENCES "public"."programme_rules"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application_sectors" ADD CONSTRAINT "application_sectors_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application_sectors" ADD CONSTRAINT "application_sectors_sector_code_sectors_code_fk" FOREIGN KEY ("sector_code") REFERENCES "public"."sectors"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessor_assignments" ADD CONSTRAINT "assessor_assignments_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessor_assignments" ADD CONSTRAINT "assessor_assignments_assessor_user_id_users_id_fk" FOREIGN KEY ("assessor_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "applicant_editors_organisation_idx" ON "applicant_editors" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "assessor_assignments_assessor_idx" ON "assessor_assignments" USING btree ("assessor_user_id");--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_submitted_unless_draft" CHECK (("applications"."status"::text = 'concept') = ("applications"."submitted_at" IS NULL));