/**
 * Edits of a parsed document as splices of its original text: set a value, rename a key, add a
 * key after another, remove entries of a list or map, and put copies of an entry right after
 * it. New text is written the way the text around it is (quotes, indentation, separators), and
 * nothing outside the edited spans changes.
 */
import { stringify } from 'yaml';
import {
  applySplices,
  lineEnd,
  lineIndent,
  lineBreakOf,
  lineStart,
  nextLineStart,
  splicesWithin,
  type MapEntry,
  type MapNode,
  type SeqEntry,
  type SeqNode,
  type SourceDocument,
  type SourceNode,
  type Splice,
} from './source-tree.js';

type Collection = MapNode | SeqNode;
type Entry = MapEntry | SeqEntry;

function quoteYaml(value: string, quote: 'single' | 'double'): string {
  return quote === 'single' ? `'${value.replaceAll("'", "''")}'` : JSON.stringify(value);
}

/**
 * A value written the way `like` (the value it replaces, or a neighbour) is written: a string
 * keeps the neighbour's quotes, a number stays bare unless the neighbour was a quoted string.
 */
export function renderScalar(doc: SourceDocument, value: string | number, like?: SourceNode): string {
  const likeQuote = like?.kind === 'scalar' && like.tag === undefined ? like.quote : 'plain';
  if (doc.syntax === 'json') {
    const likeString = like?.kind === 'scalar' && typeof like.value === 'string';
    return typeof value === 'number' && !likeString ? String(value) : JSON.stringify(String(value));
  }
  const text = String(value);
  if (likeQuote === 'single' || likeQuote === 'double') return quoteYaml(text, likeQuote);
  if (typeof value === 'number') return text;
  // The yaml package decides whether a plain scalar would read back as this same string.
  return stringify(text, { lineWidth: 0 }).trimEnd();
}

/** A map key written with the quotes of `like`. */
export function renderKey(doc: SourceDocument, key: string, like?: MapEntry): string {
  if (doc.syntax === 'json') return JSON.stringify(key);
  const quote = like?.keyQuote;
  return quote === 'single' || quote === 'double' ? quoteYaml(key, quote) : key;
}

