ALTER TABLE "cases" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "communities" ADD COLUMN "contacts_version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "district_targets" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "grid_cells" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "testing_rounds" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;