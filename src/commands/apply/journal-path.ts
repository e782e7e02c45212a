/**
 * Where `apply` and `revert` write their journals when not told: a name with the UTC time of the
 * run, never a file that is there already (a journal may be the only record of how to undo a
 * run), so two runs in the same second get `-2`, `-3`, … instead of one overwriting the other.
 */
import { existsSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { ConfigurationError } from '../../errors.js';

/** `20261126T120000Z`: the time to the second, without the colons some file systems refuse. */
export function journalTimestamp(now: Date): string {
  return now
    .toISOString()
    .replace(/\.\d+Z$/, 'Z')
    .replace(/[-:]/g, '');
}

/** `stem.json`, or `stem-2.json`, `stem-3.json`, … when that exists, in `dir`. */
function unusedPath(dir: string, stem: string): string {
  for (let n = 1; ; n++) {
    const path = join(dir, `${stem}${n === 1 ? '' : `-${n}`}.json`);
    if (!existsSync(path)) return path;
  }
}

/** `DIR/sg-flow-audit-journal-20261126T120000Z.json`: an apply run's journal. */
export function defaultApplyJournalPath(dir: string, now: Date): string {
  return unusedPath(dir, `sg-flow-audit-journal-${journalTimestamp(now)}`);
}

/** `journal-revert-20261126T130000Z.json` next to the apply journal it undoes. */
export function revertJournalPath(applyJournal: string, now: Date): string {
  const stem = basename(applyJournal).replace(/\.json$/i, '');
  return unusedPath(dirname(applyJournal), `${stem}-revert-${journalTimestamp(now)}`);
}

/**
 * Refuses a `--journal` that exists, before anything is read from AWS.
 *
 * @throws ConfigurationError naming the file.
 */
export function requireNewJournal(path: string): void {
  if (existsSync(path)) {
    throw new ConfigurationError(
      `--journal: ${path} exists already; give a new path (it may be needed to revert an earlier run)`,
    );
  }
}