/** `Ref` of a logical id, in the form the document already uses. */
export function renderRef(doc: SourceDocument, logicalId: string): string {
  if (doc.syntax === 'json') {
    const seen = /\{([ \t]*)"Ref"([ \t]*):([ \t]*)"[^"\n]*"([ \t]*)\}/.exec(doc.text);
    const [a, b, c, d] = seen ? [seen[1], seen[2], seen[3], seen[4]] : [' ', '', ' ', ' '];
    return `{${a}"Ref"${b}:${c}${JSON.stringify(logicalId)}${d}}`;
  }
  const shortForm = /(^|[\s[{,:])!(Ref|GetAtt|Sub|If)\s/m.test(doc.text) || !/\bRef\s*:/.test(doc.text);
  return shortForm ? `!Ref ${logicalId}` : `{ Ref: ${logicalId} }`;
}

/** Replace the value of a map entry by already rendered text. */
export function setValueSplice(doc: SourceDocument, entry: MapEntry, rendered: string): Splice {
  const value = entry.value;
  const onNextLine = doc.syntax === 'yaml' && doc.text.slice(entry.colonEnd, value.start).includes('\n');
  // A value written below its key (a block map such as `Fn::GetAtt: …`) is replaced from the
  // colon on, so that the new scalar sits on the key's line.
  if (onNextLine || value.start === value.end) {
    return { start: entry.colonEnd, end: value.end, text: ` ${rendered}` };
  }
  return { start: value.start, end: value.end, text: rendered };
}

/** Rename the key of a map entry, keeping its quotes. */
export function renameKeySplice(doc: SourceDocument, entry: MapEntry, key: string): Splice {
  return { start: entry.start, end: entry.keyEnd, text: renderKey(doc, key, entry) };
}

function isFirstOnLine(doc: SourceDocument, offset: number): boolean {
  return lineIndent(doc.text, offset).length === offset - lineStart(doc.text, offset);
}

/** The column of an offset, as spaces (YAML indents with spaces only). */
function columnSpaces(doc: SourceDocument, offset: number): string {
  return ' '.repeat(offset - lineStart(doc.text, offset));
}

/** Whether the entries of a block collection are separated by blank lines. */
function blankLineSeparated(doc: SourceDocument, c: Collection, index: number): boolean {
  const j = index + 1 < c.entries.length ? index : index - 1;
  const a = c.entries[j];
  const b = c.entries[j + 1];
  if (!a || !b) return false;
  const gap = doc.text.slice(lineEnd(doc.text, a.end), lineStart(doc.text, b.start));
  return /\n[ \t]*\r?\n/.test(gap);
}

/** What goes between an entry of a flow collection (or JSON) and a new one placed after it. */
function flowSeparator(doc: SourceDocument, c: Collection, index: number): string {
  const j = index + 1 < c.entries.length ? index : index - 1;
  const a = c.entries[j];
  const b = c.entries[j + 1];
  if (a && b) {
    const gap = doc.text.slice(a.end, b.start);
    if (!gap.includes('#')) return gap;
  }
  const only = c.entries[index];
  if (only && doc.text.slice(c.start + 1, only.start).includes('\n')) {
    return `,${lineBreakOf(doc.text)}${lineIndent(doc.text, only.start)}`;
  }
  return ', ';
}

/** Add `key: value` after an entry of a map, on its own line in block style. */
export function insertEntrySplice(
  doc: SourceDocument,
  map: MapNode,
  after: MapEntry,
  key: string,
  rendered: string,
): Splice {
  const index = map.entries.indexOf(after);
  const pair = `${renderKey(doc, key, after)}: ${rendered}`;
  if (map.flow) return { start: after.end, end: after.end, text: flowSeparator(doc, map, index) + pair };
  const at = lineEnd(doc.text, after.end);
  return { start: at, end: at, text: `${lineBreakOf(doc.text)}${columnSpaces(doc, after.start)}${pair}` };
}

/**
 * Remove one entry of a map that stays non-empty (an attribute inside a rule), or undefined
 * when it cannot be removed on its own (the only key of a `- key: value` item).
 */
export function removeEntrySplice(doc: SourceDocument, map: MapNode, index: number): Splice | undefined {
  const entry = map.entries[index];
  const next = map.entries[index + 1];
  const previous = map.entries[index - 1];
  if (!entry) return undefined;
  if (map.flow) {
    if (next) return { start: entry.start, end: next.start, text: '' };
    return previous ? { start: previous.end, end: entry.end, text: '' } : undefined;
  }
  if (isFirstOnLine(doc, entry.start)) {
    return { start: lineStart(doc.text, entry.start), end: nextLineStart(doc.text, entry.end), text: '' };
  }
  // The first key of a sequence item shares the `- ` line: the next key moves up onto it.
  return next ? { start: entry.start, end: next.start, text: '' } : undefined;
}

interface CollectionEdit {
  removed: Set<number>;
  copies: Map<number, string[]>;
  /** The map entry holding a block collection, to write `[]` after when every item goes. */
  parent?: MapEntry;
}

/** The edits of one file, rendered in one pass so that neighbouring edits cannot collide. */
export class EditPlan {
  private readonly splices: Splice[] = [];
  private readonly collections = new Map<Collection, CollectionEdit>();

  constructor(readonly doc: SourceDocument) {}

  /** Whether anything was planned. */
  get isEmpty(): boolean {
    return this.splices.length === 0 && this.collections.size === 0;
  }

  add(...splices: Splice[]): void {
    this.splices.push(...splices);
  }

  private edit(c: Collection, parent?: MapEntry): CollectionEdit {
    let e = this.collections.get(c);
    if (!e) {
      e = { removed: new Set(), copies: new Map() };
      this.collections.set(c, e);
    }
    if (parent) e.parent = parent;
    return e;
  }

  /** Remove an entry of a list or map; `parent` holds the collection (for `[]` when it empties). */
  remove(c: Collection, index: number, parent?: MapEntry): void {
    this.edit(c, parent).removed.add(index);
  }

  /** Whether removing these entries would leave the collection empty. */
  wouldEmpty(c: Collection, index: number): boolean {
    const removed = this.collections.get(c)?.removed ?? new Set<number>();
    return c.entries.every((_, i) => i === index || removed.has(i));
  }

  /**
   * Put a copy of entry `index` right after it, with `splices` (offsets in the original text,
   * inside the entry) applied to the copy only; `retext` may change the copy's text further.
   */
  copy(c: Collection, index: number, splices: readonly Splice[], retext = (t: string) => t): void {
    const entry = c.entries[index];
    if (!entry) throw new Error(`no entry ${index} to copy`);
    const text = retext(
      applySplices(
        this.doc.text.slice(entry.start, entry.end),
        splicesWithin(splices, entry.start, entry.end),
      ),
    );
    const list = this.edit(c).copies.get(index) ?? [];
    list.push(text);
    this.edit(c).copies.set(index, list);
  }

  /** The edited text. */
  render(): string {
    const all = [...this.splices];
    for (const [c, e] of this.collections) all.push(...this.collectionSplices(c, e));
    return applySplices(this.doc.text, all);
  }

  private collectionSplices(c: Collection, e: CollectionEdit): Splice[] {
    const { text } = this.doc;
    const out: Splice[] = [];
    const entries: Entry[] = c.entries;
    for (const [index, copies] of e.copies) {
      const entry = entries[index];
      if (!entry || copies.length === 0) continue;
      if (c.flow) {
        const sep = flowSeparator(this.doc, c, index);
        out.push({ start: entry.end, end: entry.end, text: copies.map((t) => sep + t).join('') });
      } else {
        const eol = lineBreakOf(text);
        const lead = `${eol}${blankLineSeparated(this.doc, c, index) ? eol : ''}${columnSpaces(this.doc, entry.start)}`;
        const at = lineEnd(text, entry.end);
        out.push({ start: at, end: at, text: copies.map((t) => lead + t).join('') });
      }
    }
    if (e.removed.size === 0) return out;
    if (entries.every((_, i) => e.removed.has(i))) {
      if (c.flow) return [...out, { start: c.start + 1, end: c.end - 1, text: '' }];
      if (!e.parent) throw new Error('cannot empty a block collection without its key');
      return [...out, { start: e.parent.colonEnd, end: c.end, text: c.kind === 'seq' ? ' []' : ' {}' }];
    }
    if (c.flow) return [...out, ...this.flowRemovals(entries, e.removed)];
    for (const index of e.removed) {
      const entry = entries[index];
      if (!entry) continue;
      let start = lineStart(text, entry.start);
      const end = nextLineStart(text, entry.end);
      // Between blank-line separated entries, one of the two blank lines goes with the entry.
      const before = text.slice(lineStart(text, start - 1), start);
      const after = text.slice(end, nextLineStart(text, end));
      if (
        start > 0 &&
        /^[ \t]*\r?\n$/.test(before) &&
        (end >= text.length || /^[ \t]*(\r?\n|$)/.test(after))
      ) {
        start = lineStart(text, start - 1);
      }
      out.push({ start, end, text: '' });
    }
    return out;
  }

  /** Each run of removed entries goes with the separator after it, or before it at the end. */
  private flowRemovals(entries: Entry[], removed: Set<number>): Splice[] {
    const out: Splice[] = [];
    for (let i = 0; i < entries.length; i++) {
      if (!removed.has(i)) continue;
      let j = i;
      while (removed.has(j + 1)) j++;
      const first = entries[i];
      const last = entries[j];
      const next = entries[j + 1];
      const previous = entries[i - 1];
      if (first && last) {
        if (next) out.push({ start: first.start, end: next.start, text: '' });
        else if (previous) out.push({ start: previous.end, end: last.end, text: '' });
      }
      i = j;
    }
    return out;
  }
}
