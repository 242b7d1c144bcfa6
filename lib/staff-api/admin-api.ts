import type { UserRole } from '@/lib/enums';
import { callStaffApi, type FetchLike } from './call-staff-api';
import type { TargetRow } from '@/lib/community/target-form';
import type { RoundRow, StaffCommunity, UserListing } from './records';
import type { StaffAnswer } from './staff-answer';

type GridCell = StaffCommunity['gridCells'][number];
/** A district target as the staff page edits it. */
export type TargetBody = { district: string; targetCount: number | null; dueOn: string; version?: number };

/**
 * The users, targets, rounds and community-contacts endpoints of the staff API, typed. A save that names
 * the version it read answers a stale one with a 409 carrying the current record (`conflict.current`).
 *
 * @example
 * const answer = await adminApi().users.setDisabled(4, true); // PATCH /api/staff/users/4 { isDisabled: true }
 */
export function adminApi(fetchImpl?: FetchLike) {
  const call = <T, Current = never>(method: string, url: string, body?: unknown) => callStaffApi<T, Current>(method, url, body, fetchImpl);
  return {
    users: {
      create: (user: { username: string; role: UserRole; password: string }): Promise<StaffAnswer<{ user: UserListing }>> => call('POST', '/api/staff/users', user),
      setDisabled: (id: number, isDisabled: boolean): Promise<StaffAnswer<{ user: UserListing }>> => call('PATCH', `/api/staff/users/${id}`, { isDisabled }),
    },
    targets: {
      /** Creates a target (no id) or changes one (with the version read). */
      save: (id: number | null, body: TargetBody): Promise<StaffAnswer<unknown, TargetRow>> => (id === null ? call('POST', '/api/staff/targets', body) : call('PUT', `/api/staff/targets/${id}`, body)),
      remove: (id: number): Promise<StaffAnswer<{ deleted: number }>> => call('DELETE', `/api/staff/targets/${id}`),
    },
    rounds: {
      save: (id: number | null, body: unknown): Promise<StaffAnswer<{ round: RoundRow }, RoundRow>> => (id === null ? call('POST', '/api/staff/rounds', body) : call('PUT', `/api/staff/rounds/${id}`, body)),
      remove: (id: number): Promise<StaffAnswer<{ deleted: number }>> => call('DELETE', `/api/staff/rounds/${id}`),
    },
    communities: {
      saveContacts: (id: number, version: number, contacts: { label: string; phone: string }[]): Promise<StaffAnswer<{ contacts: StaffCommunity['contacts']; contactsVersion: number }, StaffCommunity>> =>
        call('PUT', `/api/staff/communities/${id}/contacts`, { version, contacts }),
      saveWorker: (communityId: number, cellId: number, body: { version: number; worker: string | null; workerPhone: string | null }): Promise<StaffAnswer<{ gridCell: GridCell }, GridCell>> =>
        call('PATCH', `/api/staff/communities/${communityId}/grid-cells/${cellId}`, body),
    },
  };
}
