import { describe, expect, it, vi } from 'vitest';
import { IMPORT_LIMITS, limitProblem } from '../../domain/import/import-limits.ts';
import { ORGANISATION_COLUMNS } from '../../domain/import/organisation-rows.ts';
import { bareRowsCsv } from '../../../tests/helpers/pathological-files.ts';
import { readImportFile } from './read-import-file.ts';

// The row rules are counted on this (the main) thread; the worker loads its own copy, which vi.mock does not reach.
const mainThreadChecks = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../domain/import/check-rows.ts', async (original) => {
  const actual = await original<typeof import('../../domain/import/check-rows.ts')>();
  return { ...actual, checkRowsOf: (...args: Parameters<typeof actual.checkRowsOf>) => { mainThreadChecks.count++; return actual.checkRowsOf(...args); } };
});

const job = (bytes: Uint8Array) => ({ bytes, kind: 'organisaties' as const, columns: ORGANISATION_COLUMNS, required: ['naam', 'soort'], lookups: {} });

describe('reading an import file', () => {
  it('checks the rows of a large file off the main thread, and stops after the limit of refused rows, saying so first', async () => {
    mainThreadChecks.count = 0;
    const result = await readImportFile(job(bareRowsCsv(5_000)));
    expect(result.ok).toBe(true);
    expect(result.problems.filter((p) => p.column === 'soort')).toHaveLength(IMPORT_LIMITS.refusals);
    expect(result.problems[0]).toEqual(limitProblem('refusals'));
    expect(mainThreadChecks.count).toBe(0);
  });

  it('checks a small CSV inline, which the counter sees (so the test above can fail)', async () => {
    mainThreadChecks.count = 0;
    const result = await readImportFile(job(bareRowsCsv(20)));
    expect(result.problems.filter((p) => p.column === 'soort')).toHaveLength(20);
    expect(mainThreadChecks.count).toBe(1);
  });
});
