import type { ZoneKindFigure } from '@/lib/db/queries/briefing';
import { fillTemplate } from '@/lib/briefing/briefing-text';
import type { Locale, Messages } from '@/lib/i18n/messages';
import { ZoneSwatch } from './zone-swatch';

const ZONE_LABEL = { sealed: 'zoneSealed', controlled: 'zoneControlled', precaution: 'zonePrecaution' } as const;

/**
 * Zones in force by kind: count and area, the estimated people inside (labelled as an estimate, the method
 * in a tooltip), and the whole population of the communities touched as a secondary line.
 */
export function ZoneFigures({ figures, locale, messages: m }: { figures: ZoneKindFigure[]; locale: Locale; messages: Messages }) {
  const number = new Intl.NumberFormat(locale);
  return (
    <ul className="zone-figures">
      {figures.map((z) => (
        <li key={z.kind} data-testid={`zone-figure-${z.kind}`} data-count={z.count} data-estimate={z.estimatedPeople}>
          <ZoneSwatch kind={z.kind} size={34} />
          <strong>{m[ZONE_LABEL[z.kind]]}</strong>
          <span>
            {fillTemplate(m.briefingZoneRow, { count: z.count, area: z.areaKm2.toFixed(2) })}
            <br />
            <span className="estimate" title={m.briefingZoneEstimateMethod} tabIndex={0} data-testid={`zone-estimate-${z.kind}`}>
              {fillTemplate(m.briefingZoneEstimate, { people: number.format(z.estimatedPeople) })} <span aria-hidden>ⓘ</span>
            </span>
            <small className="secondary">{fillTemplate(m.briefingZoneTouched, { population: number.format(z.populationOfTouchedCommunities) })}</small>
          </span>
        </li>
      ))}
    </ul>
  );
}
