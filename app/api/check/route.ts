import { NextResponse, type NextRequest } from 'next/server';
import { getDb } from '@/lib/db/client';
import { settings } from '@/lib/env';
import { BodyTooLargeError, readBodyBytes } from '@/lib/api/read-body';
import { clientKey } from '@/lib/api/client-key';
import { RateLimiter } from '@/lib/api/rate-limit';
import { codedErrorResponse, errorResponse, withErrors } from '@/lib/api/respond';
import { isValidTimeZone } from '@/lib/time/parse-instant';
import { CHECK_LIMITS, CheckInputError, readCheckTrajectory, readRule, type CheckTrajectorySource } from '@/lib/check/check-input';
import { runCheck } from '@/lib/check/run-check';

export const dynamic = 'force-dynamic';

/** Generous for a person re-checking with other rules; a script hammering the endpoint gets 429s. */
const limiter = new RateLimiter({ capacity: Number(process.env.GRIDWATCH_CHECK_BURST ?? 60), perMinute: Number(process.env.GRIDWATCH_CHECK_PER_MINUTE ?? 60) });

type CheckRequest = { source: CheckTrajectorySource; rule: unknown; timeZone?: unknown };

async function readRequest(request: NextRequest): Promise<CheckRequest> {
  const contentType = request.headers.get('content-type') ?? '';
  const bytes = await readBodyBytes(request, CHECK_LIMITS.maxBodyBytes);
  if (contentType.startsWith('multipart/form-data')) {
    const form = await new Response(bytes as BodyInit, { headers: { 'content-type': contentType } }).formData().catch(() => {
      throw new CheckInputError(400, 'The multipart body could not be read.');
    });
    const file = form.get('file');
    if (!(file instanceof Blob)) throw new CheckInputError(400, 'Send the trajectory as a "file" field.');
    const ruleField = form.get('rule');
    const preset = form.get('preset');
    let rule: unknown = preset ? { preset: String(preset) } : undefined;
    if (typeof ruleField === 'string' && ruleField.trim()) {
      try {
        rule = JSON.parse(ruleField);
      } catch {
        throw new CheckInputError(400, 'The "rule" field is not valid JSON.');
      }
    }
    const fileName = file instanceof File ? file.name : undefined;
    const timeZone = form.get('timeZone') ?? undefined;
    return { source: { kind: 'file', text: await file.text(), fileName }, rule, timeZone };
  }
  if (!contentType.startsWith('application/json') && !contentType.startsWith('application/geo+json')) {
    throw new CheckInputError(400, 'Send JSON { "trajectory": <GeoJSON>, "rule": … } or multipart/form-data with a "file" field.');
  }
  let body: unknown;
  try {
    body = JSON.parse(new TextDecoder().decode(bytes));
  } catch (error) {
    throw new CheckInputError(400, `The body is not valid JSON: ${(error as Error).message}`);
  }
  if (!body || typeof body !== 'object' || !('trajectory' in body)) throw new CheckInputError(400, 'The body needs a "trajectory" field (GeoJSON).');
  const { trajectory, rule, timeZone } = body as { trajectory: unknown; rule?: unknown; timeZone?: unknown };
  return { source: { kind: 'geojson', value: trajectory }, rule, timeZone };
}

/**
 * POST /api/check: does this trajectory overlap any published case track, and which zones did it enter?
 * Nothing about the resident is stored or logged.
 */
export async function POST(request: NextRequest) {
  const allowance = limiter.take(clientKey(request.headers));
  if (!allowance.isAllowed) {
    return NextResponse.json(
      { error: `Too many checks from this address. Try again in ${allowance.retryAfterSeconds} s.` },
      { status: 429, headers: { 'Retry-After': String(allowance.retryAfterSeconds) } },
    );
  }
  try {
    const { source, rule: ruleInput, timeZone: zoneInput } = await readRequest(request);
    const { rule, preset } = readRule(ruleInput);
    // The zone offset-less times are read in: the resident's choice (the page lets them change it), else the site's.
    if (zoneInput !== undefined && (typeof zoneInput !== 'string' || !isValidTimeZone(zoneInput))) {
      return codedErrorResponse(request, 'check.time-zone-invalid', { timeZone: String(zoneInput).slice(0, 64) });
    }
    const timeZone = typeof zoneInput === 'string' ? zoneInput : settings.timeZone;
    const trajectory = readCheckTrajectory(source, { timeZone, maxGapMinutes: rule.maxGapMinutes });
    return await withErrors(async () => {
      const outcome = await runCheck(await getDb(), trajectory.parts, rule, trajectory);
      return NextResponse.json(
        {
          rule: { ...rule, ...(preset ? { preset } : {}) },
          overlaps: outcome.overlaps,
          zones: outcome.zones,
          coverage: outcome.coverage,
          droppedPoints: outcome.droppedPoints,
          assumedTimeZone: outcome.assumedTimeZone,
          advice: outcome.advice,
          trajectory: { format: trajectory.format, pointCount: trajectory.pointCount, warnings: trajectory.warnings },
          publishedCaseCount: outcome.publishedCaseCount,
          stored: false,
        },
        { headers: { 'Cache-Control': 'no-store' } },
      );
    });
  } catch (error) {
    if (error instanceof BodyTooLargeError) return errorResponse(413, error.message);
    if (error instanceof CheckInputError) return errorResponse(error.status, error.message, error.details);
    throw error;
  }
}
