/**
 * Hostile strings, as an attacker would put them in a security-group name, a rule description,
 * a Terraform file name or a flow-log field, each with what every format must show for it,
 * written out by hand (not computed with the code under test), and a report that carries one
 * or more of them in every untrusted field.
 *
 * Column meanings: `text` the terminal, the text report, annotations and log lines (controls
 * shown as escapes); `markdown` a cell of the job summary, a pull request's body or comment
 * (entities, a zero-width space after `@`, `#`, `GH-` and a URL scheme's colon); `html` the
 * HTML source and `dom` the text a browser shows for it; `csv` the whole cell; `sarif` SARIF's
 * message-string escaping (braces doubled, brackets backslashed).
 */
import type { Report } from '../../src/report/types.js';
import { buildReport, finding, rule } from './fixture.js';

export interface Hostile {
  name: string;
  value: string;
  text: string;
  markdown: string;
  html: string;
  dom: string;
  csv: string;
  sarif: string;
}

/** An entry whose value is shown as it is except where a column says otherwise. */
function hostile(name: string, value: string, shown: Partial<Omit<Hostile, 'name' | 'value'>>): Hostile {
  return {
    name,
    value,
    text: value,
    markdown: value,
    html: value,
    dom: value,
    csv: value,
    sarif: value,
    ...shown,
  };
}

const LONG = '<a|'.repeat(3_333) + 'x';

export const HOSTILE: Hostile[] = [
  hostile('an HTML element', '<img src=x onerror=alert(1)>', {
    markdown: '&lt;img src=x onerror=alert(1)&gt;',
    html: '&lt;img src=x onerror=alert(1)&gt;',
  }),
  hostile('table pipes', '| a | b |', { markdown: '&#124; a &#124; b &#124;' }),
  hostile('a mention', '@octocat', { markdown: '@&#8203;octocat', csv: "'@octocat" }),
  hostile('an issue reference', '#123', { markdown: '#&#8203;123' }),
  hostile('a link target', '](javascript:alert(1))', {
    markdown: '&#93;(javascript:alert(1))',
    sarif: '\\](javascript:alert(1))',
  }),
  hostile('a markdown link', '[docs](https://evil.example)', {
    markdown: '&#91;docs&#93;(https:&#8203;//evil.example)',
    sarif: '\\[docs\\](https://evil.example)',
  }),
  hostile('add-mask after a line feed', '\n::add-mask::secret', {
    text: '\\n::add-mask::secret',
    markdown: ' ::add-mask::secret',
    html: '&#10;::add-mask::secret',
    csv: '"\n::add-mask::secret"',
  }),
  hostile('stop-commands after CRLF', '\r\n::stop-commands::tok', {
    text: '\\r\\n::stop-commands::tok',
    markdown: ' ::stop-commands::tok',
    html: '&#13;&#10;::stop-commands::tok',
    csv: `"'\r\n::stop-commands::tok"`,
  }),
  hostile('a percent-encoded command', '%0A::error::x', {}),
  hostile('ANSI colours', '\u001b[31mred\u001b[0m', {
    text: '\\x1b[31mred\\x1b[0m',
    markdown: '&#92;x1b&#91;31mred&#92;x1b&#91;0m',
    html: '\ufffd[31mred\ufffd[0m',
    dom: '\ufffd[31mred\ufffd[0m',
    sarif: '\u001b\\[31mred\u001b\\[0m',
  }),
  hostile('a C1 CSI', '\u009b2J', {
    text: '\\x9b2J',
    markdown: '&#92;x9b2J',
    html: '\ufffd2J',
    dom: '\ufffd2J',
  }),
  hostile('bell and backspace', 'ok\u0007\u0008!', {
    text: 'ok\\x07\\x08!',
    markdown: 'ok&#92;x07&#92;x08!',
    html: 'ok\ufffd\ufffd!',
    dom: 'ok\ufffd\ufffd!',
  }),
  hostile('a tab before a formula', '\t=1+1', {
    text: '\\t=1+1',
    markdown: '&#92;t=1+1',
    csv: "'\t=1+1",
  }),
  hostile('a HYPERLINK formula', '=HYPERLINK("http://x")', {
    markdown: '=HYPERLINK("http:&#8203;//x")',
    html: '=HYPERLINK(&quot;http://x&quot;)',
    csv: `"'=HYPERLINK(""http://x"")"`,
  }),
  hostile('a plus', '+1', { csv: "'+1" }),
  hostile('a minus', '-1', { csv: "'-1" }),
  hostile('an @SUM formula', '@SUM(1)', { markdown: '@&#8203;SUM(1)', csv: "'@SUM(1)" }),
  hostile('a right-to-left override', 'abc\u202eexe.txt', {
    text: 'abc\\u202eexe.txt',
    markdown: 'abc&#92;u202eexe.txt',
    html: 'abc\\u202eexe.txt',
    dom: 'abc\\u202eexe.txt',
  }),
  hostile('a line separator', 'a\u2028::add-mask::b', {
    text: 'a\\u2028::add-mask::b',
    markdown: 'a&#92;u2028::add-mask::b',
  }),
  hostile('SARIF placeholders', '{0} {{1}}', { sarif: '{{0}} {{{{1}}}}' }),
  hostile('a code fence', '```\n# injected', {
    text: '```\\n# injected',
    markdown: '&#96;&#96;&#96; # injected',
    html: '```&#10;# injected',
    csv: '"```\n# injected"',
  }),
  hostile('the review marker', '<!-- sg-flow-audit review -->', {
    markdown: '&lt;!-- sg-flow-audit review --&gt;',
    html: '&lt;!-- sg-flow-audit review --&gt;',
  }),
  hostile('GH- and www references', 'GH-12 www.evil.example', {
    markdown: 'GH-&#8203;12 www&#8203;.evil.example',
  }),
  hostile('10,000 characters', LONG, {
    markdown: '&lt;a&#124;'.repeat(3_333) + 'x',
    html: '&lt;a|'.repeat(3_333) + 'x',
  }),
];

