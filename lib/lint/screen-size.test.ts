import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The real config (eslint.config.mjs) on generated fixture text, as `npx eslint` would lint a file at that path.
const eslint = new ESLint({ cwd: process.cwd() });

async function sizeErrors(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.filter((m) => m.ruleId === 'max-lines' || m.ruleId === 'max-lines-per-function').map((m) => `${m.ruleId}: ${m.message}`);
}

/** A component whose body holds `statements` lines. */
const component = (name: string, statements: number) =>
  `export function ${name}() {\n${Array.from({ length: statements }, (_, i) => `  const v${i} = ${i};`).join('\n')}\n  return <p>{${statements ? `v${statements - 1}` : 0}}</p>;\n}\n`;

describe('screen size lint rules (eslint.config.mjs)', () => {
  it('fails a component function over 150 lines', async () => {
    const errors = await sizeErrors(`'use client';\n${component('Big', 160)}`, 'app/staff/size-fixture.tsx');
    expect(errors).toEqual([expect.stringMatching(/^max-lines-per-function: Function 'Big' has too many lines \(163\)/)]);
  });

  it('fails a hook in an app/ use-*.ts file over 150 lines', async () => {
    const hook = `export function useBig() {\n${Array.from({ length: 160 }, (_, i) => `  const v${i} = ${i};`).join('\n')}\n  return v0;\n}\n`;
    expect(await sizeErrors(hook, 'app/staff/zones/use-size-fixture.ts')).toHaveLength(1);
  });

  it('fails a .tsx file under app/ over 300 lines, even when each function is small', async () => {
    const file = Array.from({ length: 3 }, (_, i) => component(`Part${i}`, 100)).join('');
    const errors = await sizeErrors(file, 'app/check/_components/size-fixture.tsx');
    expect(errors).toEqual([expect.stringMatching(/^max-lines: File has too many lines \(309\)/)]);
  });

  it('passes a small component, and leaves lib/ and tests alone', async () => {
    expect(await sizeErrors(component('Small', 140), 'app/staff/size-fixture.tsx')).toEqual([]);
    expect(await sizeErrors(component('Big', 400), 'lib/zones/size-fixture.tsx')).toEqual([]);
    expect(await sizeErrors(`export function big() {\n${'  void 0;\n'.repeat(200)}}\n`, 'app/api/size-fixture.int.test.ts')).toEqual([]);
  });
});
