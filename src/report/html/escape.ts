/**
 * HTML escaping for the HTML report. Every string that comes from the report (group names, rule
 * descriptions, finding titles and messages, addresses, file names) goes through here before it
 * is written into the page, so that a group named `<img src=x onerror=alert(1)>` is shown as
 * text and creates no element.
 */
import { BIDI_CONTROLS, visibleEscape } from '../escape.js';

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  // A line break of a name stays a line break in the page, but never starts a line of the file:
  // an HTML report printed to a CI log cannot hand the runner a `::command` line.
  '\n': '&#10;',
  '\r': '&#13;',
};

/**
 * Escapes text for an element's content or a quoted attribute value (both quote kinds are
 * escaped, so it is safe in either). C0 and C1 control characters other than tab, LF and CR are
 * replaced with U+FFFD: they are not allowed in HTML and a parser would report them. The bidi
 * embeddings, overrides and isolates are shown as `\u202e`, so that a name cannot reorder the
 * text after it.
 */
export function escapeHtml(text: string): string {
  return (
    text
      .replace(/[&<>"'\n\r]/g, (char) => ENTITIES[char] ?? char)
      // eslint-disable-next-line no-control-regex -- finding control characters is the point
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g, '\ufffd')
      .replace(BIDI_CONTROLS, visibleEscape)
  );
}

/** An attribute written as ` name="value"`, its value escaped. */
export function attr(name: string, value: string | number): string {
  return ` ${name}="${escapeHtml(String(value))}"`;
}
