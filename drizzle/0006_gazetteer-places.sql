CREATE TABLE "gazetteer_places" (
	"id" serial PRIMARY KEY NOT NULL,
	"source" text NOT NULL,
	"name" text NOT NULL,
	"region" text,
	"point" geometry(Point, 4326) NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "gazetteer_places_name_check" CHECK (length(trim("gazetteer_places"."name")) > 0 AND length("gazetteer_places"."name") <= 200),
	CONSTRAINT "gazetteer_places_point_valid" CHECK (ST_IsValid("gazetteer_places"."point") AND NOT ST_IsEmpty("gazetteer_places"."point"))
);
--> statement-breakpoint
CREATE INDEX "gazetteer_places_point_gix" ON "gazetteer_places" USING gist ("point");--> statement-breakpoint
CREATE INDEX "gazetteer_places_source_idx" ON "gazetteer_places" USING btree ("source");