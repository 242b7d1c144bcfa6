import { ImageResponse } from 'next/og';
import type { NextRequest } from 'next/server';
import { getDb } from '@/lib/db/client';
import { getCaseNotice } from '@/lib/db/queries/case-notices';
import { theme } from '@/lib/map/theme';
import { noticeImageLayout } from '@/lib/notice/notice-image-layout';

export const dynamic = 'force-dynamic';

const WIDTH = 1200;
const HEIGHT = 630;
const HEADER = 110;
const RADIUS = 20;

/**
 * GET /notices/:code/image: the notice's preview image (og:image) drawn on the server, so a link pasted in a
 * group chat shows the case's track with its places numbered as in the text. Case codes and numbers only:
 * the built-in font has Latin glyphs, and the places' names are in the text beside it.
 */
export async function GET(_request: NextRequest, { params }: { params: Promise<{ caseCode: string }> }) {
  const { caseCode } = await params;
  const notice = await getCaseNotice(await getDb(), decodeURIComponent(caseCode));
  if (!notice) return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  const layout = noticeImageLayout(notice.track, { width: WIDTH, height: HEIGHT - HEADER, padding: 70, radius: RADIUS });
  const days = [...new Set(notice.visits.map((v) => v.start.slice(0, 10)))].sort();
  const dayText = days.length ? (days.length === 1 ? days[0] : `${days[0]} – ${days[days.length - 1]}`) : '';
  return new ImageResponse(
    (
      <div style={{ width: WIDTH, height: HEIGHT, display: 'flex', flexDirection: 'column', background: theme.base.land }}>
        <div style={{ height: HEADER, display: 'flex', alignItems: 'center', justifyContent: 'space-between', padding: '0 48px', background: '#16324f', color: '#ffffff' }}>
          <div style={{ fontSize: 64, fontWeight: 700 }}>{notice.caseCode}</div>
          <div style={{ fontSize: 36, display: 'flex' }}>{`${dayText} · ${notice.visits.length}`}</div>
        </div>
        <div style={{ position: 'relative', width: WIDTH, height: HEIGHT - HEADER, display: 'flex' }}>
          <svg width={WIDTH} height={HEIGHT - HEADER} viewBox={`0 0 ${WIDTH} ${HEIGHT - HEADER}`} style={{ position: 'absolute', left: 0, top: 0 }}>
            {layout.lines.map((line, i) => (
              <polyline key={`l${i}`} points={line.map(([x, y]) => `${x},${y}`).join(' ')} fill="none" stroke={theme.caseTrack.line} strokeWidth={6} strokeLinecap="round" strokeLinejoin="round" />
            ))}
            {layout.markers.map((m) => (
              <line key={`k${m.number}`} x1={m.anchor[0]} y1={m.anchor[1]} x2={m.at[0]} y2={m.at[1]} stroke={theme.caseTrack.place} strokeWidth={2} />
            ))}
            {layout.stays.map(([x, y], i) => (
              <circle key={`s${i}`} cx={x} cy={y} r={7} fill={theme.caseTrack.place} />
            ))}
          </svg>
          {layout.markers.map((m) => (
            <div
              key={m.number}
              style={{
                position: 'absolute',
                left: m.at[0] - RADIUS,
                top: m.at[1] - RADIUS,
                width: RADIUS * 2,
                height: RADIUS * 2,
                borderRadius: RADIUS,
                background: theme.caseTrack.place,
                border: '3px solid #ffffff',
                color: '#ffffff',
                fontSize: 20,
                fontWeight: 700,
                display: 'flex',
                alignItems: 'center',
                justifyContent: 'center',
              }}
            >
              {String(m.number)}
            </div>
          ))}
        </div>
      </div>
    ),
    { width: WIDTH, height: HEIGHT, headers: { 'Cache-Control': 'public, max-age=300' } },
  );
}
