ALTER TABLE "consortia" ADD COLUMN "description_en" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "pps" ADD COLUMN "description_en" text DEFAULT '' NOT NULL;