'use client';
import type { Messages } from '@/lib/i18n/messages';
import type { Datum } from '@/lib/import/datum';

// Listed here, not imported with lib/import/datum's value: that module carries the datum converter.
const DATUMS: readonly Datum[] = ['wgs84', 'gcj02'];

type Props = { datum: Datum; onDatum: (datum: Datum) => void; onFile: (file: File) => void; t: Messages };

/** Import a case file: the picker (spreadsheets and track files), the coordinates' datum (`--datum` on the CLI), and the template. */
export function CaseImportBar({ datum, onDatum, onFile, t }: Props) {
  const datumLabel: Record<Datum, string> = { wgs84: t.importDatumWgs84, gcj02: t.importDatumGcj02 };
  return (
    <div className="case-import-bar" style={{ display: 'flex', gap: 8, flexWrap: 'wrap', alignItems: 'center' }}>
      <label className="staff-button secondary">
        {t.caseImport}
        <input
          type="file"
          hidden
          accept=".csv,.tsv,.txt,.xlsx,.geojson,.json,.kml,.gpx,.plt"
          data-testid="case-import-file"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) onFile(file);
          }}
        />
      </label>
      <label>
        {t.importDatum}{' '}
        <select value={datum} onChange={(e) => onDatum(e.target.value as Datum)} data-testid="import-datum">
          {DATUMS.map((d) => (
            <option key={d} value={d}>
              {datumLabel[d]}
            </option>
          ))}
        </select>
      </label>
      <span className="meta">
        {t.importTemplate}: <a href="/api/staff/exports/case-template.xlsx" download>XLSX</a> · <a href="/api/staff/exports/case-template.csv" download>CSV</a>
      </span>
    </div>
  );
}
