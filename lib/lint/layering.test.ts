import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The real config (eslint.config.mjs) on fixture text, as `npx eslint` would lint a file at that path.
const eslint = new ESLint({ cwd: process.cwd() });

async function restrictedImports(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.filter((m) => m.ruleId === '@typescript-eslint/no-restricted-imports').map((m) => m.message);
}

describe('layering lint rule (eslint.config.mjs)', () => {
  it('fails a pure layer that imports the data door, even for a type', async () => {
    const errors = await restrictedImports("import type { ZoneKind } from '@/lib/db/schema';\nexport const kinds: ZoneKind[] = [];\n", 'lib/map/layering-fixture.ts');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/data door/);
    expect(await restrictedImports("import { getDb } from '../db/client';\nexport const db = getDb;\n", 'lib/overlap/layering-fixture.ts')).toHaveLength(1);
    expect(await restrictedImports("import { settings } from '@/lib/env';\nexport const tz = settings.timeZone;\n", 'lib/parse/layering-fixture.ts')).toHaveLength(1);
  });

  it('fails a client component that imports a query module at run time', async () => {
    const code = "'use client';\nimport { listZones } from '@/lib/db/queries/zones';\nexport const load = listZones;\n";
    expect(await restrictedImports(code, 'app/check/_components/layering-fixture.tsx')).toHaveLength(1);
    expect(await restrictedImports(code, 'app/staff/zones/zone-workspace.tsx')).toHaveLength(1);
  });

  it('fails a client component that imports even a type from the data door', async () => {
    const code = "'use client';\nimport type { StaffCase } from '@/lib/db/queries/case-edits';\nexport const none: StaffCase[] = [];\n";
    expect(await restrictedImports(code, 'app/staff/cases/_components/layering-fixture.tsx')).toEqual([expect.stringMatching(/data door/)]);
    expect(await restrictedImports(code, 'app/staff/users/users-admin.tsx')).toHaveLength(1);
    expect(await restrictedImports(code.replace('@/lib/db/queries/case-edits', '@/lib/staff-api/records'), 'app/staff/users/users-admin.tsx')).toEqual([]);
  });

  it('keeps the staff API client off the data door, and geometry and trajectories below the overlap engine', async () => {
    expect(await restrictedImports("import type { RoundRow } from '@/lib/db/queries/testing-rounds';\nexport const rows: RoundRow[] = [];\n", 'lib/staff-api/layering-fixture.ts')).toHaveLength(1);
    const engine = "import { forEachPiece } from '../overlap/parts-to-pieces';\nexport const f = forEachPiece;\n";
    expect(await restrictedImports(engine, 'lib/geo/layering-fixture.ts')).toEqual([expect.stringMatching(/below the overlap engine/)]);
    expect(await restrictedImports(engine, 'lib/trajectory/layering-fixture.ts')).toHaveLength(1);
    expect(await restrictedImports(engine.replace('../overlap/', '../trajectory/'), 'lib/geo/layering-fixture.ts')).toEqual([]);
  });

  it('passes the same files when they import from lib/enums', async () => {
    const clean = "import type { ZoneKind } from '@/lib/enums';\nexport const kinds: ZoneKind[] = [];\n";
    expect(await restrictedImports(clean, 'lib/map/layering-fixture.ts')).toEqual([]);
    expect(await restrictedImports(`'use client';\n${clean}`, 'app/check/_components/layering-fixture.tsx')).toEqual([]);
  });
});

describe('zod door lint rule (eslint.config.mjs)', () => {
  const direct = "import { z } from 'zod';\nexport const name = z.string();\n";
  const throughDoor = "import { z } from '@/lib/validation/zod';\nexport const name = z.string();\n";

  it('fails a value import of zod anywhere but lib/validation/zod.ts: pages, routes, pure layers, client components', async () => {
    for (const file of ['app/api/zones/zod-fixture.ts', 'lib/cases/zod-fixture.ts', 'lib/overlap/zod-fixture.ts', 'app/check/_components/zod-fixture.tsx']) {
      const errors = await restrictedImports(file.endsWith('.tsx') ? `'use client';\n${direct}` : direct, file);
      expect(errors, file).toHaveLength(1);
      expect(errors[0]).toMatch(/lib\/validation\/zod/);
    }
    expect(await restrictedImports("import { z } from 'zod/v4';\nexport const n = z.number();\n", 'lib/cases/zod-fixture.ts')).toHaveLength(1);
  });

  it('passes the door itself, imports through it, and type-only imports of zod', async () => {
    expect(await restrictedImports(direct, 'lib/validation/zod.ts')).toEqual([]);
    expect(await restrictedImports(throughDoor, 'lib/cases/zod-fixture.ts')).toEqual([]);
    expect(await restrictedImports(throughDoor, 'lib/overlap/zod-fixture.ts')).toEqual([]);
    expect(await restrictedImports("import type { ZodError } from 'zod';\nexport type E = ZodError;\n", 'lib/errors/zod-fixture.ts')).toEqual([]);
  });
});
