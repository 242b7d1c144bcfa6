import 'server-only';
import { NextResponse } from 'next/server';
import { settings } from '@/lib/env';
import { parseJsonBounded } from '@/lib/api/parse-json';
import { readBodyBytes } from '@/lib/api/read-body';
import { CHECK_LIMIT, rateLimitResponse } from '@/lib/api/rate-limit';
import { publicRead } from '@/lib/api/public-read';
import { requestLocale, withErrors } from '@/lib/api/respond';
import { warningBody } from '@/lib/errors/render-error';
import { AppError } from '@/lib/errors/app-error';
import { isValidTimeZone } from '@/lib/time/parse-instant';
import { CHECK_LIMITS, readCheckTrajectory, readRule, type CheckTrajectorySource } from '@/lib/check/check-input';
import { runCheck } from '@/lib/check/run-check';
import { decodeTextFile } from '@/lib/parse/decode-text-file';

type CheckRequest = { source: CheckTrajectorySource; rule: unknown; timeZone?: unknown };

async function readMultipart(bytes: Uint8Array, contentType: string): Promise<CheckRequest> {
  const form = await new Response(bytes as BodyInit, { headers: { 'content-type': contentType } }).formData().catch(() => {
    throw new AppError('check.multipart-unreadable');
  });
  const file = form.get('file');
  if (!(file instanceof Blob)) throw new AppError('check.file-missing');
  const ruleField = form.get('rule');
  const preset = form.get('preset');
  let rule: unknown = preset ? { preset: String(preset) } : undefined;
  if (typeof ruleField === 'string' && ruleField.trim()) {
    try {
      rule = parseJsonBounded(ruleField);
    } catch {
      throw new AppError('check.rule-not-json');
    }
  }
  const fileName = file instanceof File ? file.name : undefined;
  const timeZone = form.get('timeZone') ?? undefined;
  return {
    source: { kind: 'file', text: decodeTextFile(new Uint8Array(await file.arrayBuffer())).text, fileName },
    rule,
    timeZone,
  };
}

/** The body is read once: JSON is parsed (with a nesting limit) and its GeoJSON handed to the parser as a value. */
async function readRequest(request: Request): Promise<CheckRequest> {
  const contentType = request.headers.get('content-type') ?? '';
  const bytes = await readBodyBytes(request, CHECK_LIMITS.maxBodyBytes);
  if (contentType.startsWith('multipart/form-data')) return readMultipart(bytes, contentType);
  if (!contentType.startsWith('application/json') && !contentType.startsWith('application/geo+json'))
    throw new AppError('check.content-type');
  const body = parseJsonBounded(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'));
  if (!body || typeof body !== 'object' || !('trajectory' in body)) throw new AppError('check.trajectory-missing');
  const { trajectory, rule, timeZone } = body as { trajectory: unknown; rule?: unknown; timeZone?: unknown };
  return { source: { kind: 'geojson', value: trajectory }, rule, timeZone };
}

/** The zone offset-less times are read in: the resident's choice (the page lets them change it), else the site's. */
function readTimeZone(value: unknown): string {
  if (value === undefined || value === null) return settings.timeZone;
  if (typeof value !== 'string' || !isValidTimeZone(value))
    throw new AppError('check.time-zone-invalid', { timeZone: String(value).slice(0, 64) });
  return value;
}

/**
 * POST /api/check: does this trajectory overlap any published case track, and which zones did it enter?
 * Nothing about the resident is stored or logged. Errors are coded, in the request's language. Served by the
 * App Router route and, in production, by the fast lane (lib/api/fast-lane.ts) without Next's routing.
 */
export async function answerCheckRequest(request: Request): Promise<Response> {
  const limited = await rateLimitResponse(request, CHECK_LIMIT);
  if (limited) return limited;
  return withErrors(async () => {
    const { source, rule: ruleInput, timeZone } = await readRequest(request);
    const { rule, preset } = readRule(ruleInput);
    const zone = readTimeZone(timeZone);
    const trajectory = readCheckTrajectory(source, { timeZone: zone, maxGapMinutes: rule.maxGapMinutes });
    const facts = { droppedPoints: trajectory.droppedPoints, skippedRecords: trajectory.skippedRecords?.count ?? 0, assumedTimeZone: trajectory.assumedTimeZone };
    const outcome = await publicRead(request, (db) => runCheck(db, trajectory.parts, rule, facts));
    // The reader's warnings, coded, with their message in the request's language (as errors are).
    const warnings = trajectory.warnings.map((warning) => warningBody(requestLocale(request), warning.code, warning.params, zone));
    return NextResponse.json(
      {
        rule: { ...rule, ...(preset ? { preset } : {}) },
        overlaps: outcome.overlaps,
        ...(outcome.overlapSummary ? { overlapSummary: outcome.overlapSummary } : {}),
        zones: outcome.zones,
        coverage: outcome.coverage,
        droppedPoints: outcome.droppedPoints,
        skippedRecords: outcome.skippedRecords,
        assumedTimeZone: outcome.assumedTimeZone,
        advice: outcome.advice,
        trajectory: { format: trajectory.format, pointCount: trajectory.pointCount, warnings },
        publishedCaseCount: outcome.publishedCaseCount,
        stored: false,
      },
      { headers: { 'Cache-Control': 'no-store' } },
    );
  }, request);
}
