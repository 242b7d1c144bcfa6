import type { Coverage } from '@/lib/check/coverage';
import { coverageLines, type CoverageLine } from '@/lib/check-screen/coverage-lines';
import { formatInstant, formatRange } from '@/lib/i18n/format-time';
import { translate } from '@/lib/i18n/locale';
import type { Locale } from '@/lib/i18n/messages';

type Props = { locale: Locale; timeZone: string; coverage: Coverage; trip: { from: number; to: number } };

/** What the published data covers beside the trip, and which part of the trip was not compared. */
export function CoverageNote({ locale, timeZone, coverage, trip }: Props) {
  const at = (iso: string) => formatInstant(iso, locale, timeZone);
  const text = (line: CoverageLine): string => {
    switch (line.key) {
      case 'coverageNoData':
      case 'coverageNoneDays':
      case 'coverageNoneArea':
      case 'coverageNoneDaysArea':
      case 'coverageNoneCases':
        return translate(locale, line.key);
      case 'coverageData':
      case 'coverageDataNoArea':
        return translate(locale, line.key, { from: at(line.from), to: at(line.to) });
      case 'coverageTrip':
        return translate(locale, line.key, { range: formatRange(line.from, line.to, locale, timeZone) });
      case 'coveragePartial': {
        const parts = line.gaps.map((gap) =>
          gap.key === 'coverageGapBefore' ? translate(locale, gap.key, { from: at(gap.from) }) : gap.key === 'coverageGapAfter' ? translate(locale, gap.key, { to: at(gap.to) }) : translate(locale, gap.key),
        );
        return translate(locale, line.key, { parts: parts.join(translate(locale, 'coverageGapSeparator')) });
      }
    }
  };
  return (
    <div className={coverage.status === 'covered' ? 'hint' : 'warn-note'} data-testid="coverage-note">
      {coverage.status === 'none' ? (
        <>
          <strong>{translate(locale, 'coverageNoneTitle')}</strong>
          <p>{translate(locale, 'coverageNoneBody')}</p>
        </>
      ) : null}
      {coverageLines(coverage, trip).map((line) => (
        <p key={line.key}>{text(line)}</p>
      ))}
    </div>
  );
}
