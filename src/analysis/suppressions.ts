/**
 * Suppressions from the config file: a finding the team has accepted, with a reason and an expiry
 * date. A suppressed finding stays in the report (marked) but is not counted or failed on; an
 * expired suppression suppresses nothing and is itself reported, so that acceptances get reviewed.
 */
import type { Config, SuppressionConfig } from '../config.js';
import { severityOf } from '../config.js';
import type { Finding } from '../report/types.js';
import { fingerprint } from './findings.js';

function matches(s: SuppressionConfig, f: Finding): boolean {
  return (
    (s.type === undefined || s.type === f.type) &&
    (s['rule-id'] === undefined || s['rule-id'] === f.ruleId) &&
    (s['group-id'] === undefined || s['group-id'] === f.groupId) &&
    (s.peer === undefined || s.peer === f.peer)
  );
}

/** Marks suppressed findings and adds one finding per expired suppression. */
export function applySuppressions(findings: Finding[], config: Config, now: Date): Finding[] {
  const today = now.toISOString().slice(0, 10);
  const out = [...findings];
  for (const s of config.suppressions) {
    const expired = s.expires < today;
    const hits = findings.filter((f) => matches(s, f));
    if (!expired) {
      for (const f of hits) f.suppressed ??= { reason: s.reason, expires: s.expires };
      continue;
    }
    const what = [s.type, s['rule-id'], s['group-id'], s.peer].filter(Boolean).join(' ');
    out.push({
      id: fingerprint('expired-suppression', what, s.expires),
      type: 'expired-suppression',
      severity: severityOf(config, 'expired-suppression', 'low'),
      ...(s['group-id'] ? { groupId: s['group-id'] } : {}),
      ...(s['rule-id'] ? { ruleId: s['rule-id'] } : {}),
      title: `Suppression expired on ${s.expires}: ${what}`,
      message: `The suppression of ${what} ("${s.reason}") expired on ${s.expires} and no longer applies${hits.length > 0 ? `; ${hits.length} finding(s) it covered are reported again` : ''}. Renew it with a new date or fix the finding.`,
      evidence: { reason: s.reason, expires: s.expires, findings: hits.map((f) => f.id) },
    });
  }
  return out;
}
