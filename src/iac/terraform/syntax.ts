/**
 * The part of an HCL file the Terraform editor reads: blocks, attributes and the values of their
 * expressions, each with its offsets in the file's text (JavaScript string indices, so an edit
 * spliced at them leaves every other character, and so every other byte, as it was).
 */

/** Where a piece of syntax is: [start, end) in the file's text. */
export interface Span {
  start: number;
  end: number;
}

/** Why an expression's value cannot be known from the code alone. */
export type ComputedSource = 'variable' | 'local' | 'iteration' | 'function' | 'interpolation' | 'expression';

/** The value of an expression, as far as it can be read without evaluating anything. */
export type HclExpression = Span & { text: string } & (
    | { kind: 'string'; value: string }
    | { kind: 'number'; value: number }
    | { kind: 'bool'; value: boolean }
    | { kind: 'null' }
    | { kind: 'tuple'; elements: HclExpression[]; multiline: boolean }
    /** A plain traversal such as `aws_security_group.web.id` (also `"${aws_security_group.web.id}"`). */
    | { kind: 'reference'; path: string[] }
    | { kind: 'computed'; source: ComputedSource }
  );

export interface HclAttribute extends Span {
  name: string;
  /** The end of the name (where the spacing before `=` starts). */
  nameEnd: number;
  /** The offset of `=`. */
  equals: number;
  value: HclExpression;
}

export interface HclBlock extends Span {
  type: string;
  labels: string[];
  /** Where each label is written (with its quotes). */
  labelSpans: Span[];
  /** 1-based line of the block's first character. */
  line: number;
  attributes: HclAttribute[];
  blocks: HclBlock[];
  /** Offset just after `{` and of `}`. */
  bodyStart: number;
  bodyEnd: number;
}

/** One parsed `.tf` file. */
export interface HclFile {
  /** Relative to the repository root, with `/` separators. */
  file: string;
  /** The file's directory, relative to the repository root ('' for the root). */
  dir: string;
  text: string;
  blocks: HclBlock[];
  /** Whether the parser had to recover from a syntax error (such a file is never edited). */
  hasError: boolean;
}

/** The attribute of that name directly in the block, if any. */
export function attribute(block: HclBlock, name: string): HclAttribute | undefined {
  return block.attributes.find((a) => a.name === name);
}

/** The literal string an attribute holds, or undefined. */
export function stringValue(value: HclExpression | undefined): string | undefined {
  return value?.kind === 'string' ? value.value : undefined;
}

/**
 * The literal number an expression holds: Terraform converts `"443"` to 443 for a number
 * argument, so a quoted number counts too.
 */
export function numberValue(value: HclExpression | undefined): number | undefined {
  if (value?.kind === 'number') return value.value;
  if (value?.kind === 'string' && /^-?\d+$/.test(value.value.trim())) return Number(value.value);
  return undefined;
}

/** Why an expression is not a literal, in words for a person ("comes from a variable (var.x)"). */
export function describeComputed(value: HclExpression): string {
  const text = oneLine(value.text);
  if (value.kind !== 'computed') return `is ${text}`;
  switch (value.source) {
    case 'variable':
      return `comes from a variable (${text})`;
    case 'local':
      return `comes from a local value (${text})`;
    case 'iteration':
      return `comes from the iteration (${text})`;
    case 'function':
      return `is computed by a function (${text})`;
    case 'interpolation':
      return `is built by interpolation (${text})`;
    case 'expression':
      return `is computed (${text})`;
  }
}

/** The 1-based line of an offset. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

function oneLine(text: string): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > 60 ? `${flat.slice(0, 57)}...` : flat;
}
