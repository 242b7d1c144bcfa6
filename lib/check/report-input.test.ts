import { describe, expect, it } from 'vitest';
import { readReportInput } from './report-input';

const overlap = { caseCode: 'C-009', from: '2020-03-07T01:39:50.000Z', to: '2020-03-07T03:10:10.000Z', minutes: 90.3, minDistanceMeters: 12.1, closest: [126.8567, 37.556], place: 'Restaurant' };
const valid = { consent: true, name: ' Li Wei ', phone: '+86 138-0000-0000', communityId: 3, overlaps: [overlap] };

describe('readReportInput', () => {
  it('accepts a consented report and trims the name', () => {
    const result = readReportInput(valid);
    expect('report' in result && result.report.name).toBe('Li Wei');
  });

  it('refuses a report without consent, naming consent even when other fields are wrong too', () => {
    expect(readReportInput({ ...valid, consent: false })).toMatchObject({ problem: { field: 'consent', params: { reason: { 'zh-CN': '须为 true：居民须同意发送此报告' } } } });
    expect(readReportInput({ ...valid, consent: undefined, phone: 'x' })).toMatchObject({ problem: { field: 'consent' } });
  });

  it.each([
    [{ name: '  ' }, 'name'],
    [{ phone: 'call me' }, 'phone'],
    [{ communityId: 'three' }, 'communityId'],
    [{ overlaps: [] }, 'overlaps'],
    [{ overlaps: [{ ...overlap, from: 'yesterday' }] }, 'overlaps.0.from'],
    [{ trajectory: { type: 'Polygon' } }, 'trajectory.type'],
    [{ extra: 1 }, '(body)'],
  ])('names the field at fault for %j, and why in both languages', (change, field) => {
    const result = readReportInput({ ...valid, ...change });
    expect(result).toMatchObject({ problem: { code: 'request.field-invalid', field, params: { field } } });
    const reason = 'problem' in result ? (result.problem.params?.reason as Record<string, string>) : {};
    expect(reason['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
    expect(reason.en).toMatch(/^[ -~–]+$/);
  });
});
