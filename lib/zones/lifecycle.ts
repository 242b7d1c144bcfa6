import type { ZoneKind } from '@/lib/db/schema';

/** One step of the lifecycle: a zone of kind `from` becomes `to` after `days` without a new case inside. */
export type LifecycleStep = { from: ZoneKind; to: ZoneKind; days: number };
export type LifecycleRule = readonly LifecycleStep[];

/**
 * Shanghai, 2022: a sealed zone steps down to controlled after 7 days without a new case inside, and to
 * precaution after 3 more; a new case inside restarts the count.
 */
export const SHANGHAI_2022_RULE: LifecycleRule = [
  { from: 'sealed', to: 'controlled', days: 7 },
  { from: 'controlled', to: 'precaution', days: 3 },
];

const DAY_MS = 24 * 3600_000;
const KINDS = new Set<string>(['sealed', 'controlled', 'precaution']);

/**
 * Reads a rule from settings text such as `sealed>controlled:7,controlled>precaution:3`; throws on a typo
 * so a bad setting stops the app at start-up instead of silently changing public-health rules.
 *
 * @example
 * parseLifecycleRule('sealed>controlled:14') // → [{ from: 'sealed', to: 'controlled', days: 14 }]
 */
export function parseLifecycleRule(text: string): LifecycleRule {
  return text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((part) => {
      const match = /^(\w+)\s*>\s*(\w+)\s*:\s*(\d{1,3})$/.exec(part);
      if (!match || !KINDS.has(match[1]) || !KINDS.has(match[2]) || match[1] === match[2] || Number(match[3]) < 1) {
        throw new Error(`lifecycle step "${part}" must look like sealed>controlled:7`);
      }
      return { from: match[1] as ZoneKind, to: match[2] as ZoneKind, days: Number(match[3]) };
    });
}

export type StepProposal = { to: ZoneKind; dueAt: Date; isDue: boolean };

/**
 * The next lifecycle step of a zone: to which kind and from when, counting `days` from the later of the
 * moment it took its kind and the last case reported inside it. Null for a lifted zone or a kind with no
 * step. `isDue` says whether the workspace should propose it at `now` (staff confirm; nothing steps by itself).
 *
 * @example
 * proposeStep({ kind: 'sealed', kindSince: new Date('2022-04-01T00:00Z'), liftedAt: null }, null, SHANGHAI_2022_RULE, new Date('2022-04-08T00:00Z'))
 * // → { to: 'controlled', dueAt: 2022-04-08T00:00Z, isDue: true }
 */
export function proposeStep(
  zone: { kind: ZoneKind; kindSince: Date; liftedAt: Date | null },
  lastCaseAt: Date | null,
  rule: LifecycleRule,
  now: Date,
): StepProposal | null {
  if (zone.liftedAt && zone.liftedAt <= now) return null;
  const step = rule.find((s) => s.from === zone.kind);
  if (!step) return null;
  const clockStart = lastCaseAt && lastCaseAt > zone.kindSince ? lastCaseAt : zone.kindSince;
  const dueAt = new Date(clockStart.getTime() + step.days * DAY_MS);
  return { to: step.to, dueAt, isDue: dueAt <= now };
}
