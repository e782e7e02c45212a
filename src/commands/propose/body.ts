/**
 * The proposal in Markdown: the pull request's body (cut to GitHub's limit) and the report file
 * committed beside the edits (everything, uncut). Deterministic: the same report and edits give
 * the same text, so that a run with nothing new changes nothing.
 */
import { formatCount, formatRule, formatTime, formatWindow } from '../../report/format.js';
import { showControls } from '../../report/escape.js';
import { escapeCell, escapeGitHubCell } from '../../report/markdown.js';
import type { Report } from '../../report/types.js';
import { fitPullRequestBody, PULL_REQUEST_BODY_LIMIT } from '../../github/pull-request-body.js';
import { awsCliCommands } from './aws-cli.js';
import type { ProposedChange } from './changes.js';
import type { ProposedEdits } from './sources.js';

const neutral = escapeGitHubCell;

function changeText(change: ProposedChange): string {
  if (change.action === 'remove') return 'remove';
  return change.replacement
    .map((r) => formatRule({ protocol: r.protocol, fromPort: r.fromPort, toPort: r.toPort, peer: peerOf(r) }))
    .join(', ');
}

function peerOf(r: ProposedChange['replacement'][number]) {
  if (r.cidr !== undefined) return { cidr: r.cidr };
  if (r.groupId !== undefined) return { groupId: r.groupId };
  return { prefixListId: r.prefixListId ?? '' };
}

/** The sections of the proposal, most important first. */
export function proposalSections(
  report: Report,
  changes: readonly ProposedChange[],
  edits: ProposedEdits,
): string[] {
  const edited = changes.filter(
    (c) =>
      edits.located.has(c.rule.ruleId) && !edits.manual.some((m) => m.change.rule.ruleId === c.rule.ruleId),
  );
  const head = [
    '## sg-flow-audit: proposed security-group rule changes',
    '',
    `Traffic window: ${escapeCell(formatWindow(report.window))} (${formatCount(report.input.records)} flow-log records). ` +
      `${formatCount(edited.length)} rule(s) edited in ${formatCount(new Set(edits.edits.map((e) => e.file)).size)} file(s); ` +
      `${formatCount(edits.manual.length)} to change by hand; ${formatCount(edits.notFound.length)} not found in code.`,
    '',
    'Each rule gets one change, narrowed to the traffic that used it in the window or removed when nothing did. Port scanners are never counted as traffic to keep.',
  ].join('\n');
  const table = [
    '### Changes',
    '',
    '| Group | Rule | Now | Proposed | Why | Flows | Peers | First seen | Last seen | Where |',
    '| --- | --- | --- | --- | --- | ---: | ---: | --- | --- | --- |',
    ...changes.map((c) => {
      const where = edits.located.get(c.rule.ruleId);
      const manual = edits.manual.some((m) => m.change.rule.ruleId === c.rule.ruleId);
      const place = where
        ? `${neutral(where.file)}:${where.line}${manual ? ' (by hand)' : ''}`
        : 'not in code';
      return `| ${neutral(`${c.rule.groupId} (${c.rule.groupName})`)} | ${neutral(c.rule.ruleId)} | ${neutral(`${c.rule.direction} ${formatRule(c.rule)}`)} | ${neutral(changeText(c))} | ${neutral(c.reason)} | ${formatCount(c.usage.flows)} | ${formatCount(c.usage.peers)} | ${c.usage.firstSeen ? formatTime(c.usage.firstSeen) : ''} | ${c.usage.lastSeen ? formatTime(c.usage.lastSeen) : ''} | ${place} |`;
    }),
  ].join('\n');
  const sections = [head, table];
  if (edits.manual.length > 0) {
    sections.push(
      [
        '### To change by hand',
        '',
        ...edits.manual.map(
          (m) =>
            `- ${neutral(m.change.rule.ruleId)} in ${neutral(m.change.rule.groupId)}${m.location ? ` (${neutral(m.location.file)}:${m.location.line})` : ''}: ${neutral(m.why)}. Proposed: ${neutral(changeText(m.change as ProposedChange))}.`,
        ),
      ].join('\n'),
    );
  }
  if (edits.notFound.length > 0) {
    sections.push(
      [
        '### Not found in code',
        '',
        'No Terraform, CloudFormation or exported snapshot in this repository defines these rules. Change them where they are defined, or run `sg-flow-audit export --out DIR` to keep the groups as reviewable YAML.',
        '',
        ...edits.notFound.map(
          (c) =>
            `- ${neutral(c.rule.ruleId)} in ${neutral(`${c.rule.groupId} (${c.rule.groupName})`)}: ${neutral(`${c.rule.direction} ${formatRule(c.rule)}`)}`,
        ),
      ].join('\n'),
    );
  }
  sections.push(
    [
      '### AWS CLI',
      '',
      'To carry a change out by hand: authorize the replacement first, then revoke the old rule by its id.',
      '',
      ...codeBlock(
        'sh',
        changes.flatMap((c) => [`# ${c.rule.ruleId}: ${c.reason}`, ...awsCliCommands(c)]),
      ),
    ].join('\n'),
  );
  return sections;
}

/**
 * A fenced code block of untrusted lines: entities mean nothing inside one, so each line is kept
 * on its line (control characters shown as escapes) and the fence is longer than any run of
 * backticks inside, so that no line of it can close the block and start markdown of its own.
 */
function codeBlock(language: string, lines: readonly string[]): string[] {
  const shown = lines.map(showControls);
  const longest = Math.max(0, ...shown.flatMap((line) => line.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return [`${fence}${language}`, ...shown, fence];
}

/** The pull request's body: the sections, cut to fit, pointing to the committed report. */
export function pullRequestBody(sections: readonly string[], reportFile: string): string {
  return fitPullRequestBody(sections, PULL_REQUEST_BODY_LIMIT, reportFile);
}
