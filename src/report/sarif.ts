/**
 * SARIF 2.1.0 for GitHub code scanning (`--format sarif`, the Action's `sarif-path`).
 *
 * Code scanning needs a file location for every result, but a security-group rule lives in AWS,
 * not in the repository. Each result therefore points at the report artifact (line 1) and names
 * the rule itself as a logical location; `partialFingerprints` carry the finding id so that the
 * same problem keeps the same alert across runs even though every result shares that line.
 */
import { formatProposal, rankFindings, ruleIndex } from './format.js';
import { FINDING_TYPES, SECURITY_SEVERITY } from './sarif-rules.js';
import type { FindingTypeInfo } from './sarif-rules.js';
import type { Finding, FindingType, Report, RuleReport, Severity } from './types.js';

/** The schema the output declares (OASIS SARIF 2.1.0, errata 01). */
export const SARIF_SCHEMA_URI =
  'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';

/** Where code scanning links "more about this tool". */
export const DEFAULT_INFORMATION_URI = 'https://github.com/sg-flow-audit/sg-flow-audit';

/** Default artifact the results point at: the JSON report the Action writes. */
export const DEFAULT_ARTIFACT_URI = 'sg-flow-audit-report.json';

/** The fingerprint key under which `finding.id` is published. */
export const FINGERPRINT_KEY = 'sgFlowAuditFindingId/v1';

/** Options of {@link renderSarif}. */
export interface SarifOptions {
  /** The tool's version, e.g. `0.1.0`. */
  toolVersion: string;
  /** Repository-relative path of the artifact every result points at; default {@link DEFAULT_ARTIFACT_URI}. */
  artifactUri?: string;
  /** The tool's home page; default {@link DEFAULT_INFORMATION_URI}. */
  informationUri?: string;
}

/** The parts of a SARIF log this renderer writes. */
export interface SarifLog {
  $schema: string;
  version: '2.1.0';
  runs: [SarifRun];
}

/** One run: the tool, its rule catalogue and the results. */
export interface SarifRun {
  tool: {
    driver: {
      name: 'sg-flow-audit';
      version: string;
      semanticVersion?: string;
      informationUri: string;
      rules: SarifRule[];
    };
  };
  results: SarifResult[];
  columnKind: 'utf16CodeUnits';
}

/** A `reportingDescriptor`: one per finding type. */
export interface SarifRule {
  id: string;
  name: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  help: { text: string; markdown: string };
  defaultConfiguration: { level: SarifLevel };
  properties: { 'security-severity': string; tags: string[]; precision: 'high' | 'medium' };
}

/** SARIF result levels used here. */
export type SarifLevel = 'error' | 'warning' | 'note';

/** One finding as a SARIF result. */
export interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: SarifLevel;
  message: { text: string };
  partialFingerprints: Record<string, string>;
  locations: SarifLocation[];
  properties: Record<string, unknown>;
  suppressions?: {
    kind: 'external';
    status: 'accepted';
    justification: string;
    properties: { expires: string };
  }[];
}

/** A result location: the artifact line, plus the AWS resource it is about. */
export interface SarifLocation {
  physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } };
  logicalLocations?: { name: string; fullyQualifiedName: string; kind: 'resource' }[];
}

const LEVEL_OF: Record<Severity, SarifLevel> = {
  critical: 'error',
  high: 'error',
  medium: 'warning',
  low: 'note',
  info: 'note',
};

const FINDING_TYPE_ORDER = Object.keys(FINDING_TYPES) as FindingType[];

/**
 * Renders the report as a SARIF 2.1.0 log with one run. Every finding type is in the rule
 * catalogue (not only those found), so rule indexes stay the same from run to run. Results come
 * in rank order (severity, then flows); suppressed findings are included with an external
 * suppression so that code scanning shows them as dismissed rather than forgetting them.
 */
export function renderSarif(report: Report, options: SarifOptions): SarifLog {
  const artifactUri = toUriReference(options.artifactUri ?? DEFAULT_ARTIFACT_URI);
  const ruleOf = ruleIndex(report);
  const semver = /^\d+\.\d+\.\d+(?:[-+].*)?$/.test(options.toolVersion)
    ? { semanticVersion: options.toolVersion }
    : {};
  return {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'sg-flow-audit',
            version: options.toolVersion,
            ...semver,
            informationUri: options.informationUri ?? DEFAULT_INFORMATION_URI,
            rules: FINDING_TYPE_ORDER.map((type) => sarifRule(FINDING_TYPES[type])),
          },
        },
        results: rankFindings(report.findings).map((finding) =>
          sarifResult(finding, ruleOf(finding), artifactUri),
        ),
        columnKind: 'utf16CodeUnits',
      },
    ],
  };
}

