'use client';
import { useMemo } from 'react';

/** Zones residents are most likely to have recorded in, offered first; every IANA zone follows. */
const COMMON_ZONES = ['Asia/Shanghai', 'Asia/Hong_Kong', 'Asia/Taipei', 'Asia/Seoul', 'Asia/Tokyo', 'Asia/Singapore', 'Europe/London', 'America/New_York', 'UTC'];

type Props = { label: string; hint: string; value: string; onChange: (zone: string) => void };

/** Picks the zone a file's offset-less times are read in (the resident changes it before checking). */
export function TimeZoneSelect({ label, hint, value, onChange }: Props) {
  const zones = useMemo(() => {
    const all = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
    return [...new Set([value, ...COMMON_ZONES, ...all])];
  }, [value]);
  return (
    <label className="zone-pick">
      {label}
      <select value={value} onChange={(event) => onChange(event.target.value)} data-testid="assumed-zone-select">
        {zones.map((zone) => (
          <option key={zone} value={zone}>
            {zone}
          </option>
        ))}
      </select>
      <small>{hint}</small>
    </label>
  );
}
