/**
 * A counter bumped whenever this process records a change (see queries/audit.ts), so in-memory snapshots
 * such as the check's case index know to revalidate at once instead of waiting for their maximum age.
 * Other processes are covered by that maximum age.
 */
let version = 0;

export const bumpDataVersion = (): void => {
  version += 1;
};

export const dataVersion = (): number => version;
