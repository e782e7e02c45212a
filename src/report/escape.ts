/**
 * Untrusted text made safe to print where a person reads it as characters: a terminal, the text
 * report, a workflow's log, an annotation. Group names, rule descriptions, tags, file names and
 * the fields quoted from damaged log lines come from whoever can name a security group, write a
 * pull request or send a packet, so none of them may move the cursor, clear the screen, recolour
 * the rest of the output, reorder it (the Trojan Source bidi controls), or start a line of its own
 * that a runner reads as a workflow command (`::add-mask::`, `::stop-commands::`).
 *
 * Such characters are shown, not dropped: `\x1b`, `\x9b`, `\r`, `\n`, `\u202e`, so that a reader
 * sees that the name held them. Backslashes themselves are left alone (file names on Windows read
 * better that way), so `\x1b` in the output may also be those four characters in the name.
 *
 * The other formats have their own escaping, next to their renderer: markdown cells in
 * markdown.ts (escapeCell, escapeGitHubCell), HTML in html/escape.ts, CSV cells (formula
 * injection) in csv.ts, SARIF message strings in sarif.ts. JSON needs none: it is data, and
 * JSON.stringify escapes every control character.
 */

/**
 * Characters that must not reach a terminal or a log as they are: C0 controls (tab, LF and CR
 * included), DEL, C1 controls (U+009B is a one-byte CSI on many terminals), the Unicode line and
 * paragraph separators, and the bidi embeddings, overrides and isolates (U+202A–U+202E,
 * U+2066–U+2069) that reorder what follows them.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** The bidi controls alone, for formats that handle control characters their own way (HTML). */
export const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g;

const SHORT_FORMS: Readonly<Record<string, string>> = { '\t': '\\t', '\n': '\\n', '\r': '\\r' };

/** `\x1b` for a character below U+0100, `\u202e` above: how JavaScript would write it. */
export function visibleEscape(char: string): string {
  const short = SHORT_FORMS[char];
  if (short !== undefined) return short;
  const code = char.charCodeAt(0);
  return code < 0x100
    ? `\\x${code.toString(16).padStart(2, '0')}`
    : `\\u${code.toString(16).padStart(4, '0')}`;
}

/**
 * One line of untrusted text, every control character shown as an escape: `red\x1b[31m` stays
 * on one line and colours nothing, `a\nb` is one line that reads `a\nb`.
 */
export function showControls(text: string): string {
  return text.replace(UNSAFE, visibleEscape);
}

/** A line that a runner would read as a workflow command: `::name…` or the older `##[name]`. */
const COMMAND_START = /^(\s*)([:#])(?=:|#\[)/gm;

/**
 * Text written straight to a workflow's log (core.info, standard output) made unable to issue a
 * workflow command: a line whose first non-blank characters are `::` or `##[` gets its first
 * character shown as `\x3a` or `\x23`. The runner trims blanks (any Unicode white space) before
 * it looks for a command, so indented lines count too. Used on text whose own line breaks are
 * wanted (a summary of several lines) and whose untrusted parts may still hold a line break.
 */
export function neutraliseCommandLines(text: string): string {
  return text.replace(COMMAND_START, (_match, blanks: string, char: string) => blanks + visibleEscape(char));
}

/**
 * Text of several lines for a terminal or a workflow's log: its line feeds kept, every other
 * control character shown (a CR would let a line overwrite itself on a terminal), and no line
 * left that a runner would read as a workflow command.
 */
export function logText(text: string): string {
  return neutraliseCommandLines(text.split('\n').map(showControls).join('\n'));
}
