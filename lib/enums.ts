/*
 * The domain's fixed vocabularies, shared by the database schema, the API validators and the client
 * components. Kept apart from lib/db/schema.ts so that a client component naming a zone kind does not pull
 * the table definitions (and Drizzle) into the browser bundle (e2e/client-bundle.spec.ts checks).
 */
export const ZONE_KINDS = ['sealed', 'controlled', 'precaution'] as const;
export const CASE_CLASSIFICATIONS = ['confirmed', 'asymptomatic'] as const;
export const CASE_STATUSES = ['draft', 'published'] as const;
export const USER_ROLES = ['admin', 'staff', 'official'] as const;
export const REPORT_STATUSES = ['new', 'contacted', 'tested', 'cleared'] as const;

export type ZoneKind = (typeof ZONE_KINDS)[number];
export type CaseClassification = (typeof CASE_CLASSIFICATIONS)[number];
export type CaseStatus = (typeof CASE_STATUSES)[number];
export type UserRole = (typeof USER_ROLES)[number];
export type ReportStatus = (typeof REPORT_STATUSES)[number];
