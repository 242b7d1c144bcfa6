import { ImageResponse } from 'next/og';
import type { NextRequest } from 'next/server';
import { getDb } from '@/lib/db/client';
import { getCaseNotice } from '@/lib/db/queries/case-notices';
import { settings } from '@/lib/env';
import { theme } from '@/lib/map/theme';
import { noticeImageLayout } from '@/lib/notice/notice-image-layout';
import { noticeImageText } from '@/lib/notice/notice-image-text';

export const dynamic = 'force-dynamic';

const WIDTH = 1200;
const HEIGHT = 630;
const HEADER = 110;
const RADIUS = 20;
/** The map on the left, the numbered places with their times on the right. */
const MAP_WIDTH = 720;
const LIST_WIDTH = WIDTH - MAP_WIDTH;
const ROW_HEIGHT = 38;
const MAX_ROWS = Math.floor((HEIGHT - HEADER - 40) / ROW_HEIGHT);

/**
 * GET /notices/:code/image: the notice's preview image (og:image) drawn on the server, so a link pasted in a
 * group chat stands alone: the case's track with its places numbered as in the text (circles spread so none
 * hides another), and beside it each place with its times, the days and times in the district's zone. The
 * built-in font has Latin glyphs only: names in other scripts are left to the text (lib/notice/notice-image-text.ts).
 */
export async function GET(_request: NextRequest, { params }: { params: Promise<{ caseCode: string }> }) {
  const { caseCode } = await params;
  const notice = await getCaseNotice(await getDb(), decodeURIComponent(caseCode));
  if (!notice) return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  const layout = noticeImageLayout(notice.track, { width: MAP_WIDTH, height: HEIGHT - HEADER, padding: 60, radius: RADIUS });
  const text = noticeImageText(notice, settings.timeZone, MAX_ROWS);
  return new ImageResponse(
    <div style={{ width: WIDTH, height: HEIGHT, display: 'flex', flexDirection: 'column', background: theme.base.land }}>
      <div
        style={{
          height: HEADER,
          display: 'flex',
          alignItems: 'center',
          justifyContent: 'space-between',
          padding: '0 40px',
          background: '#16324f',
          color: '#ffffff',
        }}
      >
        <div style={{ fontSize: 60, fontWeight: 700 }}>{notice.caseCode}</div>
        <div style={{ display: 'flex', flexDirection: 'column', alignItems: 'flex-end' }}>
          <div style={{ fontSize: 34 }}>{text.days}</div>
          <div style={{ fontSize: 22, opacity: 0.85 }}>{`${notice.visits.length} places · ${text.zone}`}</div>
        </div>
      </div>
      <div style={{ display: 'flex', width: WIDTH, height: HEIGHT - HEADER }}>
        <div style={{ position: 'relative', width: MAP_WIDTH, height: HEIGHT - HEADER, display: 'flex' }}>
          <svg
            width={MAP_WIDTH}
            height={HEIGHT - HEADER}
            viewBox={`0 0 ${MAP_WIDTH} ${HEIGHT - HEADER}`}
            style={{ position: 'absolute', left: 0, top: 0 }}
          >
            {layout.lines.map((line, i) => (
              <polyline
                key={`l${i}`}
                points={line.map(([x, y]) => `${x},${y}`).join(' ')}
                fill="none"
                stroke={theme.caseTrack.line}
                strokeWidth={6}
                strokeLinecap="round"
                strokeLinejoin="round"
              />
            ))}
            {layout.markers.map((m) => (
              <line
                key={`k${m.number}`}
                x1={m.anchor[0]}
                y1={m.anchor[1]}
                x2={m.at[0]}
                y2={m.at[1]}
                stroke={theme.caseTrack.place}
                strokeWidth={2}
              />
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
        <div
          style={{
            width: LIST_WIDTH,
            display: 'flex',
            flexDirection: 'column',
            padding: '20px 24px',
            background: '#ffffff',
            color: '#1f2933',
          }}
        >
          {text.rows.map((row) => (
            <div key={row.number} style={{ height: ROW_HEIGHT, display: 'flex', alignItems: 'center', fontSize: 21 }}>
              <div
                style={{
                  width: 30,
                  height: 30,
                  borderRadius: 15,
                  background: theme.caseTrack.place,
                  color: '#ffffff',
                  fontSize: 16,
                  fontWeight: 700,
                  display: 'flex',
                  alignItems: 'center',
                  justifyContent: 'center',
                  flexShrink: 0,
                }}
              >
                {String(row.number)}
              </div>
              <div style={{ marginLeft: 10, fontWeight: 700, flexShrink: 0 }}>{row.when}</div>
              <div
                style={{ marginLeft: 10, overflow: 'hidden', whiteSpace: 'nowrap', textOverflow: 'ellipsis', color: '#52606d' }}
              >
                {row.place}
              </div>
            </div>
          ))}
          {text.more > 0 ? (
            <div
              style={{ height: ROW_HEIGHT, display: 'flex', alignItems: 'center', fontSize: 21, color: '#52606d' }}
            >{`+${text.more} more`}</div>
          ) : null}
        </div>
      </div>
    </div>,
    { width: WIDTH, height: HEIGHT, headers: { 'Cache-Control': 'public, max-age=300' } },
  );
}