function sarifRule(info: FindingTypeInfo): SarifRule {
  return {
    id: info.id,
    name: info.name,
    shortDescription: { text: info.short },
    fullDescription: { text: info.full },
    help: { text: info.help, markdown: `**${info.short}.** ${info.help}` },
    defaultConfiguration: { level: LEVEL_OF[info.defaultSeverity] },
    properties: {
      // Code scanning reads the rule's score, not the result's: findings of a type whose
      // severity varies (broad-source) carry their own severity in result.properties.
      'security-severity': SECURITY_SEVERITY[info.defaultSeverity],
      tags: ['security'],
      precision: info.defaultSeverity === 'info' ? 'medium' : 'high',
    },
  };
}

function sarifResult(finding: Finding, rule: RuleReport | undefined, artifactUri: string): SarifResult {
  const info = FINDING_TYPES[finding.type];
  const change = formatProposal(finding, rule);
  const text = sarifMessageText(
    [
      finding.title.replace(/\.?$/, '.'),
      finding.message,
      change === undefined ? '' : `Proposed change: ${change}.`,
    ]
      .filter((part) => part !== '')
      .join(' '),
  );
  const properties: Record<string, unknown> = { type: finding.type, severity: finding.severity };
  if (finding.groupId !== undefined) properties['groupId'] = finding.groupId;
  if (finding.ruleId !== undefined) properties['ruleId'] = finding.ruleId;
  if (finding.peer !== undefined) properties['peer'] = finding.peer;
  if (finding.proposal !== undefined) {
    properties['proposal'] = finding.proposal;
    if (change !== undefined) properties['proposedChange'] = change;
  }
  const result: SarifResult = {
    ruleId: info.id,
    ruleIndex: FINDING_TYPE_ORDER.indexOf(finding.type),
    level: LEVEL_OF[finding.severity],
    message: { text },
    // The finding id is already a fingerprint of the problem; publishing it as the line hash too
    // stops the upload from hashing line 1 of the artifact, which every result shares.
    partialFingerprints: { [FINGERPRINT_KEY]: finding.id, primaryLocationLineHash: finding.id },
    locations: [sarifLocation(finding, artifactUri)],
    properties,
  };
  if (finding.suppressed !== undefined) {
    result.suppressions = [
      {
        kind: 'external',
        status: 'accepted',
        justification: finding.suppressed.reason,
        properties: { expires: finding.suppressed.expires },
      },
    ];
  }
  return result;
}

function sarifLocation(finding: Finding, artifactUri: string): SarifLocation {
  const location: SarifLocation = {
    physicalLocation: { artifactLocation: { uri: artifactUri }, region: { startLine: 1 } },
  };
  const logical = logicalName(finding);
  if (logical !== undefined) location.logicalLocations = [{ ...logical, kind: 'resource' }];
  return location;
}

/** The AWS resource a finding is about: `sg-…/sgr-…`, a group, or a remote address. */
function logicalName(finding: Finding): { name: string; fullyQualifiedName: string } | undefined {
  if (finding.groupId !== undefined && finding.ruleId !== undefined) {
    return { name: finding.ruleId, fullyQualifiedName: `${finding.groupId}/${finding.ruleId}` };
  }
  const single = finding.groupId ?? finding.ruleId ?? finding.peer;
  return single === undefined ? undefined : { name: single, fullyQualifiedName: single };
}

/**
 * Plain text as a SARIF message string (SARIF 2.1.0 §3.11.5, §3.11.6): a literal `{` or `}` is
 * doubled, so that `{0}` in a group name is not read as a placeholder, and a literal `[` or `]`
 * (and a backslash before one) is escaped with a backslash, so that `[docs](https://…)` in a
 * name is not an embedded link in code scanning. Nothing else changes: the result is JSON data.
 */
export function sarifMessageText(text: string): string {
  return text.replace(/[{}]/g, '$&$&').replace(/\\(?=[[\]])|[[\]]/g, '\\$&');
}

/**
 * SARIF wants a URI reference, but callers pass file paths: `reports/sg flow.json` becomes
 * `reports/sg%20flow.json` and Windows separators become `/`. A value that already has a
 * scheme (`file:`, `https:`; two letters at least, so `C:\` stays a path) is only made safe
 * with encodeURI.
 */
export function toUriReference(path: string): string {
  if (/^[a-z][a-z0-9+.-]+:/i.test(path)) return encodeURI(path);
  return path
    .replace(/\\/g, '/')
    .split('/')
    .map((segment) => encodeURIComponent(segment))
    .join('/');
}
