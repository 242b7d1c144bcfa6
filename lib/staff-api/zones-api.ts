import type { ZoneKind } from '@/lib/enums';
import type { ZoneSaveBody } from '@/lib/zones/zone-form';
import type { ZoneSnapshot } from '@/lib/zones/zone-types';
import { callStaffApi, type FetchLike } from './call-staff-api';
import { staffPath, type StaffAnswer } from './staff-answer';

/** Every zone write answers with the saved zone, or a 409 with the other editor's version. */
export type ZoneAnswer = StaffAnswer<{ zone: ZoneSnapshot }, ZoneSnapshot>;

/** A generated zone (one of the three around a place or building). */
export type GeneratedZoneBody = Pick<ZoneSaveBody, 'kind' | 'name' | 'effectiveFrom' | 'geometry'>;

/**
 * The zone endpoints of the staff API, typed. Every write but create names the version it read.
 *
 * @example
 * const answer = await zonesApi().lift(3, 4); // POST /api/staff/zones/3/lift { version: 4 }
 */
export function zonesApi(fetchImpl?: FetchLike) {
  const call = (method: string, url: string, body?: unknown) => callStaffApi<{ zone: ZoneSnapshot }, ZoneSnapshot>(method, url, body, fetchImpl);
  const zone = (id: number, action = '') => `/api/staff/zones/${id}${action}`;
  return {
    create: (body: ZoneSaveBody): Promise<ZoneAnswer> => call('POST', '/api/staff/zones', body),
    /** Saves generated zones together: all or none. */
    createMany: (zones: GeneratedZoneBody[]): Promise<ZoneAnswer> => call('POST', '/api/staff/zones', { zones }),
    update: (id: number, body: ZoneSaveBody): Promise<ZoneAnswer> => call('PUT', zone(id), body),
    lift: (id: number, version: number): Promise<ZoneAnswer> => call('POST', zone(id, '/lift'), { version }),
    step: (id: number, version: number, to: ZoneKind): Promise<ZoneAnswer> => call('POST', zone(id, '/step'), { version, to }),
    undo: (id: number, version: number): Promise<ZoneAnswer> => call('POST', zone(id, '/undo'), { version }),
    remove: (id: number, version: number): Promise<ZoneAnswer> => call('DELETE', staffPath(zone(id), { version })),
  };
}
