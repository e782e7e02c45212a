/**
 * The propose step, usable alone: analyse, turn the proposals into edits of the code that
 * defines the rules, write them into the working tree, and commit-ready files for a pull request.
 * It needs no GitHub; the Action's `mode: propose` adds the pull request (src/main.ts).
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { RunInputs } from '../../cli-args.js';
import type { Report } from '../../report/types.js';
import { runAnalysis } from '../run-analysis.js';
import { proposalSections } from './body.js';
import { changesFromReport, type ProposedChange } from './changes.js';
import { proposeEdits, writeEdits, type ProposedEdits, type SourceOptions } from './sources.js';

export { DEFAULT_REPORT_FILE } from './defaults.js';

export interface ProposeOptions extends Omit<SourceOptions, 'groups'> {
  /** Where the full proposal is written, relative to repoDir. */
  reportFile: string;
}

export interface ProposeOutcome {
  report: Report;
  changes: ProposedChange[];
  edits: ProposedEdits;
  /** The body's sections (see pullRequestBody). */
  sections: string[];
  /** Every file the proposal writes, relative to repoDir, with its new content. */
  files: { path: string; content: string }[];
}

/** Runs the analysis and proposes its changes in `repoDir`. */
export async function propose(inputs: RunInputs, options: ProposeOptions): Promise<ProposeOutcome> {
  const { report } = await runAnalysis(inputs);
  return proposeFromReport(report, options);
}

/** Proposes a report's changes in `repoDir`, writing the edited files and the report file. */
export async function proposeFromReport(report: Report, options: ProposeOptions): Promise<ProposeOutcome> {
  const repoDir = resolve(options.repoDir);
  const changes = changesFromReport(report);
  const groups = [...new Map(report.rules.map((r) => [r.groupId, r.groupName]))].map(
    ([groupId, groupName]) => ({
      groupId,
      groupName,
    }),
  );
  const edits = await proposeEdits(changes, { ...options, repoDir, groups });
  await writeEdits(repoDir, edits.edits);
  const sections = proposalSections(report, changes, edits);
  const files = edits.edits.map((e) => ({ path: e.file, content: e.after }));
  const reportPath = join(repoDir, options.reportFile);
  // The report goes with edits or hand changes only: with nothing to propose there is no pull
  // request, and a stale report from an earlier run is taken away.
  if (edits.edits.length > 0 || edits.manual.length > 0) {
    const content = sections.join('\n\n') + '\n';
    await mkdir(dirname(reportPath), { recursive: true });
    await writeFile(reportPath, content);
    files.push({ path: options.reportFile.split('\\').join('/'), content });
  } else {
    await rm(reportPath, { force: true });
  }
  return { report, changes, edits, sections, files };
}

/** What the step did, in a few lines for a terminal or a log. */
export function proposeSummary(outcome: ProposeOutcome, reportFile: string): string {
  const { changes, edits } = outcome;
  const lines: string[] = [];
  const editedIds = new Set(edits.edits.flatMap((e) => e.ruleIds));
  lines.push(
    `${changes.length} rule change(s) proposed; ${editedIds.size} edited in ${edits.edits.length} file(s), ${edits.manual.length} to change by hand, ${edits.notFound.length} not found in code.`,
  );
  for (const edit of edits.edits) lines.push(`  edited ${edit.file}: ${edit.ruleIds.join(', ')}`);
  for (const manual of edits.manual)
    lines.push(
      `  by hand ${manual.location ? `${manual.location.file}:${manual.location.line}` : manual.change.rule.ruleId}: ${manual.change.rule.ruleId}: ${manual.why}`,
    );
  for (const change of edits.notFound)
    lines.push(`  not in code: ${change.rule.ruleId} (${change.rule.groupId})`);
  if (outcome.files.some((f) => f.path === reportFile.split('\\').join('/')))
    lines.push(`  report: ${reportFile}`);
  return lines.join('\n') + '\n';
}

/** Reads a file of the working tree, or undefined (for comparing with the base). */
export async function readTreeFile(repoDir: string, path: string): Promise<string | undefined> {
  try {
    return await readFile(join(repoDir, path), 'utf8');
  } catch {
    return undefined;
  }
}
