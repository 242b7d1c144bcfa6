import type { NextRequest } from 'next/server';
import { codedErrorResponse, withErrors } from '@/lib/api/respond';
import { requireStaff } from '@/lib/api/route-kit';
import type { UserRole } from '@/lib/enums';
import { now } from '@/lib/clock';
import { getDb } from '@/lib/db/client';
import { settings } from '@/lib/env';
import { buildExport, EXPORT_KINDS, formatOfFileName, type ExportKind } from '@/lib/export/build-export';

export const dynamic = 'force-dynamic';

/** Exports hold every published case and community figure: district staff and officials only. */
const EXPORT_ROLES: readonly UserRole[] = ['staff', 'official'];

/** `cases.xlsx` → { kind: 'cases', format: 'xlsx' }; undefined for anything else. */
function readFileParam(file: string) {
  const format = formatOfFileName(file);
  const kind = file.replace(/\.[a-z]+$/i, '');
  return format && EXPORT_KINDS.includes(kind as ExportKind) ? { kind: kind as ExportKind, format } : undefined;
}

/**
 * GET /api/staff/exports/<kind>.<geojson|csv|xlsx>[?day=YYYY-MM-DD] — the CLI's exports as downloads: zones,
 * communities, grid cells, published cases, the daily report, the case template. Staff and officials.
 */
export async function GET(request: NextRequest, context: { params: Promise<{ file: string }> }) {
  return withErrors(async () => {
    await requireStaff(request, EXPORT_ROLES, { isMutation: false });
    const { file } = await context.params;
    const wanted = readFileParam(file);
    if (!wanted) return codedErrorResponse(request, 'export.kind-unknown', { name: file });
    const exported = await buildExport(await getDb(), wanted.kind, wanted.format, {
      timeZone: settings.timeZone,
      noEpidemicDays: settings.noEpidemicDays,
      now: now(),
      day: request.nextUrl.searchParams.get('day') ?? undefined,
    });
    return new Response(exported.body as BodyInit, {
      headers: {
        'Content-Type': exported.contentType,
        'Content-Disposition': `attachment; filename="${wanted.kind}.${wanted.format}"; filename*=UTF-8''${encodeURIComponent(exported.fileName)}`,
        'Cache-Control': 'private, no-store',
      },
    });
  }, request);
}
