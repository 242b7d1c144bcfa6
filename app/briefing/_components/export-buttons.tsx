'use client';
import { useState } from 'react';
import type { Messages } from '@/lib/i18n/messages';
import { useMap } from '@/app/_components/map/map-provider';
import { exportMapPng, type DrawnLine, type ExportText } from './export-png';

type Props = { messages: Messages; fileName: string; text: () => ExportText };

/** "Export PNG" (map, title, moment, window, figures and legend in one picture) and "Print". */
export function ExportButtons({ messages: m, fileName, text }: Props) {
  const { map } = useMap();
  // The lines the last export drew, for the e2e test to find on the picture.
  const [drawn, setDrawn] = useState<DrawnLine[]>([]);
  const exportPng = async () => {
    if (!map) return;
    const { blob, lines } = await exportMapPng(map, text());
    setDrawn(lines);
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = fileName;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };
  return (
    <div className="briefing-actions">
      <button type="button" onClick={exportPng} disabled={!map} data-testid="export-png" data-drawn={JSON.stringify(drawn)}>
        {m.briefingExportPng}
      </button>
      <button type="button" onClick={() => window.print()}>
        {m.briefingPrint}
      </button>
    </div>
  );
}
