import { expect } from 'vitest';
import type { Db } from '../../src/db/client.ts';
import { Invalid } from '../../src/errors.ts';
import { errorText } from '../../src/i18n/errors.ts';
import type { Actor } from '../../src/services/context.ts';
import type { ImportUseCases } from '../../src/services/imports/define-import.ts';
import { fingerprint } from './db-fingerprint.ts';

/** The refusals of a commit that must write nothing, as "regel N, kolom: reden"; fails when anything was written. */
export async function refusedWithoutWriting(db: Db, commit: ImportUseCases['commit'], actor: Actor, bytes: Uint8Array): Promise<string[]> {
  const before = await fingerprint(db);
  const error = await commit({ db, actor }, bytes).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(Invalid);
  expect(await fingerprint(db)).toEqual(before);
  return (error as Invalid).problems.map((p) => `${p.name}: ${errorText('nl', p.reason, p.values)}`);
}
