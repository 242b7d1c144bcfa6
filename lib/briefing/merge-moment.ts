import type { Briefing } from '@/lib/db/queries/briefing';

/**
 * A slider move's briefing (read with `parts=moment`) completed from the page's full read: the no-epidemic
 * progress and testing rounds of the whole span stay, and the no-epidemic count of the moment is the
 * progress line's count for its day (the same rule, evaluated at the end of that day).
 *
 * @example
 * mergeMoment(full, moment, '2020-03-10').figures.communities?.noEpidemic // → full.figures.progress.days[…'2020-03-10'].count
 */
export function mergeMoment(full: Briefing, moment: Briefing, day: string): Briefing {
  if (moment.figures.communities) return moment;
  const previous = full.figures.communities;
  // Back at the page's own moment: its evaluated count is exact (the progress line counts at the day's end).
  const count = moment.at === full.at ? previous?.noEpidemic : full.figures.progress?.days.find((d) => d.day === day)?.count;
  return {
    ...moment,
    figures: {
      ...moment.figures,
      progress: full.figures.progress,
      roundsByDay: full.figures.roundsByDay,
      communities: previous && count !== undefined ? { ...previous, noEpidemic: count } : previous,
    },
  };
}
