CREATE TYPE "public"."knowledge_status" AS ENUM('concept', 'gepland', 'gepubliceerd', 'gearchiveerd');--> statement-breakpoint
CREATE TYPE "public"."registration_status" AS ENUM('aangemeld', 'wachtlijst', 'afgemeld');--> statement-breakpoint
CREATE TABLE "event_registrations" (
	"id" serial PRIMARY KEY NOT NULL,
	"item_id" integer NOT NULL,
	"status" "registration_status" NOT NULL,
	"name" text,
	"email" text,
	"organisation" text,
	"token_hash" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"cancelled_at" timestamp with time zone,
	"promoted_at" timestamp with time zone,
	"erased_at" timestamp with time zone,
	CONSTRAINT "event_registrations_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "knowledge_item_pps" (
	"item_id" integer NOT NULL,
	"pps_id" integer NOT NULL,
	CONSTRAINT "knowledge_item_pps_item_id_pps_id_pk" PRIMARY KEY("item_id","pps_id")
);
--> statement-breakpoint
CREATE TABLE "page_views" (
	"path" text NOT NULL,
	"day" date NOT NULL,
	"views" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "page_views_path_day_pk" PRIMARY KEY("path","day")
);
--> statement-breakpoint
CREATE TABLE "programme_facts" (
	"id" serial PRIMARY KEY NOT NULL,
	"programme_id" integer NOT NULL,
	"code" text NOT NULL,
	"position" integer NOT NULL,
	"value" numeric NOT NULL,
	"unit" text NOT NULL,
	"label_nl" text NOT NULL,
	"label_en" text NOT NULL,
	"source" text NOT NULL,
	"source_url" text,
	"source_date" date NOT NULL,
	CONSTRAINT "programme_facts_programme_code" UNIQUE("programme_id","code")
);
--> statement-breakpoint
ALTER TABLE "knowledge_items" ADD COLUMN "status" "knowledge_status" DEFAULT 'gepubliceerd' NOT NULL;--> statement-breakpoint
ALTER TABLE "knowledge_items" ADD COLUMN "body" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "knowledge_items" ADD COLUMN "source_tags" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "knowledge_items" ADD COLUMN "publish_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "knowledge_items" ADD COLUMN "starts_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "knowledge_items" ADD COLUMN "ends_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "knowledge_items" ADD COLUMN "location" text;--> statement-breakpoint
ALTER TABLE "knowledge_items" ADD COLUMN "online_url" text;--> statement-breakpoint
ALTER TABLE "knowledge_items" ADD COLUMN "capacity" integer;--> statement-breakpoint
ALTER TABLE "knowledge_items" ADD COLUMN "results" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "knowledge_items" ADD COLUMN "contact" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "knowledge_items" ADD COLUMN "proposed_by_user_id" integer;--> statement-breakpoint
ALTER TABLE "knowledge_items" ADD COLUMN "updated_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "knowledge_items" ADD COLUMN "search_vector" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('dutch'::regconfig, coalesce(title, '')), 'A')
  || setweight(to_tsvector('dutch'::regconfig, coalesce(summary, '')), 'B')
  || setweight(to_tsvector('dutch'::regconfig, coalesce(body, '') || ' ' || coalesce(results, '')), 'C')) STORED NOT NULL;--> statement-breakpoint
ALTER TABLE "event_registrations" ADD CONSTRAINT "event_registrations_item_id_knowledge_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."knowledge_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "knowledge_item_pps" ADD CONSTRAINT "knowledge_item_pps_item_id_knowledge_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."knowledge_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "knowledge_item_pps" ADD CONSTRAINT "knowledge_item_pps_pps_id_pps_id_fk" FOREIGN KEY ("pps_id") REFERENCES "public"."pps"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_facts" ADD CONSTRAINT "programme_facts_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "event_registrations_item_idx" ON "event_registrations" USING btree ("item_id","status","id");--> statement-breakpoint
CREATE INDEX "knowledge_item_pps_pps_idx" ON "knowledge_item_pps" USING btree ("pps_id");--> statement-breakpoint
CREATE INDEX "page_views_day_idx" ON "page_views" USING btree ("day");--> statement-breakpoint
ALTER TABLE "knowledge_items" ADD CONSTRAINT "knowledge_items_proposed_by_user_id_users_id_fk" FOREIGN KEY ("proposed_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "knowledge_items_search_idx" ON "knowledge_items" USING gin ("search_vector");--> statement-breakpoint
ALTER TABLE "knowledge_items" ADD CONSTRAINT "knowledge_items_capacity_positive" CHECK ("knowledge_items"."capacity" IS NULL OR "knowledge_items"."capacity" > 0);--> statement-breakpoint
ALTER TABLE "knowledge_items" ADD CONSTRAINT "knowledge_items_event_order" CHECK ("knowledge_items"."ends_at" IS NULL OR "knowledge_items"."starts_at" <= "knowledge_items"."ends_at");--> statement-breakpoint
ALTER TABLE "knowledge_items" ADD CONSTRAINT "knowledge_items_scheduled_has_time" CHECK ("knowledge_items"."status" <> 'gepland' OR "knowledge_items"."publish_at" IS NOT NULL);