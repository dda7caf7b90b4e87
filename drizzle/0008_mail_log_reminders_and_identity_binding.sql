CREATE TYPE "public"."mail_status" AS ENUM('wachtend', 'verzonden', 'mislukt');--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "preferred_locale" text;--> statement-breakpoint
ALTER TABLE "outbox" ADD COLUMN "kind" text;--> statement-breakpoint
ALTER TABLE "outbox" ADD COLUMN "status" "mail_status" DEFAULT 'wachtend' NOT NULL;--> statement-breakpoint
ALTER TABLE "outbox" ADD COLUMN "error" text;--> statement-breakpoint
ALTER TABLE "outbox" ADD COLUMN "dedupe_key" text;--> statement-breakpoint
ALTER TABLE "outbox" ADD COLUMN "sent_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "user_identities" ADD COLUMN "invitation_id" integer;--> statement-breakpoint
ALTER TABLE "user_identities" ADD CONSTRAINT "user_identities_invitation_id_invitations_id_fk" FOREIGN KEY ("invitation_id") REFERENCES "public"."invitations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "outbox_status_idx" ON "outbox" USING btree ("status");--> statement-breakpoint
ALTER TABLE "outbox" ADD CONSTRAINT "outbox_dedupe_key" UNIQUE("dedupe_key");--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_preferred_locale" CHECK ("users"."preferred_locale" in ('nl', 'en'));