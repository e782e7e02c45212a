/**
 * Fits a pull request's description under GitHub's limit. GitHub refuses a body longer than
 * 65,536 characters outright (422), so a long proposal keeps its first sections whole, cuts the
 * first one that does not fit at a line (a table stays a table, a code block is closed), and
 * ends with a note that names the committed report holding everything.
 */

/** GitHub's limit on the body of an issue or pull request, in characters. */
export const PULL_REQUEST_BODY_LIMIT = 65_536;

const SEPARATOR = '\n\n';

function truncationNote(limit: number, reportPath: string): string {
  return (
    `> [!NOTE]\n> This description is cut to fit GitHub's limit of ` +
    `${limit.toLocaleString('en-US')} characters. The full report is committed on this ` +
    `pull request's branch: \`${reportPath}\`.`
  );
}

/**
 * The fence of the code block the text ends inside, or undefined when it ends outside one
 * (CommonMark: a block closes at a line of the same fence character, at least as long, with
 * nothing after it). Code blocks of untrusted lines use fences longer than three backticks.
 */
function openFence(text: string): string | undefined {
  let open: string | undefined;
  for (const [, fence = '', rest = ''] of text.matchAll(/^ {0,3}(`{3,}|~{3,})(.*)$/gm)) {
    if (open === undefined) open = fence;
    else if (fence[0] === open[0] && fence.length >= open.length && rest.trim() === '') open = undefined;
  }
  return open;
}

/** The longest start of `section` that fits `budget`, cut after a whole line when one fits. */
function cutSection(section: string, budget: number): string {
  // Room for the line that closes a code block cut open: as long as the longest fence in it.
  const longestFence = Math.max(
    3,
    ...(section.match(/^ {0,3}(`{3,}|~{3,})/gm) ?? []).map((f) => f.trim().length),
  );
  const room = budget - longestFence - 1;
  if (room <= 0) return '';
  let cut = section.lastIndexOf('\n', room);
  if (cut <= 0) {
    // Not even one line fits: cut inside it, never between the halves of a surrogate pair.
    cut = room;
    const code = section.charCodeAt(cut - 1);
    if (code >= 0xd800 && code <= 0xdbff) cut -= 1;
  }
  const kept = section.slice(0, cut).trimEnd();
  const fence = openFence(kept);
  return fence === undefined ? kept : `${kept}\n${fence}`;
}

/**
 * Joins `sections` (Markdown, most important first) with blank lines. When the result is longer
 * than `limit` characters, keeps the sections that fit whole, cuts the first that does not after
 * its last whole line, drops the rest, and appends a note pointing to `reportPath`, so that the
 * result is never longer than `limit`.
 */
export function fitPullRequestBody(sections: readonly string[], limit: number, reportPath: string): string {
  return fitMarkdownBody(sections, limit, truncationNote(limit, reportPath));
}

/**
 * fitPullRequestBody with the closing note given as Markdown, for bodies whose full text is not a
 * committed report (a review comment, whose full review is in the job summary). The note is
 * added after a blank line, only when something was cut.
 */
export function fitMarkdownBody(sections: readonly string[], limit: number, truncatedNote: string): string {
  const whole = sections.join(SEPARATOR);
  if (whole.length <= limit) return whole;
  const note = SEPARATOR + truncatedNote;
  if (note.length >= limit) {
    throw new RangeError(`a body limit of ${limit} characters leaves no room for the note`);
  }
  const budget = limit - note.length;
  let body = '';
  for (const section of sections) {
    const separator = body === '' ? '' : SEPARATOR;
    if (body.length + separator.length + section.length <= budget) {
      body += separator + section;
      continue;
    }
    const part = cutSection(section, budget - body.length - separator.length);
    if (part !== '') body += separator + part;
    break;
  }
  return body + note;
}
