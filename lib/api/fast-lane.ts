import 'server-only';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import { answerDayFile, type PlainAnswer } from '@/lib/case-days/day-file-answer';
import { answerManifestRequest } from '@/lib/case-days/manifest-answer';
import { CHECK_LIMITS } from '@/lib/check/check-input';
import { answerCheckRequest } from '@/lib/check/check-request';
import { LOCALE_COOKIE } from '@/lib/i18n/locale';
import { logger } from '@/lib/log/logger';
import { pickContentEncoding } from '@/lib/case-days/content-encoding';
import SECURITY_HEADERS from '@/lib/security/security-headers.json';
import { codedErrorResponse } from './respond';

/*
 * The fast lane: `npm start`'s server (lib/cli/serve.mjs) hands the public endpoints residents hit at volume —
 * the check, the day-file manifest and the day files — to these handlers directly, without Next's routing,
 * request wrapping and streams (about two thirds of a short check's time went there). The handlers are the
 * very functions the Next routes call, so both paths answer alike; everything else goes to Next.
 */

/** Where instrumentation.ts leaves the handler for serve.mjs (one process, two module systems). */
export const FAST_LANE = Symbol.for('gridwatch.fast-lane');

export type FastLaneRoute = { kind: 'check' } | { kind: 'manifest' } | { kind: 'day-file'; file: string };

const DAY_FILE_PREFIX = '/api/case-tracks/days/';

/**
 * Which fast-lane endpoint a request is for, or undefined (Next answers it, including wrong methods).
 *
 * @example
 * fastLaneRoute('POST', '/api/check') // → { kind: 'check' }
 * fastLaneRoute('GET', '/api/case-tracks/days/2022-04-01.3f9a0c1d2e4b5a6c7d8e.bin') // → { kind: 'day-file', file: '2022-04-01.3f9a0c1d2e4b5a6c7d8e.bin' }
 */
export function fastLaneRoute(method: string | undefined, pathname: string): FastLaneRoute | undefined {
  if (pathname === '/api/check') return method === 'POST' ? { kind: 'check' } : undefined;
  if (method !== 'GET' && method !== 'HEAD') return undefined;
  if (pathname === '/api/case-tracks/days') return { kind: 'manifest' };
  if (pathname.startsWith(DAY_FILE_PREFIX)) {
    const file = pathname.slice(DAY_FILE_PREFIX.length);
    return file && !file.includes('/') ? { kind: 'day-file', file: decodeURIComponentSafe(file) } : undefined;
  }
  return undefined;
}

const decodeURIComponentSafe = (text: string): string => {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
};

/** The request's headers as web Headers (repeated headers joined, as fetch does). */
function webHeaders(request: IncomingMessage): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) {
    if (value === undefined) continue;
    headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  return headers;
}

/**
 * The request body, read until `maxBytes` + 1 (the handler refuses it as too large with its coded 413: the
 * extra byte tells it so without reading a hostile body to its end).
 */
function readBody(request: IncomingMessage, maxBytes: number): Promise<Uint8Array<ArrayBuffer>> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let isDone = false;
    const finish = () => {
      if (isDone) return;
      isDone = true;
      const bytes = new Uint8Array(Math.min(size, maxBytes + 1));
      let offset = 0;
      for (const chunk of chunks) {
        if (offset >= bytes.length) break;
        bytes.set(chunk.subarray(0, bytes.length - offset), offset);
        offset += chunk.length;
      }
      resolve(bytes);
    };
    request.on('data', (chunk: Buffer) => {
      if (isDone) return;
      chunks.push(chunk);
      size += chunk.length;
      if (size > maxBytes) {
        request.pause();
        finish();
      }
    });
    request.on('end', finish);
    request.on('error', reject);
  });
}

const compress = { br: promisify(zlib.brotliCompress), gzip: promisify(zlib.gzip) };
/** Smaller answers are sent as they are: compressing them saves less than it costs. */
const COMPRESS_ABOVE_BYTES = 1024;
/** Fast brotli: the answers are compressed per request (quality 11 takes ~50× longer for ~10% less). */
const BROTLI_OPTIONS = { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 4 } };

