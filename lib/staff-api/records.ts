import type { LineString, Point } from 'geojson';
import type { CaseClassification, CaseStatus, UserRole } from '@/lib/enums';

// The records the staff pages hand to their browser components and the staff API answers with. They live
// outside lib/db (the data door) so a client component never imports a server-only module, even for a type;
// the queries in lib/db return these types.

/** A user for the admins' page: never the hash or the lockout counters. */
export type UserListing = { id: number; username: string; role: UserRole; isDemo: boolean; isDisabled: boolean; createdAt: string };

/** A testing round as the rounds page lists it. */
export type RoundRow = {
  id: number;
  communityId: number;
  communityName: string;
  gridCellId: number | null;
  gridCellName: string | null;
  roundNumber: number;
  testedOn: string;
  peopleTested: number;
  positives: number;
  note: string | null;
  createdBy: string | null;
  updatedAt: string;
  /** Saves name the version they read; a stale one is refused. */
  version: number;
};

/** A community with its service numbers and grid workers, for the staff page. */
export type StaffCommunity = {
  id: number;
  code: string;
  name: string;
  district: string;
  /** The version of the contact list as a whole (saves name it). */
  contactsVersion: number;
  contacts: { id: number; label: string; phone: string }[];
  gridCells: { id: number; name: string; worker: string | null; workerPhone: string | null; version: number }[];
};

/** A visit as staff edit it: a Point stay, or a LineString movement with one ISO time per vertex (`coordTimes`). */
export type StaffCaseVisit = { seq: number; place: string | null; startsAt: string; endsAt: string; geometry: Point | LineString; coordTimes: string[] | null };

/** A case, drafts included, with its visits in order: for staff and officials only. */
export type StaffCase = { id: number; code: string; classification: CaseClassification; status: CaseStatus; communityId: number | null; version: number; reportedAt: string; visits: StaffCaseVisit[] };
