import type { Messages } from '@/lib/i18n/messages';

const FORMATS = ['xlsx', 'csv', 'geojson'] as const;

/** Download links for the exports (`/api/staff/exports/<kind>.<format>`) and the daily report by day. */
export function ExportLinks({ messages: t, today }: { messages: Messages; today: string }) {
  const rows = [
    { kind: 'cases', label: t.exportCases, formats: FORMATS },
    { kind: 'zones', label: t.exportZones, formats: FORMATS },
    { kind: 'communities', label: t.exportCommunities, formats: FORMATS },
    { kind: 'grid-cells', label: t.exportGridCells, formats: FORMATS },
    { kind: 'case-template', label: t.exportTemplate, formats: ['xlsx', 'csv'] as const },
  ];
  return (
    <section className="export-links" data-testid="export-links">
      <h3>{t.exportsTitle}</h3>
      <p className="hint">{t.exportsHint}</p>
      <ul>
        {rows.map((row) => (
          <li key={row.kind}>
            {row.label}:{' '}
            {row.formats.map((format) => (
              <a key={format} href={`/api/staff/exports/${row.kind}.${format}`} download>
                {format.toUpperCase()}
              </a>
            ))}
          </li>
        ))}
      </ul>
      <form method="get" action="/api/staff/exports/daily-report.xlsx" className="daily-report-form">
        <label>
          {t.dailyReportTitle} · {t.dailyReportDay}{' '}
          <input type="date" name="day" defaultValue={today} max={today} required />
        </label>
        <button type="submit">{t.dailyReportDownload.replace('{format}', 'XLSX')}</button>
        <button type="submit" formAction="/api/staff/exports/daily-report.csv">
          {t.dailyReportDownload.replace('{format}', 'CSV')}
        </button>
      </form>
    </section>
  );
}