/** Writes an answer, compressing a JSON body as the client accepts (off the main thread: zlib's pool). */
async function send(request: IncomingMessage, response: ServerResponse, answer: PlainAnswer): Promise<void> {
  let body = answer.body === undefined ? undefined : Buffer.isBuffer(answer.body) ? answer.body : Buffer.from(answer.body);
  const headers: Record<string, string> = { ...SECURITY_HEADERS, ...answer.headers };
  const isJson = (headers['content-type'] ?? headers['Content-Type'] ?? '').startsWith('application/json');
  if (body && isJson && body.length > COMPRESS_ABOVE_BYTES) {
    const encoding = pickContentEncoding(request.headers['accept-encoding'] ?? null);
    if (encoding !== 'identity') {
      body = encoding === 'br' ? await compress.br(body, BROTLI_OPTIONS) : await compress.gzip(body);
      headers['Content-Encoding'] = encoding;
    }
    headers.Vary = 'Accept-Encoding';
  }
  if (body && answer.status !== 304) headers['Content-Length'] = String(body.length);
  response.writeHead(answer.status, headers);
  response.end(request.method === 'HEAD' ? undefined : body);
}

/** A web Response as a plain answer (its headers lower-cased, as Headers keeps them). */
async function plainAnswer(response: Response): Promise<PlainAnswer> {
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  const body = response.body ? Buffer.from(await response.arrayBuffer()) : undefined;
  return { status: response.status, headers, body };
}

async function answer(route: FastLaneRoute, request: IncomingMessage, response: ServerResponse): Promise<PlainAnswer> {
  const url = `http://${request.headers.host ?? 'localhost'}${request.url ?? '/'}`;
  if (route.kind === 'day-file') {
    const cookie = new RegExp(`(?:^|;\\s*)${LOCALE_COOKIE}=([^;]+)`).exec(request.headers.cookie ?? '')?.[1];
    return answerDayFile({
      file: route.file,
      isHead: request.method === 'HEAD',
      acceptEncoding: request.headers['accept-encoding'] ?? null,
      ifNoneMatch: request.headers['if-none-match'] ?? null,
      cookieLocale: cookie === undefined ? undefined : decodeURIComponentSafe(cookie),
      acceptLanguage: request.headers['accept-language'],
    });
  }
  if (route.kind === 'manifest')
    return plainAnswer(await answerManifestRequest(new Request(url, { method: request.method, headers: webHeaders(request) })));
  const bytes = await readBody(request, CHECK_LIMITS.maxBodyBytes);
  // Refused as too large without reading the rest: close the connection rather than drain it.
  if (bytes.length > CHECK_LIMITS.maxBodyBytes) response.setHeader('Connection', 'close');
  return plainAnswer(await answerCheckRequest(new Request(url, { method: 'POST', headers: webHeaders(request), body: bytes })));
}

/**
 * Answers the request if it is for a fast-lane endpoint and returns true; else returns false and leaves it
 * to Next. A failure here (not a coded refusal: those are answers) is logged and answered 500.
 */
export function handleFastLane(request: IncomingMessage, response: ServerResponse): boolean {
  const url = request.url ?? '/';
  const query = url.indexOf('?');
  const route = fastLaneRoute(request.method, query < 0 ? url : url.slice(0, query));
  if (!route) return false;
  answer(route, request, response)
    .then((plain) => send(request, response, plain))
    .catch((error: unknown) => {
      logger.error({ err: error, route: route.kind }, 'fast lane answer failed');
      if (response.headersSent) response.destroy();
      else
        void plainAnswer(
          codedErrorResponse(new Request('http://localhost/', { headers: webHeaders(request) }), 'server.internal'),
        ).then((plain) => send(request, response, plain));
    });
  return true;
}

/** Offers the fast lane to serve.mjs (instrumentation.ts calls this at start, production only). */
export function registerFastLane(): void {
  (globalThis as Record<symbol, unknown>)[FAST_LANE] = handleFastLane;
}
