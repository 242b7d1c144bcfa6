CREATE TYPE "public"."report_status" AS ENUM('new', 'contacted', 'tested', 'cleared');--> statement-breakpoint
CREATE TABLE "resident_reports" (
	"id" serial PRIMARY KEY NOT NULL,
	"community_id" integer NOT NULL,
	"name" text NOT NULL,
	"phone" text NOT NULL,
	"overlaps" jsonb NOT NULL,
	"trajectory" jsonb,
	"consented_at" timestamp with time zone NOT NULL,
	"status" "report_status" DEFAULT 'new' NOT NULL,
	"notes" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	CONSTRAINT "resident_reports_expiry_check" CHECK ("resident_reports"."expires_at" > "resident_reports"."created_at"),
	CONSTRAINT "resident_reports_name_check" CHECK (length(trim("resident_reports"."name")) between 1 and 100),
	CONSTRAINT "resident_reports_phone_check" CHECK ("resident_reports"."phone" ~ '^[+0-9][0-9 ()-]{5,24}$')
);
--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "failed_sign_ins" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "locked_until" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "resident_reports" ADD CONSTRAINT "resident_reports_community_id_communities_id_fk" FOREIGN KEY ("community_id") REFERENCES "public"."communities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "resident_reports_expires_idx" ON "resident_reports" USING btree ("expires_at");--> statement-breakpoint
CREATE INDEX "resident_reports_status_idx" ON "resident_reports" USING btree ("status","created_at");