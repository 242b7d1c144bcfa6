/** What the audit log can be narrowed to: an object, a case by code, a zone by name, a user (each "contains"). */
export type AuditFilter = { objectType?: string; objectId?: string; caseCode?: string; zoneName?: string; user?: string };
