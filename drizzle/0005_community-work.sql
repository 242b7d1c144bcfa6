CREATE TABLE "community_contacts" (
	"id" serial PRIMARY KEY NOT NULL,
	"community_id" integer NOT NULL,
	"label" text NOT NULL,
	"phone" text NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "community_contacts_label_check" CHECK (length(trim("community_contacts"."label")) between 1 and 80),
	CONSTRAINT "community_contacts_phone_check" CHECK ("community_contacts"."phone" ~ '^[+0-9][0-9 ()-]{2,24}$')
);
--> statement-breakpoint
CREATE TABLE "district_targets" (
	"id" serial PRIMARY KEY NOT NULL,
	"district" text NOT NULL,
	"target_count" integer NOT NULL,
	"due_on" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "district_targets_district_due_key" UNIQUE("district","due_on"),
	CONSTRAINT "district_targets_count_check" CHECK ("district_targets"."target_count" >= 0),
	CONSTRAINT "district_targets_district_check" CHECK (length(trim("district_targets"."district")) > 0)
);
--> statement-breakpoint
CREATE TABLE "testing_rounds" (
	"id" serial PRIMARY KEY NOT NULL,
	"community_id" integer NOT NULL,
	"grid_cell_id" integer,
	"round_number" integer NOT NULL,
	"tested_on" date NOT NULL,
	"people_tested" integer NOT NULL,
	"positives" integer DEFAULT 0 NOT NULL,
	"note" text,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "testing_rounds_place_round_key" UNIQUE NULLS NOT DISTINCT("community_id","grid_cell_id","round_number"),
	CONSTRAINT "testing_rounds_round_number_check" CHECK ("testing_rounds"."round_number" BETWEEN 1 AND 10000),
	CONSTRAINT "testing_rounds_people_check" CHECK ("testing_rounds"."people_tested" >= 0),
	CONSTRAINT "testing_rounds_positives_check" CHECK ("testing_rounds"."positives" >= 0 AND "testing_rounds"."positives" <= "testing_rounds"."people_tested")
);
--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "community_id" integer;--> statement-breakpoint
ALTER TABLE "community_contacts" ADD CONSTRAINT "community_contacts_community_id_communities_id_fk" FOREIGN KEY ("community_id") REFERENCES "public"."communities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "testing_rounds" ADD CONSTRAINT "testing_rounds_community_id_communities_id_fk" FOREIGN KEY ("community_id") REFERENCES "public"."communities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "testing_rounds" ADD CONSTRAINT "testing_rounds_grid_cell_id_grid_cells_id_fk" FOREIGN KEY ("grid_cell_id") REFERENCES "public"."grid_cells"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "testing_rounds" ADD CONSTRAINT "testing_rounds_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "community_contacts_community_idx" ON "community_contacts" USING btree ("community_id","position");--> statement-breakpoint
CREATE INDEX "testing_rounds_tested_on_idx" ON "testing_rounds" USING btree ("tested_on");--> statement-breakpoint
CREATE INDEX "testing_rounds_community_idx" ON "testing_rounds" USING btree ("community_id","tested_on");--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_community_id_communities_id_fk" FOREIGN KEY ("community_id") REFERENCES "public"."communities"("id") ON DELETE set null ON UPDATE no action;