/** The group, rule and findings of hostile string `index`. */
export const hostileGroupId = (index: number) => `sg-0hostile${String(index).padStart(9, '0')}`;
export const hostileRuleId = (index: number) => `sgr-0hostile${String(index).padStart(8, '0')}`;

/** What the fixture says about the group of a hostile name; `name` is the name as shown. */
export const unattachedTitle = (index: number, name: string) =>
  `Unattached group ${hostileGroupId(index)} (${name})`;
export const unattachedMessage = (index: number, name: string) =>
  `${hostileGroupId(index)} (${name}) is attached to no network interface; its 1 rule(s) allow nothing today.`;

/**
 * The fixture report with, for each value, a group of that name holding one unused rule whose
 * description is the value, an unattached-group finding that quotes the name, an unused-rule
 * finding that proposes removing the rule, an input error in a file named after the value that
 * quotes it, and an unknown interface of that name (the text report lists them).
 */
export function hostileReport(values: readonly string[]): Report {
  const report = buildReport();
  values.forEach((value, index) => {
    const groupId = hostileGroupId(index);
    const ruleId = hostileRuleId(index);
    report.rules.push(
      rule({
        ruleId,
        groupId,
        groupName: value,
        direction: 'ingress',
        protocol: 'tcp',
        fromPort: 8443,
        toPort: 8443,
        peer: { cidr: '10.9.0.0/16' },
        description: value,
      }),
    );
    report.findings.push(
      finding({
        id: `f-hostile-unattached-${index}`,
        type: 'unattached-group',
        severity: 'low',
        groupId,
        title: unattachedTitle(index, value),
        message: unattachedMessage(index, value),
        evidence: { groupName: value, rules: 1 },
      }),
      finding({
        id: `f-hostile-unused-${index}`,
        type: 'unused-rule',
        severity: 'medium',
        groupId,
        ruleId,
        title: 'Unused rule: tcp 8443 10.9.0.0/16',
        proposal: { action: 'remove', rules: [] },
      }),
    );
    report.input.errors.splice(index, 0, {
      file: `logs/${value}.log`,
      line: 7,
      message: `srcport: not a port: '${value}'`,
    });
    report.input.unknownInterfaces.push(value);
  });
  report.input.errorCount += values.length;
  report.summary.groups += values.length;
  report.summary.rules.total += values.length;
  report.summary.rules.unused += values.length;
  report.summary.findings.low += values.length;
  report.summary.findings.medium += values.length;
  return report;
}
