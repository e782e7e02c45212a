/**
 * Edits of HCL text at known offsets that keep the file's style: whole lines for what stands on a
 * line of its own (with the comment lines above it, and without leaving two blank lines behind),
 * list elements one per line when the list is written so, `=` aligned as the neighbour has it.
 */
import type { HclAttribute, HclExpression, Span } from './syntax.js';

/** Replace [start, end) with `text`; an insertion has start === end. */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

/** Applies edits that do not overlap (insertions at one offset keep their order). */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = edits
    .map((e, i) => ({ ...e, i }))
    .sort((a, b) => a.start - b.start || a.end - b.end || a.i - b.i);
  let out = '';
  let at = 0;
  for (const edit of sorted) {
    if (edit.start < at) throw new Error(`overlapping edits at offset ${edit.start}`);
    out += text.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  return out + text.slice(at);
}

export function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** The offset of the line's `\n` (or the end of the text). */
export function lineEnd(text: string, offset: number): number {
  const end = text.indexOf('\n', offset);
  return end === -1 ? text.length : end;
}

/** The whitespace that starts the line of `offset`. */
export function indentAt(text: string, offset: number): string {
  const start = lineStart(text, offset);
  return /^[ \t]*/.exec(text.slice(start, offset))?.[0] ?? '';
}

