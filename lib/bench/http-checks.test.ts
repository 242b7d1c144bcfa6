import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { measureHttpChecks } from './http-checks';

type Body = {
  trajectory: {
    type: string;
    features: { geometry: { type: string; coordinates: number[][] }; properties: { coordTimes: string[] } }[];
  };
  rule: unknown;
};

describe('measureHttpChecks', () => {
  let server: Server;
  let baseUrl: string;
  const seen: Body[] = [];

  beforeAll(async () => {
    server = createServer((request, response) => {
      let data = '';
      request.on('data', (chunk) => (data += chunk));
      request.on('end', () => {
        const body = JSON.parse(data) as Body;
        seen.push(body);
        const isValid = request.method === 'POST' && request.url === '/api/check' && body.trajectory.type === 'FeatureCollection';
        response.writeHead(isValid ? 200 : 400, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ overlaps: [] }));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('posts 100-fix GeoJSON trajectories with the same-place preset and reports percentiles', async () => {
    const result = await measureHttpChecks(baseUrl, { concurrency: 4, maxRequests: 20 });
    expect(result).toMatchObject({ checks: 20, errors: 0, statuses: { '200': 20 } });
    expect(result.latencyMs.p50).toBeLessThanOrEqual(result.latencyMs.p99);
    const [body] = seen;
    expect(body.rule).toEqual({ preset: 'same-place' });
    const [line] = body.trajectory.features;
    expect(line.geometry.type).toBe('LineString');
    expect(line.geometry.coordinates).toHaveLength(100);
    expect(line.properties.coordTimes).toHaveLength(100);
    expect(Number.isNaN(Date.parse(line.properties.coordTimes[0]))).toBe(false);
  });

  it('refuses anything but loopback', async () => {
    await expect(measureHttpChecks('http://example.com')).rejects.toThrow(/loopback/);
  });
});
