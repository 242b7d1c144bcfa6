import type { MultiPolygon } from 'geojson';
import type { ZoneKind } from '@/lib/enums';

/** A zone's public properties, as the map and the zones workspace get them (the feature id is the zone id). */
export type ZoneProperties = {
  kind: ZoneKind;
  name: string;
  effectiveFrom: string;
  plannedLift: string | null;
  liftedAt: string | null;
  note: string | null;
  version: number;
};

/** A zone as the editor and the audit log see it, with who changed it last. */
export type ZoneSnapshot = {
  id: number;
  kind: ZoneKind;
  name: string;
  effectiveFrom: string;
  plannedLift: string | null;
  liftedAt: string | null;
  /** When the zone took its current kind (the lifecycle clock's start). */
  kindSince: string;
  note: string | null;
  version: number;
  updatedAt: string;
  updatedBy: string | null;
  geometry: MultiPolygon;
};

/** A zone as the zones workspace lists it: with the communities it reaches and its next lifecycle step. */
export type WorkspaceZone = ZoneProperties & {
  id: number;
  geometry: MultiPolygon;
  communities: string[];
  population: number;
  /** The next lifecycle step and its date (proposed when due; staff confirm). */
  proposal: { to: ZoneKind; dueAt: string; isDue: boolean } | null;
};
