/**
 * The review step, shared by `sg-flow-audit review` and the Action's `mode: review`: the rule
 * changes between two trees, checked against the window's traffic. Files are parsed, never
 * evaluated: nothing of the pull request's content runs.
 */
import type { Config } from '../../config.js';
import { applySuppressions } from '../../analysis/suppressions.js';
import { diffRules, reviewFindings, rulesInTree } from '../../iac/review/index.js';
import type { Finding, Report } from '../../report/types.js';
import { neutraliseCommandLines, showControls } from '../../report/escape.js';
import { escapeGitHubCell } from '../../report/markdown.js';
import { formatCount, formatWindow } from '../../report/format.js';
import { SEVERITIES } from '../../report/types.js';

export interface ReviewOutcome {
  findings: Finding[];
  notes: string[];
  added: number;
  removed: number;
  /** Files of either tree that could not be read, with why. */
  skipped: { tree: 'base' | 'head'; file: string; why: string }[];
}

export async function reviewTrees(
  baseDir: string,
  headDir: string,
  report: Report,
  config: Config,
  now = new Date(),
): Promise<ReviewOutcome> {
  const [base, head] = await Promise.all([
    rulesInTree(baseDir, { label: '--base' }),
    rulesInTree(headDir, { label: '--head' }),
  ]);
  const diff = diffRules(base.rules, head.rules);
  const { findings, notes } = reviewFindings(diff, report, config, { head: head.rules });
  const rank = (f: Finding) => SEVERITIES.indexOf(f.severity);
  return {
    findings: applySuppressions(findings, config, now).sort(
      (a, b) => rank(a) - rank(b) || a.id.localeCompare(b.id),
    ),
    notes,
    added: diff.added.length,
    removed: diff.removed.length,
    skipped: [
      ...base.skipped.map((s) => ({ tree: 'base' as const, ...s })),
      ...head.skipped.map((s) => ({ tree: 'head' as const, ...s })),
    ],
  };
}

/** Where a finding points in the head tree (or the base tree for a removed rule). */
export function findingPlace(finding: Finding): { file: string; line: number } | undefined {
  const e = finding.evidence;
  const file = (e['headFile'] ?? e['file']) as string | undefined;
  const line = (e['headLine'] ?? e['line']) as number | undefined;
  return typeof file === 'string' && typeof line === 'number' ? { file, line } : undefined;
}

/** The review as text, for a terminal. */
export function reviewText(outcome: ReviewOutcome, report: Report): string {
  const lines = [
    `Rule changes: ${outcome.added} added, ${outcome.removed} removed; traffic window ${formatWindow(report.window)}.`,
  ];
  if (outcome.findings.length === 0)
    lines.push(
      'No finding: no removed rule carried traffic, no added rule opens an admin or high-risk port.',
    );
  // File names, titles and messages carry what the pull request wrote: shown, never obeyed.
  const shown = showControls;
  for (const f of outcome.findings) {
    const place = findingPlace(f);
    lines.push(
      `  [${f.severity}] ${f.type}${place ? ` at ${shown(place.file)}:${place.line}` : ''}: ${shown(f.title)}`,
      `    ${shown(f.message)}`,
    );
  }
  for (const note of outcome.notes) lines.push(`  note: ${shown(note)}`);
  for (const s of outcome.skipped) lines.push(`  skipped (${s.tree}) ${shown(s.file)}: ${shown(s.why)}`);
  return neutraliseCommandLines(lines.join('\n') + '\n');
}

/** The review as Markdown, for the job summary and the pull-request comment. */
export function reviewMarkdown(outcome: ReviewOutcome, report: Report): string {
  const cell = escapeGitHubCell;
  const lines = [
    '## sg-flow-audit review of the rule changes',
    '',
    `${formatCount(outcome.added)} rule(s) added, ${formatCount(outcome.removed)} removed, checked against the traffic of ${cell(formatWindow(report.window))} (${formatCount(report.input.records)} records).`,
    '',
  ];
  if (outcome.findings.length === 0)
    lines.push(
      'No finding: no removed rule carried traffic, and no added rule opens an admin or high-risk port.',
    );
  else {
    lines.push('| Severity | Finding | Where | Details |', '| --- | --- | --- | --- |');
    for (const f of outcome.findings) {
      const place = findingPlace(f);
      lines.push(
        `| ${f.severity} | ${cell(f.title)} | ${place ? cell(`${place.file}:${place.line}`) : ''} | ${cell(f.message)} |`,
      );
    }
  }
  if (outcome.notes.length > 0) lines.push('', ...outcome.notes.map((n) => `- ${cell(n)}`));
  return lines.join('\n') + '\n';
}