const TRAILER = /^[ \t]*(,[ \t]*)?((#|\/\/).*|\/\*.*\*\/[ \t]*)?\r?$/;
const COMMENT_LINE = /^[ \t]*(#|\/\/|\/\*.*\*\/[ \t]*\r?$)/;
const BLANK_LINE = /^[ \t]*\r?$/;

/** Whether [start, end) stands alone on its lines (an optional comma and comment may follow). */
export function aloneOnLines(text: string, span: Span): boolean {
  const before = text.slice(lineStart(text, span.start), span.start);
  const after = text.slice(span.end, lineEnd(text, span.end));
  return /^[ \t]*$/.test(before) && TRAILER.test(after);
}

/** The whole lines of a span, with the comment lines right above it (they are about it). */
export function linesWithComments(text: string, span: Span): Span {
  let start = lineStart(text, span.start);
  while (start > 0) {
    const previous = lineStart(text, start - 1);
    if (!COMMENT_LINE.test(text.slice(previous, start - 1))) break;
    start = previous;
  }
  const end = lineEnd(text, span.end);
  return { start, end: end < text.length ? end + 1 : end };
}

/**
 * Deletes whole lines, and one of the blank lines around them when deleting would leave two blank
 * lines together, or a blank line right after `{` or right before `}`.
 */
export function deleteLines(text: string, lines: Span): TextEdit {
  let { start, end } = lines;
  const previousStart = start > 0 ? lineStart(text, start - 1) : -1;
  const previous = previousStart >= 0 ? text.slice(previousStart, start - 1) : undefined;
  const nextEnd = end < text.length ? lineEnd(text, end) : end;
  const next = end < text.length ? text.slice(end, nextEnd) : undefined;
  const previousBlank = previous !== undefined && BLANK_LINE.test(previous);
  const nextBlank = next !== undefined && BLANK_LINE.test(next);
  const opens = previous === undefined || /\{[ \t]*\r?$/.test(previous);
  const closes = next === undefined || /^[ \t]*\}/.test(next);
  if ((previousBlank && nextBlank) || (opens && nextBlank)) end = Math.min(text.length, nextEnd + 1);
  else if (previousBlank && closes) start = previousStart;
  return { start, end, text: '' };
}

/** Deletes an attribute: its lines and comments when it stands alone, else just its text. */
export function deleteAttribute(text: string, attr: HclAttribute): TextEdit {
  if (aloneOnLines(text, attr)) return deleteLines(text, linesWithComments(text, attr));
  let end = attr.end;
  while (text[end] === ' ' || text[end] === '\t') end++;
  return { start: attr.start, end, text: '' };
}

/** `name = value` written so that its `=` stands where the model attribute's does, when it fits. */
export function attributeText(model: HclAttribute, name: string, value: string): string {
  const column = model.equals - model.start;
  const gap = column > name.length ? ' '.repeat(column - name.length) : ' ';
  return `${name}${gap}= ${value}`;
}

/** Renames an attribute in place and gives it a new value (the rest of its line is kept). */
export function renameAttribute(attr: HclAttribute, name: string, value: string): TextEdit {
  return { start: attr.start, end: attr.value.end, text: attributeText(attr, name, value) };
}

/** Inserts a new attribute on the line after `anchor`, at its indentation. */
export function insertAttributeAfter(
  text: string,
  anchor: HclAttribute,
  name: string,
  value: string,
): TextEdit {
  const at = lineEnd(text, anchor.value.end);
  const eol = text[at - 1] === '\r' ? '\r' : '';
  return {
    start: at - eol.length,
    end: at - eol.length,
    text: `${eol}\n${indentAt(text, anchor.start)}${attributeText(anchor, name, value)}`,
  };
}

/** What becomes of one element of a list: kept, or replaced by zero or more new elements. */
export type ElementFate = { keep: true } | { replace: string[] };

/**
 * Rewrites a list: each element kept or replaced (in place, so a CIDR split into several stays
 * where it was), and `appended` added at the end. A list written one element per line stays so.
 */
export function editTuple(
  text: string,
  tuple: Extract<HclExpression, { kind: 'tuple' }>,
  fates: readonly ElementFate[],
  appended: readonly string[],
): TextEdit | undefined {
  const elements = tuple.elements;
  if (fates.every((f) => 'keep' in f) && appended.length === 0) return undefined;
  if (tuple.multiline && elements.length > 0 && elements.every((e) => aloneOnLines(text, e)))
    return editLinedTuple(text, tuple, fates, appended);
  const items = elements.flatMap((e, i) => {
    const fate = fates[i] ?? { keep: true };
    return 'keep' in fate ? [e.text] : fate.replace;
  });
  items.push(...appended);
  const first = elements[0];
  const last = elements.at(-1);
  const second = elements[1];
  const head = first ? text.slice(tuple.start + 1, first.start) : '';
  const tail = last ? text.slice(last.end, tuple.end - 1) : '';
  const separator = first && second ? text.slice(first.end, second.start) : ', ';
  const inner = items.length > 0 ? head + items.join(separator) + tail : '';
  return { start: tuple.start, end: tuple.end, text: `[${inner}]` };
}

function editLinedTuple(
  text: string,
  tuple: Extract<HclExpression, { kind: 'tuple' }>,
  fates: readonly ElementFate[],
  appended: readonly string[],
): TextEdit {
  const elements = tuple.elements;
  const lines = elements.map((e) => {
    const start = lineStart(text, e.start);
    const end = lineEnd(text, e.end);
    const after = text.slice(e.end, end).replace(/\r$/, '');
    return { element: e, start, end, indent: text.slice(start, e.start), after };
  });
  const eol = newline(text);
  const trailingComma = /^[ \t]*,/.test(lines.at(-1)?.after ?? '');
  // Each output line: a kept element (its own text) or a new one; commas are settled at the end.
  type Out = { item: string; indent: string; after: string; gapAfter: string };
  const out: Out[] = [];
  // The lines between elements (comments, blank lines) stay, after whatever precedes them.
  let leadingGap = '';
  lines.forEach((line, i) => {
    const gap = i + 1 < lines.length ? text.slice(line.end + 1, lines[i + 1]!.start) : '';
    const fate = fates[i] ?? { keep: true };
    const rest = line.after.replace(/^[ \t]*,?/, '');
    const items = 'keep' in fate ? [line.element.text] : fate.replace;
    items.forEach((item, j) =>
      out.push({
        item,
        indent: line.indent,
        after: j === 0 ? rest : '',
        gapAfter: j === items.length - 1 ? gap : '',
      }),
    );
    const previous = out.at(-1);
    if (items.length > 0) return;
    if (previous) previous.gapAfter += gap;
    else leadingGap += gap;
  });
  const indent = lines.at(-1)?.indent ?? '';
  for (const item of appended) out.push({ item, indent, after: '', gapAfter: '' });
  const body = out
    .map((o, i) => {
      const comma = i < out.length - 1 || trailingComma ? ',' : '';
      return `${o.indent}${o.item}${comma}${o.after}${eol}${o.gapAfter}`;
    })
    .join('');
  const first = lines[0]!;
  const last = lines.at(-1)!;
  return { start: first.start, end: last.end + 1, text: leadingGap + body };
}

/** The file's line break: CRLF when it has any, else LF. */
export function newline(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

/** A string literal in HCL (the values written here are CIDRs and ids: no `${` to escape). */
export function quote(value: string): string {
  return JSON.stringify(value);
}
