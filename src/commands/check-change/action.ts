/**
 * The Action's `mode: check-change`, a scheduled job some hours after an apply: connection starts
 * REJECTed since `since` on the changed groups' interfaces that the rules before the change
 * allowed, as critical findings with the command that undoes the change.
 */
import * as core from '@actions/core';
import type { Config } from '../../config.js';
import { ConfigurationError } from '../../errors.js';
import type { ActionInputs } from '../../inputs.js';
import { failingFinding } from '../../outcome.js';
import { logText, showControls } from '../../report/escape.js';
import { escapeHtml } from '../../report/html/escape.js';
import { checkChange, parseSince } from './check.js';
import { checkChangeText } from './text.js';

export async function checkChangeInAction(inputs: ActionInputs, config: Config): Promise<void> {
  const { since, journal, beforeInventory } = inputs.checkChange;
  if (since === undefined)
    throw new ConfigurationError(
      'input since: mode check-change needs it (a time, or a duration such as 6h)',
    );
  const now = new Date();
  // `since` decides how far back live logs are read, not the audit's default lookback.
  const { lookback: _auditLookback, ...rest } = inputs;
  const outcome = await checkChange({
    inputs: rest,
    config,
    now,
    since: parseSince(since, now),
    journal,
    beforeInventory,
  });
  const text = checkChangeText(outcome);
  core.info(logText(text));
  if (process.env['GITHUB_STEP_SUMMARY'])
    await core.summary
      .addHeading('sg-flow-audit: traffic blocked by the change', 2)
      // addCodeBlock writes its text into <pre><code> as it is: HTML in a name would be HTML.
      .addCodeBlock(escapeHtml(text))
      .write();
  for (const finding of outcome.findings.slice(0, 10))
    core.error(showControls(finding.message), { title: showControls(`critical: ${finding.title}`) });
  core.setOutput('blocked-findings', outcome.findings.filter((f) => !f.suppressed).length);
  const failing = failingFinding(outcome, inputs.failOn);
  if (failing)
    core.setFailed(
      showControls(
        `${failing.severity} finding: ${failing.title}${outcome.revert ? `; undo the change with: ${outcome.revert}` : ''}`,
      ),
    );
}
