/** What one check may cost before it is refused: bounded work, so one trajectory cannot stall a server. */
export type WorkBudget = {
  /** (resident piece, case piece) pairs examined after the index search. */
  maxCandidatePairs: number;
  /** H3 cells examined in companion mode (cell look-ups while tracing pieces through cells). */
  maxCells: number;
  /** Wall time of the engine, in ms. */
  maxMs: number;
};

/**
 * Generous for a resident's real fortnight at city scale (a 20,160-fix check against 10,000 tracks examines
 * well under a quarter of the counted measures); a trajectory that exceeds them is hostile or mistaken
 * (jumping between cities, a rule as wide as the limits allow over a huge file) and is refused within
 * milliseconds. Wall time is the backstop: 3 s, because a legitimate companion fortnight took 2.8 s on this
 * machine under a load average of 26 (0.35 s idle), and a long check occupies one worker, not the server.
 */
export const DEFAULT_WORK_BUDGET: WorkBudget = { maxCandidatePairs: 1_000_000, maxCells: 400_000, maxMs: 3_000 };

export type WorkMeasure = 'candidate-pairs' | 'cells' | 'wall-time';

/** A check stopped because it exceeded its work budget. */
export class WorkBudgetExceededError extends Error {
  constructor(
    readonly measure: WorkMeasure,
    readonly limit: number,
  ) {
    super(`The check exceeded its work budget: ${measure} over ${limit}.`);
    this.name = 'WorkBudgetExceededError';
  }
}

/**
 * Whether a value is a WorkBudgetExceededError, also from another copy of this module: the worker pool is
 * created in instrumentation's bundle and a route's bundle has its own class, so `instanceof` fails there.
 *
 * @example
 * isWorkBudgetExceeded(new WorkBudgetExceededError('cells', 10)) // → true
 */
export function isWorkBudgetExceeded(value: unknown): value is WorkBudgetExceededError {
  return value instanceof WorkBudgetExceededError || (value instanceof Error && value.name === 'WorkBudgetExceededError' && 'measure' in value && 'limit' in value);
}

/** How often (in counted units) the wall clock is read: reading it per pair would cost more than the pair. */
const CLOCK_EVERY = 4_096;

/**
 * Counts a check's work against a budget and throws WorkBudgetExceededError as soon as any measure is over.
 *
 * @example
 * const meter = createWorkMeter({ maxCandidatePairs: 10, maxCells: 10, maxMs: 1_000 });
 * meter.addPairs(11); // throws WorkBudgetExceededError('candidate-pairs', 10)
 */
export function createWorkMeter(budget: WorkBudget, now: () => number = () => performance.now()) {
  const deadline = now() + budget.maxMs;
  let pairs = 0;
  let cells = 0;
  let sinceClock = 0;
  const tick = (n: number) => {
    sinceClock += n;
    if (sinceClock >= CLOCK_EVERY) {
      sinceClock = 0;
      if (now() > deadline) throw new WorkBudgetExceededError('wall-time', budget.maxMs);
    }
  };
  return {
    addPairs(n: number): void {
      pairs += n;
      if (pairs > budget.maxCandidatePairs) throw new WorkBudgetExceededError('candidate-pairs', budget.maxCandidatePairs);
      tick(n);
    },
    addCells(n: number): void {
      cells += n;
      if (cells > budget.maxCells) throw new WorkBudgetExceededError('cells', budget.maxCells);
      tick(n);
    },
    /** Work done so far (for the bench and logs). */
    spent: () => ({ pairs, cells }),
  };
}

export type WorkMeter = ReturnType<typeof createWorkMeter>;
