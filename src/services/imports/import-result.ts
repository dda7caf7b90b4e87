import type { ReadProblem } from '../../domain/import/read-table.ts';
import { Invalid } from '../../errors.ts';

// What every import shows before it writes, and how it refuses: shared by all import types.
export type ImportPreview = { create: { line: number; name: string }[]; update: { line: number; name: string }[]; refused: ReadProblem[] };

/** The preview of a file that could not be read at all. */
export const unreadable = (problems: ReadProblem[]): ImportPreview => ({ create: [], update: [], refused: problems });

/** Refusals in line order, so the preview reads like the file. */
export const byLine = (problems: ReadProblem[]): ReadProblem[] => problems.sort((a, b) => a.line - b.line);

/** The error that rolls back a commit when any row is refused: nothing is written. */
export function refuseImport(preview: ImportPreview): Invalid {
  return new Invalid('importNothing', preview.refused.map((p) => ({ name: `regel ${p.line}, ${p.column}`, reason: p.code, values: { ...p.values } })), { count: preview.refused.length });
}

/** The preview of checked writes: each is new or an update, with its label; refusals in line order. */
export function previewOf<W extends { line: number }>(writes: W[], isUpdate: (w: W) => boolean, label: (w: W) => string, problems: ReadProblem[]): ImportPreview {
  const row = (w: W) => ({ line: w.line, name: label(w) });
  return { create: writes.filter((w) => !isUpdate(w)).map(row), update: writes.filter(isUpdate).map(row), refused: byLine(problems) };
}
