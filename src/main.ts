/**
 * The Action: read inputs, run the pipeline, write the report, SARIF, job summary, annotations
 * and outputs, and fail the step when a finding is at or above `fail-on`.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import * as core from '@actions/core';
import { loadConfig } from './config.js';
import { ConfigurationError, errorMessage } from './errors.js';
import { fleetFlagsOf } from './fleet/flags.js';
import { readInputs } from './inputs.js';
import { failingFinding } from './outcome.js';
import { liveOptionsFrom } from './live-options.js';
import { analyze } from './pipeline.js';
import { PlainProgress } from './progress/plain.js';
import { proxyPasswords } from './proxy.js';
import { planAnnotations } from './report/annotations.js';
import { showControls } from './report/escape.js';
import { renderMarkdown } from './report/markdown.js';
import { renderReport } from './report/render.js';
import { SEVERITIES, type Report } from './report/types.js';

async function writeOut(path: string, text: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, text);
}

/** Runs the Action; `workerScript` is the bundle that scan worker threads start from. */
export async function run(workerScript?: string): Promise<void> {
  // Masked before anything is logged: the runner hides these values wherever they would appear.
  for (const name of ['AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN', 'AWS_ACCESS_KEY_ID']) {
    const value = process.env[name];
    if (value !== undefined && value !== '') core.setSecret(value);
  }
  for (const password of proxyPasswords()) core.setSecret(password);
  try {
    const inputs = readInputs();
    if (inputs.mode === 'apply' && inputs.apply.plan !== undefined) {
      // A report made earlier (by an audit job, reviewed): carried out as it is, no new analysis.
      await (await import('./commands/apply/action.js')).applyInAction(inputs);
      return;
    }
    const config = await loadConfig(
      inputs.config,
      `${process.env['GITHUB_WORKSPACE'] ?? '.'}/.github/sg-flow-audit.yml`,
    );
    if (inputs.mode === 'check-change') {
      // Its own pass over the logs since the change; no audit of the account.
      await (await import('./commands/check-change/action.js')).checkChangeInAction(inputs, config);
      return;
    }
    const fleet = fleetFlagsOf(inputs);
    if (
      inputs.flowLogs.length === 0 &&
      inputs.inventory === undefined &&
      inputs.source === undefined &&
      inputs.engine !== 'athena'
    ) {
      throw new ConfigurationError('nothing to analyze: set flow-logs, inventory, or source');
    }
    const live = liveOptionsFrom(inputs);
    let report: Report;
    if (fleet !== undefined && live !== undefined) {
      // Many accounts or regions: loaded only then, with STS and Organizations.
      const { analyzeFleet, targetEventLine } = await import('./fleet/run.js');
      report = await analyzeFleet({
        flags: fleet,
        live,
        config,
        onTarget: (event) => {
          if (event.phase === 'end') core.info(targetEventLine(event));
        },
      });
    } else {
      report = await analyze({
        flowLogs: inputs.flowLogs,
        inventoryDir: inputs.inventory,
        logFormat: inputs.logFormat,
        live,
        config,
        threads: inputs.threads,
        workerScript,
        // A workflow's log is no terminal: a plain line every few seconds on a long run.
        progress: new PlainProgress({ write: (line) => core.info(line) }),
      });
    }

    await writeOut(inputs.reportPath, renderReport(report, 'json'));
    core.setOutput('report-path', inputs.reportPath);
    // The page a reviewer opens from the workflow's artifacts, beside the JSON it summarises.
    const htmlPath = inputs.reportPath.replace(/(\.json)?$/, '.html');
    await writeOut(htmlPath, renderReport(report, 'html', { jsonReportPath: inputs.reportPath }));
    core.setOutput('html-path', htmlPath);
    if (inputs.sarifPath) {
      await writeOut(inputs.sarifPath, renderReport(report, 'sarif'));
      core.setOutput('sarif-path', inputs.sarifPath);
    }
    if (inputs.mode === 'review') {
      // The review is about the pull request's changes: its own summary, annotations and verdict.
      await (await import('./commands/review/action.js')).reviewInAction(report, config, inputs);
      return;
    }
    const counts = report.summary.findings;
    core.setOutput(
      'findings',
      SEVERITIES.reduce((n, s) => n + counts[s], 0),
    );
    for (const s of SEVERITIES) core.setOutput(s, counts[s]);

    if (inputs.summary) {
      const markdown = renderMarkdown(report, { reportPath: inputs.reportPath });
      const summaryPath = `${dirname(inputs.reportPath)}/summary.md`;
      await writeOut(summaryPath, markdown);
      core.setOutput('summary-path', summaryPath);
      if (process.env['GITHUB_STEP_SUMMARY']) await core.summary.addRaw(markdown).write();
    }
    const failing = failingFinding(report, inputs.failOn);
    if (inputs.annotations) {
      // One error slot stays free for the failure line, so GitHub never hides why the step failed.
      for (const a of planAnnotations(report, { reserveErrors: failing ? 1 : 0 })) {
        const props = { title: a.title };
        if (a.level === 'error') core.error(a.message, props);
        else if (a.level === 'warning') core.warning(a.message, props);
        else core.notice(a.message, props);
      }
    }
    if (inputs.mode === 'propose')
      await (await import('./commands/propose/action.js')).proposeInAction(report, inputs.propose);
    if (inputs.mode === 'apply') await (await import('./commands/apply/action.js')).applyInAction(inputs);
    core.info(
      `sg-flow-audit: ${report.input.records} records, ${report.summary.rules.used} used / ${report.summary.rules.unused} unused / ${report.summary.rules.unknown} unknown rules; report at ${inputs.reportPath}`,
    );
    if (failing)
      core.setFailed(
        showControls(
          `${failing.severity} finding: ${failing.title} (${failing.groupId ?? failing.peer ?? ''})`,
        ),
      );
  } catch (e) {
    // Messages name CLI flags (--inventory); in a workflow the same thing is an input.
    // Messages may quote a file name; core keeps them on one line, the escapes keep them plain.
    if (e instanceof ConfigurationError)
      core.setFailed(showControls(e.message.replace(/^--([a-z-]+)/, 'input $1')));
    else {
      core.debug((e as Error).stack ?? '');
      core.setFailed(`internal error: ${showControls(errorMessage(e))}`);
    }
  }
}
