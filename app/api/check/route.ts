import { NextResponse, type NextRequest } from 'next/server';
import { settings } from '@/lib/env';
import { BodyTooLargeError, readBodyBytes } from '@/lib/api/read-body';
import { CHECK_LIMIT, rateLimitResponse } from '@/lib/api/rate-limit';
import { publicRead } from '@/lib/api/public-read';
import { errorResponse, withErrors } from '@/lib/api/respond';
import { CHECK_LIMITS, CheckInputError, readCheckTrajectory, readRule, type CheckTrajectorySource } from '@/lib/check/check-input';
import { runCheck } from '@/lib/check/run-check';

export const dynamic = 'force-dynamic';

type CheckRequest = { source: CheckTrajectorySource; rule: unknown };

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
    return { source: { kind: 'file', text: await file.text(), fileName }, rule };
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
  const { trajectory, rule } = body as { trajectory: unknown; rule?: unknown };
  return { source: { kind: 'geojson', value: trajectory }, rule };
}

/**
 * POST /api/check: does this trajectory overlap any published case track, and which zones did it enter?
 * Nothing about the resident is stored or logged.
 */
export async function POST(request: NextRequest) {
  const limited = await rateLimitResponse(request, CHECK_LIMIT);
  if (limited) return limited;
  try {
    const { source, rule: ruleInput } = await readRequest(request);
    const { rule, preset } = readRule(ruleInput);
    const trajectory = readCheckTrajectory(source, { timeZone: settings.timeZone, maxGapMinutes: rule.maxGapMinutes });
    return await withErrors(async () => {
      const outcome = await publicRead(request, (db) => runCheck(db, trajectory.parts, rule));
      return NextResponse.json(
        {
          rule: { ...rule, ...(preset ? { preset } : {}) },
          overlaps: outcome.overlaps,
          zones: outcome.zones,
          trajectory: { format: trajectory.format, pointCount: trajectory.pointCount, warnings: trajectory.warnings },
          ...(trajectory.assumedTimeZone ? { assumedTimeZone: trajectory.assumedTimeZone } : {}),
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
