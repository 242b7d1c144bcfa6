import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readNotice } from './read-notice';
import { scoreNotice, type ExpectedPlace } from './score-sample';

type Sample = { notices: { id: string; city: string; text: string; published: string; expected: ExpectedPlace[] }[] };
const sample = JSON.parse(fs.readFileSync(path.join(__dirname, 'fixtures/guangdong-sample-50.json'), 'utf8')) as Sample;

describe('the reader against 50 hand-read Guangdong notices', () => {
  it('finds most hand-read places on their days, and what it names is right', () => {
    const total = { found: 0, expected: 0, placesNamed: 0, placesRight: 0, datesRight: 0 };
    const misses: string[] = [];
    for (const notice of sample.notices) {
      const [year, month, day] = notice.published.split('-').map(Number);
      const entries = readNotice(notice.text, { published: { year, month, day }, timeZone: 'Asia/Shanghai' });
      const score = scoreNotice(entries, notice.expected, 'Asia/Shanghai');
      for (const key of Object.keys(total) as (keyof typeof total)[]) total[key] += score[key];
      if (score.found < score.expected) misses.push(`${notice.id}: ${score.found}/${score.expected}`);
    }
    const recall = total.found / total.expected;
    const placePrecision = total.placesRight / total.placesNamed;
    const datePrecision = total.datesRight / total.placesRight;
    console.log(JSON.stringify({ sample: 'guangdong-50', ...total, recall: +recall.toFixed(3), placePrecision: +placePrecision.toFixed(3), datePrecision: +datePrecision.toFixed(3), misses }));
    // Floors below today's figures: a change that makes the reader worse on real notices fails here.
    expect(recall).toBeGreaterThanOrEqual(0.85);
    expect(placePrecision).toBeGreaterThanOrEqual(0.85);
    expect(datePrecision).toBeGreaterThanOrEqual(0.9);
  });
});
