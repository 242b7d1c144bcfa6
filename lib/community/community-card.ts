import type { ZoneKind } from '@/lib/db/schema';

/**
 * What a community publishes about itself, as GET /api/communities/{id}/card serves it to anyone: no
 * resident, report or case-home field can appear here (an integration test checks the keys).
 */
export type CommunityCard = {
  id: number;
  code: string;
  name: string;
  district: string;
  population: number | null;
  /** The instant the card describes (zones in force, latest round, status). */
  at: string;
  /** Service-team numbers staff entered, in their order. */
  contacts: { id: number; label: string; phone: string }[];
  /** Grid cells with their responsible workers (communities publish these). */
  gridCells: { id: number; name: string; worker: string | null; workerPhone: string | null }[];
  /** Zones in force at `at` over the community, most severe first; `since` is when the zone took its kind. */
  zones: { id: number; kind: ZoneKind; name: string; since: string; plannedLift: string | null }[];
  /** The latest testing round by `at`: the whole community, or the sum over its grid cells for one round number. */
  latestRound: {
    roundNumber: number;
    testedOn: string;
    peopleTested: number;
    positives: number;
    /** Null: community-wide. Otherwise how many grid cells reported this round. */
    gridCellCount: number | null;
  } | null;
  status: { isNoEpidemic: boolean; since: string | null; reasons: string[] } | null;
};

/** The keys a card may carry at its top level; anything else is a leak. */
export const COMMUNITY_CARD_KEYS = ['id', 'code', 'name', 'district', 'population', 'at', 'contacts', 'gridCells', 'zones', 'latestRound', 'status'] as const;
