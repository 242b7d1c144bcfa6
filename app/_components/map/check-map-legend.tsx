import { theme } from '@/lib/map/theme';

type Props = { labels: { title: string; yourTrack: string; caseTrack: string; overlap: string; coverage: string } };

/** The check map's key: the resident's path (dashed), a case's track, an overlap, and the data's area. */
export function CheckMapLegend({ labels }: Props) {
  const entries = [
    { id: 'resident', label: labels.yourTrack, style: { borderTop: `3px dashed ${theme.residentTrack.line}` } },
    { id: 'case', label: labels.caseTrack, style: { borderTop: `3px solid ${theme.caseTrack.line}` } },
    { id: 'overlap', label: labels.overlap, style: { borderTop: `6px solid ${theme.overlap.line}` } },
    { id: 'coverage', label: labels.coverage, style: { borderTop: `2px dashed ${theme.coverageArea.outline}` } },
  ];
  return (
    <div className="check-map-legend" role="group" aria-label={labels.title} data-testid="check-map-legend">
      {entries.map((entry) => (
        <span key={entry.id} className="check-map-legend-entry">
          <span className="check-map-legend-swatch" style={entry.style} aria-hidden />
          {entry.label}
        </span>
      ))}
    </div>
  );
}
