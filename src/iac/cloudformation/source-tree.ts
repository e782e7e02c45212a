/**
 * A document as a tree of nodes that know where their text is: the common shape that the YAML
 * reader (yaml-tree.ts) and the JSON reader (json-tree.ts) produce, so that the rule edits can
 * splice the original text and leave every other byte alone.
 */

export type ScalarValue = string | number | boolean | null;

/** How a scalar is written; new values are written the same way as the ones they replace. */
export type QuoteStyle = 'plain' | 'single' | 'double' | 'block';

interface NodeBase {
  /** Offset of the node's first character, YAML tag included. */
  start: number;
  /** Offset just after the node's content: no trailing space, comment or line break. */
  end: number;
  /** A YAML local tag such as `!Ref` (short-form CloudFormation functions); never set in JSON. */
  tag?: string;
}

export interface ScalarNode extends NodeBase {
  kind: 'scalar';
  value: ScalarValue;
  quote: QuoteStyle;
}

export interface MapNode extends NodeBase {
  kind: 'map';
  /** Written `{ … }` (YAML flow style, and every JSON object). */
  flow: boolean;
  entries: MapEntry[];
}

export interface SeqNode extends NodeBase {
  kind: 'seq';
  /** Written `[ … ]` (YAML flow style, and every JSON array). */
  flow: boolean;
  entries: SeqEntry[];
}

export type SourceNode = ScalarNode | MapNode | SeqNode;

/** One `key: value` of a map. */
export interface MapEntry {
  key: string;
  keyQuote: QuoteStyle;
  /** The key's text, quotes included; also where the entry starts. */
  start: number;
  keyEnd: number;
  /** Just after the `:` that ends the key. */
  colonEnd: number;
  value: SourceNode;
  /** The end of the value's content. */
  end: number;
}

/** One item of a sequence. */
export interface SeqEntry {
  /** The `-` indicator in a YAML block sequence; the value's start otherwise. */
  start: number;
  value: SourceNode;
  end: number;
}

export type Syntax = 'yaml' | 'json';

/** A parsed file: its text, its syntax and its root node. */
export interface SourceDocument {
  syntax: Syntax;
  text: string;
  root: SourceNode;
}

/** Replace `text.slice(start, end)` by `text`; an insertion when start equals end. */
export interface Splice {
  start: number;
  end: number;
  text: string;
}

/**
 * Applies non-overlapping splices to a text. An insertion at the offset where a replacement
 * starts lands before the replacement's text.
 */
export function applySplices(text: string, splices: readonly Splice[]): string {
  const ordered = [...splices].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let at = 0;
  for (const s of ordered) {
    if (s.start < at) {
      throw new Error(`overlapping edits at offset ${s.start} (previous edit ends at ${at})`);
    }
    out += text.slice(at, s.start) + s.text;
    at = s.end;
  }
  return out + text.slice(at);
}

/** The splices that fall inside `[from, to)`, moved to offsets relative to `from`. */
export function splicesWithin(splices: readonly Splice[], from: number, to: number): Splice[] {
  return splices
    .filter((s) => s.start >= from && s.end <= to)
    .map((s) => ({ start: s.start - from, end: s.end - from, text: s.text }));
}

/** Offset of the first character of the line holding `offset`. */
export function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/**
 * Offset of the line break (`\n` or `\r\n`) ending the line holding `offset`; the text's length
 * on the last line.
 */
export function lineEnd(text: string, offset: number): number {
  const i = text.indexOf('\n', offset);
  if (i < 0) return text.length;
  return i > offset && text[i - 1] === '\r' ? i - 1 : i;
}

/** Offset of the first character after the line holding `offset` (the text's length at the end). */
export function nextLineStart(text: string, offset: number): number {
  const i = text.indexOf('\n', offset);
  return i < 0 ? text.length : i + 1;
}

/** The line break a text uses: `\r\n` when it has any, else `\n`. */
export function lineBreakOf(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

/** 1-based line number of an offset. */
export function lineNumber(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** The spaces and tabs that start the line holding `offset`. */
export function lineIndent(text: string, offset: number): string {
  const from = lineStart(text, offset);
  return /^[ \t]*/.exec(text.slice(from, offset))?.[0] ?? '';
}

/** The entry of a map with a key, if any. */
export function entryOf(map: SourceNode | undefined, key: string): MapEntry | undefined {
  return map?.kind === 'map' ? map.entries.find((e) => e.key === key) : undefined;
}

/** The value under a key of a map, if any. */
export function valueOf(map: SourceNode | undefined, key: string): SourceNode | undefined {
  return entryOf(map, key)?.value;
}

/** The value of a scalar without a tag (a literal), else undefined. */
export function literalOf(node: SourceNode | undefined): ScalarValue | undefined {
  return node?.kind === 'scalar' && node.tag === undefined ? node.value : undefined;
}

/** A literal string (a number is read as its decimal text, as CloudFormation does). */
export function literalString(node: SourceNode | undefined): string | undefined {
  const v = literalOf(node);
  return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined;
}
