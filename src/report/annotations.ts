/**
 * Plans the workflow annotations (error / warning / notice) for the findings. GitHub shows at
 * most 10 annotations of each level per step and silently drops the rest, so the plan ranks the
 * findings, keeps the most important ones per level, and says how many it left out, pointing at
 * the job summary and the report where every finding is.
 */
import { showControls } from './escape.js';
import { findingLocation, formatProposal, rankFindings, ruleIndex } from './format.js';
import type { Finding, Severity } from './types.js';
import type { Report } from './types.js';

/** A workflow annotation level, as `@actions/core` names them. */
export type AnnotationLevel = 'error' | 'warning' | 'notice';

/** One annotation to publish with `core.error` / `core.warning` / `core.notice`. */
export interface PlannedAnnotation {
  level: AnnotationLevel;
  title: string;
  message: string;
}

/** Options of {@link planAnnotations}. */
export interface AnnotationOptions {
  /** Annotations GitHub shows per level and step; default {@link GITHUB_ANNOTATIONS_PER_LEVEL}. */
  perLevel?: number;
  /** Error slots to keep free, e.g. for the line that says why the step failed. */
  reserveErrors?: number;
}

/** GitHub shows 10 errors, 10 warnings and 10 notices per step. */
export const GITHUB_ANNOTATIONS_PER_LEVEL = 10;

const LEVEL_OF: Record<Severity, AnnotationLevel> = {
  critical: 'error',
  high: 'error',
  medium: 'warning',
  low: 'notice',
  info: 'notice',
};

const LEVELS: readonly AnnotationLevel[] = ['error', 'warning', 'notice'];

/** Titles are one line in the annotation list; longer ones are cut there anyway. */
const MAX_TITLE_LENGTH = 200;

/**
 * The annotations to publish for the report, errors first, each level ranked (severity, then
 * flows) and capped at `perLevel`. Suppressed findings are not annotated. When findings had to
 * be left out, a last notice says how many; it takes one of the notice slots so that GitHub
 * does not drop it too.
 */
export function planAnnotations(report: Report, options: AnnotationOptions = {}): PlannedAnnotation[] {
  const perLevel = Math.max(1, Math.floor(options.perLevel ?? GITHUB_ANNOTATIONS_PER_LEVEL));
  const ruleOf = ruleIndex(report);
  const byLevel = new Map<AnnotationLevel, Finding[]>(LEVELS.map((level) => [level, []]));
  for (const finding of rankFindings(report.findings)) {
    if (finding.suppressed !== undefined) continue;
    byLevel.get(LEVEL_OF[finding.severity])?.push(finding);
  }

  const errorCap = Math.max(0, perLevel - Math.max(0, Math.floor(options.reserveErrors ?? 0)));
  const overflow = (level: AnnotationLevel): number =>
    Math.max(0, (byLevel.get(level)?.length ?? 0) - (level === 'error' ? errorCap : perLevel));
  const droppedElsewhere = overflow('error') + overflow('warning');
  const notices = byLevel.get('notice')?.length ?? 0;
  // The summary notice needs a slot of its own whenever anything is dropped, including the
  // notice it displaces.
  const needsSummary = droppedElsewhere > 0 || notices > perLevel;
  const caps: Record<AnnotationLevel, number> = {
    error: errorCap,
    warning: perLevel,
    notice: needsSummary ? perLevel - 1 : perLevel,
  };

  const planned: PlannedAnnotation[] = [];
  let dropped = 0;
  for (const level of LEVELS) {
    const findings = byLevel.get(level) ?? [];
    for (const finding of findings.slice(0, caps[level])) planned.push(annotationFor(finding, level, ruleOf));
    dropped += Math.max(0, findings.length - caps[level]);
  }
  if (dropped > 0) {
    planned.push({
      level: 'notice',
      title: 'More findings',
      message: `${dropped} more ${dropped === 1 ? 'finding' : 'findings'} not shown as annotations; see the job summary / report.`,
    });
  }
  return planned;
}

function annotationFor(
  finding: Finding,
  level: AnnotationLevel,
  ruleOf: ReturnType<typeof ruleIndex>,
): PlannedAnnotation {
  const where = findingLocation(finding);
  // @actions/core escapes line breaks and `%` in the command it prints, so nothing here can start
  // a workflow command; control characters are still shown as escapes, as in the text report,
  // because the log viewer runs ANSI sequences and the annotation shows the rest as it is.
  const title = showControls(`${finding.severity}: ${finding.title}${where === '' ? '' : ` (${where})`}`);
  const change = formatProposal(finding, ruleOf(finding));
  const message =
    showControls(finding.message) + (change === undefined ? '' : `\nProposed: ${showControls(change)}`);
  return { level, title: shorten(title, MAX_TITLE_LENGTH), message };
}

function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
