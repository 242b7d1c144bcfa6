import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';

/** Every file under app/ that starts with 'use client', found when the config loads (names vary too much for a glob). */
function clientFiles(dir = 'app') {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return clientFiles(file);
    if (!/\.tsx?$/.test(entry.name)) return [];
    return /^\s*['"]use client['"]/.test(readFileSync(file, 'utf8')) ? [file.split(path.sep).join('/')] : [];
  });
}

/** The data door and everything that only runs on the server. */
const SERVER_ONLY = [
  { group: ['@/lib/db', '@/lib/db/**', '**/lib/db/**', '../db', '../db/**', '../../db/**'], message: 'lib/db is the server’s data door: move the type to lib/enums.ts or a types module outside lib/db.' },
  { group: ['server-only', 'next/headers', '@/lib/auth/session', '@/lib/env'], message: 'Server-only module: not for client components or the pure lib/ layers.' },
];

/**
 * Zod only through lib/validation/zod.ts, which sets `jitless`: zod's own first parse probes `new Function`,
 * a CSP violation in the browser. Types may come from 'zod' (erased at build). Part of every
 * no-restricted-imports list below, since a later config's list replaces an earlier one's.
 */
const ZOD_DOOR = { regex: '^zod(/.*)?$', allowTypeImports: true, message: "Import zod from '@/lib/validation/zod' (jitless: no eval probe under the pages' CSP)." };

/** The overlap engine sits above the geometry and trajectory layers, never below them. */
const ENGINE = { group: ['@/lib/overlap', '@/lib/overlap/**', '../overlap', '../overlap/**', '**/lib/overlap/**'], message: 'lib/geo and lib/trajectory sit below the overlap engine: move what both need into lib/trajectory.' };

/** Layering (issue 14): the pure layers and browser code never reach the database, even for a type. */
export const LAYERING_RULES = [
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.mts'],
    ignores: ['lib/validation/zod.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: [ZOD_DOOR] }] },
  },
  {
    files: ['lib/map/**', 'lib/overlap/**', 'lib/parse/**', 'lib/errors/**', 'lib/staff-api/**'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: [...SERVER_ONLY, ZOD_DOOR] }] },
  },
  {
    files: ['lib/geo/**', 'lib/trajectory/**'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: [...SERVER_ONLY, ENGINE, ZOD_DOOR] }] },
  },
  {
    // Client components: no server module, not even for a type (records that cross live in lib/enums.ts,
    // lib/zones/zone-types.ts, lib/staff-api/records.ts, lib/community/community-types.ts, …).
    files: ['app/**/_components/**', 'app/**/*-workspace.tsx', ...clientFiles()],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: [...SERVER_ONLY, ZOD_DOOR] }] },
  },
  {
    // The briefing's components still take their types from lib/db/queries/briefing (being reworked under
    // issue 17): type-only imports are tolerated there until those types move out.
    files: ['app/briefing/_components/**'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: [...SERVER_ONLY.map((p) => ({ ...p, allowTypeImports: true })), ZOD_DOOR] }] },
  },
];

/**
 * Screens stay small (issue 14): a long component is several things — move its rules to a pure lib/ module
 * and split the view into components under _components/.
 */
export const SIZE_RULES = [
  {
    files: ['app/**/*.tsx'],
    rules: { 'max-lines': ['error', { max: 300 }] },
  },
  {
    files: ['app/**/*.tsx', 'app/**/use-*.ts'],
    rules: { 'max-lines-per-function': ['error', { max: 150, skipBlankLines: true, skipComments: true }] },
  },
];

const config = [
  ...nextVitals,
  ...nextTypescript,
  {
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // No `any` in the pure logic.
    files: ['lib/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'error' },
  },
  ...LAYERING_RULES,
  ...SIZE_RULES,
  { ignores: ['.next/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '.data/**', 'next-env.d.ts', 'drizzle/**'] },
];

export default config;
