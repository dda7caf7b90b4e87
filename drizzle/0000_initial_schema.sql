CREATE TYPE "public"."application_status" AS ENUM('ingediend', 'ontvankelijk', 'niet_ontvankelijk', 'beoordeeld', 'toegekend', 'afgewezen');--> statement-breakpoint
CREATE TYPE "public"."cofinancing_source" AS ENUM('bedrijfsleven', 'onderwijs', 'overheid', 'overig');--> statement-breakpoint
CREATE TYPE "public"."company_size" AS ENUM('mkb', 'groot');--> statement-breakpoint
CREATE TYPE "public"."decision_outcome" AS ENUM('toegekend', 'afgewezen');--> statement-breakpoint
CREATE TYPE "public"."education_level" AS ENUM('vmbo', 'mbo', 'hbo', 'wo');--> statement-breakpoint
CREATE TYPE "public"."funding_source" AS ENUM('ngf_subsidie', 'bedrijfsleven', 'onderwijs', 'overheid', 'overig');--> statement-breakpoint
CREATE TYPE "public"."government_level" AS ENUM('gemeente', 'provincie', 'rijk');--> statement-breakpoint
CREATE TYPE "public"."indicator_kind" AS ENUM('aantal', 'percentage', 'kwalitatief');--> statement-breakpoint
CREATE TYPE "public"."knowledge_kind" AS ENUM('publicatie', 'nieuws', 'evenement', 'goede_praktijk');--> statement-breakpoint
CREATE TYPE "public"."membership_role" AS ENUM('penvoerder', 'partner');--> statement-breakpoint
CREATE TYPE "public"."organisation_kind" AS ENUM('onderwijsinstelling', 'bedrijf', 'overheid', 'kennisinstelling', 'branche', 'overig');--> statement-breakpoint
CREATE TYPE "public"."pps_status" AS ENUM('actief', 'verduurzaamd');--> statement-breakpoint
CREATE TYPE "public"."report_status" AS ENUM('concept', 'ingediend', 'goedgekeurd', 'teruggestuurd');--> statement-breakpoint
CREATE TYPE "public"."role" AS ENUM('programmabureau', 'beoordelaar', 'coordinator');--> statement-breakpoint
CREATE TYPE "public"."round_status" AS ENUM('gepland', 'open', 'gesloten', 'afgerond');--> statement-breakpoint
CREATE TABLE "disciplines" (
	"code" text PRIMARY KEY NOT NULL,
	"name_nl" text NOT NULL,
	"name_en" text NOT NULL,
	"position" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "municipalities" (
	"code" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"province_code" text NOT NULL,
	"latitude" double precision NOT NULL,
	"longitude" double precision NOT NULL
);
--> statement-breakpoint
CREATE TABLE "provinces" (
	"code" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"position" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sectors" (
	"code" text PRIMARY KEY NOT NULL,
	"name_nl" text NOT NULL,
	"name_en" text NOT NULL,
	"is_top_sector" boolean DEFAULT false NOT NULL,
	"position" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "action_lines" (
	"id" serial PRIMARY KEY NOT NULL,
	"programme_id" integer NOT NULL,
	"code" text NOT NULL,
	"position" integer NOT NULL,
	"name_nl" text NOT NULL,
	"name_en" text NOT NULL,
	"description_nl" text DEFAULT '' NOT NULL,
	CONSTRAINT "action_lines_programme_code" UNIQUE("programme_id","code")
);
--> statement-breakpoint
CREATE TABLE "programme_rules" (
	"id" serial PRIMARY KEY NOT NULL,
	"programme_id" integer NOT NULL,
	"code" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"value" jsonb NOT NULL,
	"description_nl" text NOT NULL,
	"valid_from" date NOT NULL,
	"source" text,
	"is_illustrative" boolean DEFAULT false NOT NULL,
	CONSTRAINT "programme_rules_code_version" UNIQUE("programme_id","code","version")
);
--> statement-breakpoint
CREATE TABLE "programmes" (
	"id" serial PRIMARY KEY NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"short_name" text NOT NULL,
	"budget_ceiling" bigint NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"legal_basis" text,
	"description" text DEFAULT '' NOT NULL,
	CONSTRAINT "programmes_slug_unique" UNIQUE("slug"),
	CONSTRAINT "programmes_budget_ceiling_nonnegative" CHECK ("programmes"."budget_ceiling" >= 0),
	CONSTRAINT "programmes_period_order" CHECK ("programmes"."starts_on" <= "programmes"."ends_on")
);
--> statement-breakpoint
CREATE TABLE "rounds" (
	"id" serial PRIMARY KEY NOT NULL,
	"programme_id" integer NOT NULL,
	"name" text NOT NULL,
	"opens_on" date NOT NULL,
	"closes_on" date NOT NULL,
	"budget" bigint NOT NULL,
	"status" "round_status" DEFAULT 'gepland' NOT NULL,
	CONSTRAINT "rounds_budget_nonnegative" CHECK ("rounds"."budget" >= 0),
	CONSTRAINT "rounds_period_order" CHECK ("rounds"."opens_on" <= "rounds"."closes_on")
);
--> statement-breakpoint
CREATE TABLE "selection_criteria" (
	"id" serial PRIMARY KEY NOT NULL,
	"programme_id" integer NOT NULL,
	"code" text NOT NULL,
	"position" integer NOT NULL,
	"name_nl" text NOT NULL,
	"name_en" text NOT NULL,
	"weight" numeric(5, 2) DEFAULT 1 NOT NULL,
	CONSTRAINT "selection_criteria_programme_code" UNIQUE("programme_id","code"),
	CONSTRAINT "selection_criteria_weight_positive" CHECK ("selection_criteria"."weight" > 0)
);
--> statement-breakpoint
CREATE TABLE "organisations" (
	"id" serial PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"kind" "organisation_kind" NOT NULL,
	"education_level" "education_level",
	"company_size" "company_size",
	"government_level" "government_level",
	"kvk_number" text,
	"brin_code" text,
	"oin" text,
	"municipality_code" text,
	"province_code" text,
	"website" text,
	"is_illustrative" boolean DEFAULT true NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "organisations_kvk_number_unique" UNIQUE("kvk_number"),
	CONSTRAINT "organisations_brin_code_unique" UNIQUE("brin_code"),
	CONSTRAINT "organisations_oin_unique" UNIQUE("oin"),
	CONSTRAINT "organisations_kvk_format" CHECK ("organisations"."kvk_number" ~ '^[0-9]{8}$'),
	CONSTRAINT "organisations_brin_format" CHECK ("organisations"."brin_code" ~ '^[0-9]{2}[A-Z0-9]{2}$'),
	CONSTRAINT "organisations_oin_format" CHECK ("organisations"."oin" ~ '^[0-9]{20}$'),
	CONSTRAINT "organisations_level_only_for_schools" CHECK (("organisations"."kind" = 'onderwijsinstelling') = ("organisations"."education_level" IS NOT NULL)),
	CONSTRAINT "organisations_size_only_for_companies" CHECK (("organisations"."kind" = 'bedrijf') = ("organisations"."company_size" IS NOT NULL)),
	CONSTRAINT "organisations_level_only_for_governments" CHECK (("organisations"."kind" = 'overheid') = ("organisations"."government_level" IS NOT NULL))
);
--> statement-breakpoint
CREATE TABLE "consortia" (
	"id" serial PRIMARY KEY NOT NULL,
	"programme_id" integer NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"lead_organisation_id" integer NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"is_illustrative" boolean DEFAULT true NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "consortia_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "consortium_levels" (
	"consortium_id" integer NOT NULL,
	"level" "education_level" NOT NULL,
	CONSTRAINT "consortium_levels_consortium_id_level_pk" PRIMARY KEY("consortium_id","level")
);
--> statement-breakpoint
CREATE TABLE "consortium_provinces" (
	"consortium_id" integer NOT NULL,
	"province_code" text NOT NULL,
	CONSTRAINT "consortium_provinces_consortium_id_province_code_pk" PRIMARY KEY("consortium_id","province_code")
);
--> statement-breakpoint
CREATE TABLE "consortium_sectors" (
	"consortium_id" integer NOT NULL,
	"sector_code" text NOT NULL,
	CONSTRAINT "consortium_sectors_consortium_id_sector_code_pk" PRIMARY KEY("consortium_id","sector_code")
);
--> statement-breakpoint
CREATE TABLE "memberships" (
	"id" serial PRIMARY KEY NOT NULL,
	"pps_id" integer NOT NULL,
	"organisation_id" integer NOT NULL,
	"role" "membership_role" DEFAULT 'partner' NOT NULL,
	"since" date NOT NULL,
	"until" date,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "memberships_pps_organisation_since" UNIQUE("pps_id","organisation_id","since"),
	CONSTRAINT "memberships_period_order" CHECK ("memberships"."until" IS NULL OR "memberships"."since" <= "memberships"."until")
);
--> statement-breakpoint
CREATE TABLE "pps" (
	"id" serial PRIMARY KEY NOT NULL,
	"consortium_id" integer,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"founded_year" integer NOT NULL,
	"status" "pps_status" DEFAULT 'actief' NOT NULL,
	"municipality_code" text,
	"latitude" double precision,
	"longitude" double precision,
	"description" text DEFAULT '' NOT NULL,
	"is_illustrative" boolean DEFAULT true NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "pps_slug_unique" UNIQUE("slug"),
	CONSTRAINT "pps_founded_year_range" CHECK ("pps"."founded_year" BETWEEN 1990 AND 2100),
	CONSTRAINT "pps_latitude_range" CHECK ("pps"."latitude" BETWEEN -90 AND 90),
	CONSTRAINT "pps_longitude_range" CHECK ("pps"."longitude" BETWEEN -180 AND 180)
);
--> statement-breakpoint
CREATE TABLE "pps_disciplines" (
	"pps_id" integer NOT NULL,
	"discipline_code" text NOT NULL,
	CONSTRAINT "pps_disciplines_pps_id_discipline_code_pk" PRIMARY KEY("pps_id","discipline_code")
);
--> statement-breakpoint
CREATE TABLE "pps_levels" (
	"pps_id" integer NOT NULL,
	"level" "education_level" NOT NULL,
	CONSTRAINT "pps_levels_pps_id_level_pk" PRIMARY KEY("pps_id","level")
);
--> statement-breakpoint
CREATE TABLE "pps_provinces" (
	"pps_id" integer NOT NULL,
	"province_code" text NOT NULL,
	CONSTRAINT "pps_provinces_pps_id_province_code_pk" PRIMARY KEY("pps_id","province_code")
);
--> statement-breakpoint
CREATE TABLE "pps_sectors" (
	"pps_id" integer NOT NULL,
	"sector_code" text NOT NULL,
	CONSTRAINT "pps_sectors_pps_id_sector_code_pk" PRIMARY KEY("pps_id","sector_code")
);
--> statement-breakpoint
CREATE TABLE "application_cofinancing" (
	"application_id" integer NOT NULL,
	"source" "cofinancing_source" NOT NULL,
	"amount" bigint NOT NULL,
	CONSTRAINT "application_cofinancing_application_id_source_pk" PRIMARY KEY("application_id","source"),
	CONSTRAINT "application_cofinancing_nonnegative" CHECK ("application_cofinancing"."amount" >= 0)
);
--> statement-breakpoint
CREATE TABLE "applications" (
	"id" serial PRIMARY KEY NOT NULL,
	"round_id" integer NOT NULL,
	"reference" text NOT NULL,
	"title" text NOT NULL,
	"lead_organisation_id" integer NOT NULL,
	"consortium_id" integer,
	"requested_amount" bigint NOT NULL,
	"total_costs" bigint NOT NULL,
	"status" "application_status" DEFAULT 'ingediend' NOT NULL,
	"submitted_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "applications_reference_unique" UNIQUE("reference"),
	CONSTRAINT "applications_consortium_unique" UNIQUE("consortium_id"),
	CONSTRAINT "applications_requested_nonnegative" CHECK ("applications"."requested_amount" >= 0),
	CONSTRAINT "applications_requested_within_costs" CHECK ("applications"."requested_amount" <= "applications"."total_costs")
);
--> statement-breakpoint
CREATE TABLE "assessments" (
	"id" serial PRIMARY KEY NOT NULL,
	"application_id" integer NOT NULL,
	"assessor_user_id" integer NOT NULL,
	"criterion_id" integer NOT NULL,
	"score" integer NOT NULL,
	"comment" text DEFAULT '' NOT NULL,
	"assessed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "assessments_application_assessor_criterion" UNIQUE("application_id","assessor_user_id","criterion_id"),
	CONSTRAINT "assessments_score_range" CHECK ("assessments"."score" BETWEEN 1 AND 5)
);
--> statement-breakpoint
CREATE TABLE "decisions" (
	"id" serial PRIMARY KEY NOT NULL,
	"application_id" integer NOT NULL,
	"outcome" "decision_outcome" NOT NULL,
	"awarded_amount" bigint DEFAULT 0 NOT NULL,
	"decided_on" date NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "decisions_application_id_unique" UNIQUE("application_id"),
	CONSTRAINT "decisions_awarded_nonnegative" CHECK ("decisions"."awarded_amount" >= 0),
	CONSTRAINT "decisions_rejected_awards_nothing" CHECK ("decisions"."outcome" = 'toegekend' OR "decisions"."awarded_amount" = 0)
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"id" text PRIMARY KEY NOT NULL,
	"user_id" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "user_roles" (
	"id" serial PRIMARY KEY NOT NULL,
	"user_id" integer NOT NULL,
	"role" "role" NOT NULL,
	"consortium_id" integer,
	CONSTRAINT "user_roles_user_role_consortium" UNIQUE("user_id","role","consortium_id"),
	CONSTRAINT "user_roles_scope" CHECK (("user_roles"."role" = 'coordinator') = ("user_roles"."consortium_id" IS NOT NULL))
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" serial PRIMARY KEY NOT NULL,
	"email" text NOT NULL,
	"name" text NOT NULL,
	"password_hash" text,
	"is_active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "users_email_unique" UNIQUE("email"),
	CONSTRAINT "users_email_lowercase" CHECK ("users"."email" = lower("users"."email"))
);
--> statement-breakpoint
CREATE TABLE "budget_lines" (
	"id" serial PRIMARY KEY NOT NULL,
	"consortium_id" integer NOT NULL,
	"action_line_id" integer NOT NULL,
	"year" integer NOT NULL,
	"source" "funding_source" NOT NULL,
	"planned_amount" bigint NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "budget_lines_consortium_line_year_source" UNIQUE("consortium_id","action_line_id","year","source"),
	CONSTRAINT "budget_lines_planned_nonnegative" CHECK ("budget_lines"."planned_amount" >= 0),
	CONSTRAINT "budget_lines_year_range" CHECK ("budget_lines"."year" BETWEEN 2000 AND 2100)
);
--> statement-breakpoint
CREATE TABLE "indicators" (
	"id" serial PRIMARY KEY NOT NULL,
	"programme_id" integer NOT NULL,
	"code" text NOT NULL,
	"position" integer NOT NULL,
	"name_nl" text NOT NULL,
	"name_en" text NOT NULL,
	"unit" text NOT NULL,
	"kind" "indicator_kind" NOT NULL,
	"is_cumulative" boolean DEFAULT false NOT NULL,
	"is_reach" boolean DEFAULT false NOT NULL,
	"disaggregations" jsonb DEFAULT '[]'::jsonb NOT NULL,
	CONSTRAINT "indicators_programme_code" UNIQUE("programme_id","code")
);
--> statement-breakpoint
CREATE TABLE "target_milestones" (
	"target_id" integer NOT NULL,
	"year" integer NOT NULL,
	"value" numeric(14, 2) NOT NULL,
	CONSTRAINT "target_milestones_target_id_year_pk" PRIMARY KEY("target_id","year"),
	CONSTRAINT "target_milestones_nonnegative" CHECK ("target_milestones"."value" >= 0)
);
--> statement-breakpoint
CREATE TABLE "targets" (
	"id" serial PRIMARY KEY NOT NULL,
	"consortium_id" integer NOT NULL,
	"indicator_id" integer NOT NULL,
	"baseline_value" numeric(14, 2) NOT NULL,
	"baseline_year" integer NOT NULL,
	"target_value" numeric(14, 2) NOT NULL,
	"target_year" integer NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "targets_consortium_indicator" UNIQUE("consortium_id","indicator_id"),
	CONSTRAINT "targets_values_nonnegative" CHECK ("targets"."baseline_value" >= 0 AND "targets"."target_value" >= 0),
	CONSTRAINT "targets_year_order" CHECK ("targets"."baseline_year" <= "targets"."target_year")
);
--> statement-breakpoint
CREATE TABLE "budget_realisations" (
	"report_id" integer NOT NULL,
	"action_line_id" integer NOT NULL,
	"source" "funding_source" NOT NULL,
	"amount" bigint NOT NULL,
	CONSTRAINT "budget_realisations_report_id_action_line_id_source_pk" PRIMARY KEY("report_id","action_line_id","source"),
	CONSTRAINT "budget_realisations_nonnegative" CHECK ("budget_realisations"."amount" >= 0)
);
--> statement-breakpoint
CREATE TABLE "progress_reports" (
	"id" serial PRIMARY KEY NOT NULL,
	"consortium_id" integer NOT NULL,
	"period_year" integer NOT NULL,
	"status" "report_status" DEFAULT 'concept' NOT NULL,
	"submitted_at" timestamp with time zone,
	"submitted_by" integer,
	"reviewed_at" timestamp with time zone,
	"reviewed_by" integer,
	"review_note" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "progress_reports_consortium_period" UNIQUE("consortium_id","period_year")
);
--> statement-breakpoint
CREATE TABLE "report_comments" (
	"id" serial PRIMARY KEY NOT NULL,
	"report_id" integer NOT NULL,
	"author_user_id" integer NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "report_indicator_values" (
	"id" serial PRIMARY KEY NOT NULL,
	"report_id" integer NOT NULL,
	"indicator_id" integer NOT NULL,
	"breakdown" text DEFAULT '' NOT NULL,
	"value" numeric(14, 2) NOT NULL,
	CONSTRAINT "report_indicator_values_unique" UNIQUE("report_id","indicator_id","breakdown"),
	CONSTRAINT "report_indicator_values_nonnegative" CHECK ("report_indicator_values"."value" >= 0)
);
--> statement-breakpoint
CREATE TABLE "report_narratives" (
	"report_id" integer NOT NULL,
	"action_line_id" integer NOT NULL,
	"body" text NOT NULL,
	CONSTRAINT "report_narratives_report_id_action_line_id_pk" PRIMARY KEY("report_id","action_line_id")
);
--> statement-breakpoint
CREATE TABLE "knowledge_item_action_lines" (
	"item_id" integer NOT NULL,
	"action_line_id" integer NOT NULL,
	CONSTRAINT "knowledge_item_action_lines_item_id_action_line_id_pk" PRIMARY KEY("item_id","action_line_id")
);
--> statement-breakpoint
CREATE TABLE "knowledge_item_consortia" (
	"item_id" integer NOT NULL,
	"consortium_id" integer NOT NULL,
	CONSTRAINT "knowledge_item_consortia_item_id_consortium_id_pk" PRIMARY KEY("item_id","consortium_id")
);
--> statement-breakpoint
CREATE TABLE "knowledge_item_provinces" (
	"item_id" integer NOT NULL,
	"province_code" text NOT NULL,
	CONSTRAINT "knowledge_item_provinces_item_id_province_code_pk" PRIMARY KEY("item_id","province_code")
);
--> statement-breakpoint
CREATE TABLE "knowledge_item_sectors" (
	"item_id" integer NOT NULL,
	"sector_code" text NOT NULL,
	CONSTRAINT "knowledge_item_sectors_item_id_sector_code_pk" PRIMARY KEY("item_id","sector_code")
);
--> statement-breakpoint
CREATE TABLE "knowledge_items" (
	"id" serial PRIMARY KEY NOT NULL,
	"programme_id" integer NOT NULL,
	"slug" text NOT NULL,
	"kind" "knowledge_kind" NOT NULL,
	"title" text NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"url" text,
	"published_on" date NOT NULL,
	"is_illustrative" boolean DEFAULT true NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "knowledge_items_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"occurred_at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_user_id" integer,
	"action" text NOT NULL,
	"entity" text NOT NULL,
	"entity_id" text NOT NULL,
	"before" jsonb,
	"after" jsonb
);
--> statement-breakpoint
ALTER TABLE "municipalities" ADD CONSTRAINT "municipalities_province_code_provinces_code_fk" FOREIGN KEY ("province_code") REFERENCES "public"."provinces"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_lines" ADD CONSTRAINT "action_lines_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_rules" ADD CONSTRAINT "programme_rules_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rounds" ADD CONSTRAINT "rounds_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "selection_criteria" ADD CONSTRAINT "selection_criteria_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisations" ADD CONSTRAINT "organisations_municipality_code_municipalities_code_fk" FOREIGN KEY ("municipality_code") REFERENCES "public"."municipalities"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisations" ADD CONSTRAINT "organisations_province_code_provinces_code_fk" FOREIGN KEY ("province_code") REFERENCES "public"."provinces"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consortia" ADD CONSTRAINT "consortia_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consortia" ADD CONSTRAINT "consortia_lead_organisation_id_organisations_id_fk" FOREIGN KEY ("lead_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consortium_levels" ADD CONSTRAINT "consortium_levels_consortium_id_consortia_id_fk" FOREIGN KEY ("consortium_id") REFERENCES "public"."consortia"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consortium_provinces" ADD CONSTRAINT "consortium_provinces_consortium_id_consortia_id_fk" FOREIGN KEY ("consortium_id") REFERENCES "public"."consortia"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consortium_provinces" ADD CONSTRAINT "consortium_provinces_province_code_provinces_code_fk" FOREIGN KEY ("province_code") REFERENCES "public"."provinces"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consortium_sectors" ADD CONSTRAINT "consortium_sectors_consortium_id_consortia_id_fk" FOREIGN KEY ("consortium_id") REFERENCES "public"."consortia"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consortium_sectors" ADD CONSTRAINT "consortium_sectors_sector_code_sectors_code_fk" FOREIGN KEY ("sector_code") REFERENCES "public"."sectors"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_pps_id_pps_id_fk" FOREIGN KEY ("pps_id") REFERENCES "public"."pps"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pps" ADD CONSTRAINT "pps_consortium_id_consortia_id_fk" FOREIGN KEY ("consortium_id") REFERENCES "public"."consortia"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pps" ADD CONSTRAINT "pps_municipality_code_municipalities_code_fk" FOREIGN KEY ("municipality_code") REFERENCES "public"."municipalities"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pps_disciplines" ADD CONSTRAINT "pps_disciplines_pps_id_pps_id_fk" FOREIGN KEY ("pps_id") REFERENCES "public"."pps"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pps_disciplines" ADD CONSTRAINT "pps_disciplines_discipline_code_disciplines_code_fk" FOREIGN KEY ("discipline_code") REFERENCES "public"."disciplines"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pps_levels" ADD CONSTRAINT "pps_levels_pps_id_pps_id_fk" FOREIGN KEY ("pps_id") REFERENCES "public"."pps"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pps_provinces" ADD CONSTRAINT "pps_provinces_pps_id_pps_id_fk" FOREIGN KEY ("pps_id") REFERENCES "public"."pps"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pps_provinces" ADD CONSTRAINT "pps_provinces_province_code_provinces_code_fk" FOREIGN KEY ("province_code") REFERENCES "public"."provinces"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pps_sectors" ADD CONSTRAINT "pps_sectors_pps_id_pps_id_fk" FOREIGN KEY ("pps_id") REFERENCES "public"."pps"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pps_sectors" ADD CONSTRAINT "pps_sectors_sector_code_sectors_code_fk" FOREIGN KEY ("sector_code") REFERENCES "public"."sectors"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application_cofinancing" ADD CONSTRAINT "application_cofinancing_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_round_id_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."rounds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_lead_organisation_id_organisations_id_fk" FOREIGN KEY ("lead_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_consortium_id_consortia_id_fk" FOREIGN KEY ("consortium_id") REFERENCES "public"."consortia"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_assessor_user_id_users_id_fk" FOREIGN KEY ("assessor_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_criterion_id_selection_criteria_id_fk" FOREIGN KEY ("criterion_id") REFERENCES "public"."selection_criteria"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_roles" ADD CONSTRAINT "user_roles_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_roles" ADD CONSTRAINT "user_roles_consortium_id_consortia_id_fk" FOREIGN KEY ("consortium_id") REFERENCES "public"."consortia"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_lines" ADD CONSTRAINT "budget_lines_consortium_id_consortia_id_fk" FOREIGN KEY ("consortium_id") REFERENCES "public"."consortia"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_lines" ADD CONSTRAINT "budget_lines_action_line_id_action_lines_id_fk" FOREIGN KEY ("action_line_id") REFERENCES "public"."action_lines"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicators" ADD CONSTRAINT "indicators_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "target_milestones" ADD CONSTRAINT "target_milestones_target_id_targets_id_fk" FOREIGN KEY ("target_id") REFERENCES "public"."targets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "targets" ADD CONSTRAINT "targets_consortium_id_consortia_id_fk" FOREIGN KEY ("consortium_id") REFERENCES "public"."consortia"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "targets" ADD CONSTRAINT "targets_indicator_id_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicators"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_realisations" ADD CONSTRAINT "budget_realisations_report_id_progress_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."progress_reports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_realisations" ADD CONSTRAINT "budget_realisations_action_line_id_action_lines_id_fk" FOREIGN KEY ("action_line_id") REFERENCES "public"."action_lines"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "progress_reports" ADD CONSTRAINT "progress_reports_consortium_id_consortia_id_fk" FOREIGN KEY ("consortium_id") REFERENCES "public"."consortia"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "progress_reports" ADD CONSTRAINT "progress_reports_submitted_by_users_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "progress_reports" ADD CONSTRAINT "progress_reports_reviewed_by_users_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_comments" ADD CONSTRAINT "report_comments_report_id_progress_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."progress_reports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_comments" ADD CONSTRAINT "report_comments_author_user_id_users_id_fk" FOREIGN KEY ("author_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_indicator_values" ADD CONSTRAINT "report_indicator_values_report_id_progress_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."progress_reports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_indicator_values" ADD CONSTRAINT "report_indicator_values_indicator_id_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicators"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_narratives" ADD CONSTRAINT "report_narratives_report_id_progress_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."progress_reports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_narratives" ADD CONSTRAINT "report_narratives_action_line_id_action_lines_id_fk" FOREIGN KEY ("action_line_id") REFERENCES "public"."action_lines"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "knowledge_item_action_lines" ADD CONSTRAINT "knowledge_item_action_lines_item_id_knowledge_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."knowledge_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "knowledge_item_action_lines" ADD CONSTRAINT "knowledge_item_action_lines_action_line_id_action_lines_id_fk" FOREIGN KEY ("action_line_id") REFERENCES "public"."action_lines"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "knowledge_item_consortia" ADD CONSTRAINT "knowledge_item_consortia_item_id_knowledge_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."knowledge_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "knowledge_item_consortia" ADD CONSTRAINT "knowledge_item_consortia_consortium_id_consortia_id_fk" FOREIGN KEY ("consortium_id") REFERENCES "public"."consortia"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "knowledge_item_provinces" ADD CONSTRAINT "knowledge_item_provinces_item_id_knowledge_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."knowledge_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "knowledge_item_provinces" ADD CONSTRAINT "knowledge_item_provinces_province_code_provinces_code_fk" FOREIGN KEY ("province_code") REFERENCES "public"."provinces"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "knowledge_item_sectors" ADD CONSTRAINT "knowledge_item_sectors_item_id_knowledge_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."knowledge_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "knowledge_item_sectors" ADD CONSTRAINT "knowledge_item_sectors_sector_code_sectors_code_fk" FOREIGN KEY ("sector_code") REFERENCES "public"."sectors"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "knowledge_items" ADD CONSTRAINT "knowledge_items_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_actor_user_id_users_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "municipalities_province_idx" ON "municipalities" USING btree ("province_code");--> statement-breakpoint
CREATE INDEX "organisations_kind_idx" ON "organisations" USING btree ("kind");--> statement-breakpoint
CREATE INDEX "organisations_province_idx" ON "organisations" USING btree ("province_code");--> statement-breakpoint
CREATE INDEX "organisations_name_lower_idx" ON "organisations" USING btree (lower("name"));--> statement-breakpoint
CREATE INDEX "consortia_programme_idx" ON "consortia" USING btree ("programme_id");--> statement-breakpoint
CREATE INDEX "consortium_provinces_province_idx" ON "consortium_provinces" USING btree ("province_code");--> statement-breakpoint
CREATE INDEX "consortium_sectors_sector_idx" ON "consortium_sectors" USING btree ("sector_code");--> statement-breakpoint
CREATE INDEX "memberships_organisation_idx" ON "memberships" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "pps_consortium_idx" ON "pps" USING btree ("consortium_id");--> statement-breakpoint
CREATE INDEX "pps_provinces_province_idx" ON "pps_provinces" USING btree ("province_code");--> statement-breakpoint
CREATE INDEX "pps_sectors_sector_idx" ON "pps_sectors" USING btree ("sector_code");--> statement-breakpoint
CREATE INDEX "applications_round_idx" ON "applications" USING btree ("round_id");--> statement-breakpoint
CREATE INDEX "sessions_user_idx" ON "sessions" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "sessions_expires_idx" ON "sessions" USING btree ("expires_at");--> statement-breakpoint
CREATE INDEX "budget_lines_action_line_idx" ON "budget_lines" USING btree ("action_line_id");--> statement-breakpoint
CREATE INDEX "progress_reports_status_idx" ON "progress_reports" USING btree ("status");--> statement-breakpoint
CREATE INDEX "report_comments_report_idx" ON "report_comments" USING btree ("report_id");--> statement-breakpoint
CREATE INDEX "report_indicator_values_indicator_idx" ON "report_indicator_values" USING btree ("indicator_id");--> statement-breakpoint
CREATE INDEX "knowledge_item_consortia_consortium_idx" ON "knowledge_item_consortia" USING btree ("consortium_id");--> statement-breakpoint
CREATE INDEX "knowledge_items_published_idx" ON "knowledge_items" USING btree ("published_on");--> statement-breakpoint
CREATE INDEX "audit_log_entity_idx" ON "audit_log" USING btree ("entity","entity_id");--> statement-breakpoint
CREATE INDEX "audit_log_occurred_idx" ON "audit_log" USING btree ("occurred_at");--> statement-breakpoint
CREATE INDEX "audit_log_actor_idx" ON "audit_log" USING btree ("actor_user_id");