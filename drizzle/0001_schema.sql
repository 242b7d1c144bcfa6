CREATE TYPE "public"."case_classification" AS ENUM('confirmed', 'asymptomatic');--> statement-breakpoint
CREATE TYPE "public"."case_status" AS ENUM('draft', 'published');--> statement-breakpoint
CREATE TYPE "public"."user_role" AS ENUM('admin', 'staff', 'official');--> statement-breakpoint
CREATE TYPE "public"."zone_kind" AS ENUM('sealed', 'controlled', 'precaution');--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_id" integer,
	"actor_label" text,
	"action" text NOT NULL,
	"object_type" text NOT NULL,
	"object_id" text NOT NULL,
	"before" jsonb,
	"after" jsonb
);
--> statement-breakpoint
CREATE TABLE "case_visits" (
	"id" serial PRIMARY KEY NOT NULL,
	"case_id" integer NOT NULL,
	"seq" integer NOT NULL,
	"place" text,
	"geom" geometry(Geometry, 4326) NOT NULL,
	"coord_times" timestamp with time zone[],
	"is_time_generated" boolean DEFAULT false NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"during" "tstzrange" GENERATED ALWAYS AS (tstzrange(starts_at, ends_at, '[]')) STORED NOT NULL,
	CONSTRAINT "case_visits_case_seq_key" UNIQUE("case_id","seq"),
	CONSTRAINT "case_visits_time_order" CHECK ("case_visits"."ends_at" >= "case_visits"."starts_at"),
	CONSTRAINT "case_visits_geom_kind" CHECK (GeometryType("case_visits"."geom") IN ('POINT', 'LINESTRING') AND ST_IsValid("case_visits"."geom")),
	CONSTRAINT "case_visits_coord_times" CHECK ((GeometryType("case_visits"."geom") = 'POINT' AND "case_visits"."coord_times" IS NULL) OR (GeometryType("case_visits"."geom") = 'LINESTRING' AND cardinality("case_visits"."coord_times") = ST_NPoints("case_visits"."geom")))
);
--> statement-breakpoint
CREATE TABLE "cases" (
	"id" serial PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"classification" "case_classification" DEFAULT 'confirmed' NOT NULL,
	"reported_at" timestamp with time zone NOT NULL,
	"status" "case_status" DEFAULT 'draft' NOT NULL,
	"published_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cases_code_unique" UNIQUE("code"),
	CONSTRAINT "cases_code_check" CHECK ("cases"."code" ~ '^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$'),
	CONSTRAINT "cases_published_check" CHECK (("cases"."status" = 'published') = ("cases"."published_at" IS NOT NULL))
);
--> statement-breakpoint
CREATE TABLE "communities" (
	"id" serial PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"district" text NOT NULL,
	"population" integer,
	"boundary" geometry(MultiPolygon, 4326) NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "communities_code_unique" UNIQUE("code"),
	CONSTRAINT "communities_population_check" CHECK ("communities"."population" IS NULL OR "communities"."population" >= 0),
	CONSTRAINT "communities_boundary_valid" CHECK (ST_IsValid("communities"."boundary") AND NOT ST_IsEmpty("communities"."boundary")),
	CONSTRAINT "communities_name_check" CHECK (length(trim("communities"."name")) > 0)
);
--> statement-breakpoint
CREATE TABLE "grid_cells" (
	"id" serial PRIMARY KEY NOT NULL,
	"community_id" integer NOT NULL,
	"name" text NOT NULL,
	"worker" text,
	"worker_phone" text,
	"geom" geometry(MultiPolygon, 4326) NOT NULL,
	CONSTRAINT "grid_cells_community_name_key" UNIQUE("community_id","name"),
	CONSTRAINT "grid_cells_geom_valid" CHECK (ST_IsValid("grid_cells"."geom") AND NOT ST_IsEmpty("grid_cells"."geom"))
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"user_id" integer NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" serial PRIMARY KEY NOT NULL,
	"username" text NOT NULL,
	"password_hash" text NOT NULL,
	"role" "user_role" NOT NULL,
	"is_disabled" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_username_unique" UNIQUE("username")
);
--> statement-breakpoint
CREATE TABLE "zones" (
	"id" serial PRIMARY KEY NOT NULL,
	"kind" "zone_kind" NOT NULL,
	"name" text NOT NULL,
	"geom" geometry(MultiPolygon, 4326) NOT NULL,
	"effective_from" timestamp with time zone NOT NULL,
	"planned_lift" timestamp with time zone,
	"lifted_at" timestamp with time zone,
	"note" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" integer,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "zones_name_effective_from_key" UNIQUE("name","effective_from"),
	CONSTRAINT "zones_geom_valid" CHECK (ST_IsValid("zones"."geom") AND NOT ST_IsEmpty("zones"."geom")),
	CONSTRAINT "zones_planned_lift_check" CHECK ("zones"."planned_lift" IS NULL OR "zones"."planned_lift" > "zones"."effective_from"),
	CONSTRAINT "zones_lifted_at_check" CHECK ("zones"."lifted_at" IS NULL OR "zones"."lifted_at" >= "zones"."effective_from"),
	CONSTRAINT "zones_name_check" CHECK (length(trim("zones"."name")) > 0)
);
--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_visits" ADD CONSTRAINT "case_visits_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grid_cells" ADD CONSTRAINT "grid_cells_community_id_communities_id_fk" FOREIGN KEY ("community_id") REFERENCES "public"."communities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zones" ADD CONSTRAINT "zones_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zones" ADD CONSTRAINT "zones_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_log_object_idx" ON "audit_log" USING btree ("object_type","object_id","at");--> statement-breakpoint
CREATE INDEX "case_visits_geom_gix" ON "case_visits" USING gist ("geom");--> statement-breakpoint
CREATE INDEX "case_visits_during_gix" ON "case_visits" USING gist ("during");--> statement-breakpoint
CREATE INDEX "cases_status_reported_idx" ON "cases" USING btree ("status","reported_at");--> statement-breakpoint
CREATE INDEX "communities_boundary_gix" ON "communities" USING gist ("boundary");--> statement-breakpoint
CREATE INDEX "grid_cells_geom_gix" ON "grid_cells" USING gist ("geom");--> statement-breakpoint
CREATE INDEX "sessions_user_idx" ON "sessions" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "zones_geom_gix" ON "zones" USING gist ("geom");--> statement-breakpoint
CREATE INDEX "zones_in_force_idx" ON "zones" USING btree ("effective_from","lifted_at");