-- UNLOGGED: rate-limit counters are cheap to lose (a crash refills every bucket) and written on every
-- check; skipping the WAL keeps them off the disk flush and out of replication.
CREATE UNLOGGED TABLE "rate_limit_buckets" (
	"key" text PRIMARY KEY NOT NULL,
	"tokens" double precision NOT NULL,
	"refilled_at" timestamp with time zone NOT NULL,
	"is_last_allowed" boolean NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sign_in_throttles" (
	"username" text NOT NULL,
	"client" text NOT NULL,
	"attempts" integer NOT NULL,
	"blocked_until" timestamp with time zone NOT NULL,
	"is_last_admitted" boolean NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "sign_in_throttles_username_client_pk" PRIMARY KEY("username","client")
);
--> statement-breakpoint
CREATE INDEX "rate_limit_buckets_refilled_idx" ON "rate_limit_buckets" USING btree ("refilled_at");--> statement-breakpoint
CREATE INDEX "sign_in_throttles_updated_idx" ON "sign_in_throttles" USING btree ("updated_at");--> statement-breakpoint
ALTER TABLE "users" DROP COLUMN "failed_sign_ins";--> statement-breakpoint
ALTER TABLE "users" DROP COLUMN "locked_until";