import { showControls } from './report/escape.js';

/**
 * A mistake of the user's (a bad flag, an unreadable inventory): reported as one clear line and
 * exit status 2, never with a stack trace. Anything else that is thrown is a bug.
 */
export class ConfigurationError extends Error {
  override readonly name = 'ConfigurationError';
}

/** The message of anything thrown, for logs and error lines. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Text from a file or a flag, made safe for one line of a terminal or a log: control characters,
 * line breaks and bidirectional overrides are shown as escapes (`\x1b`, `\n`, `\u202e`, as the
 * reports show them), so a hostile file cannot start a new line, move the cursor or reorder what is
 * shown; and the text is cut to `max` characters.
 */
export function printable(text: string, max = 80): string {
  const chars = [...text.slice(0, max * 2 + 2)];
  return showControls(chars.slice(0, max).join('')) + (chars.length > max ? '…' : '');
}

/** A value as an error line quotes it: strings quoted and cut, lists and objects named. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'string') return `'${printable(value, 60)}'`;
  if (Array.isArray(value)) return 'a list';
  if (value !== null && typeof value === 'object') return 'an object';
  return printable(String(value), 60);
}

/** The parts of a zod issue an error line needs (zod 4's issues, with `reportInput: true`). */
interface SchemaIssue {
  code: string;
  path: PropertyKey[];
  message: string;
  input?: unknown;
  expected?: string;
  values?: unknown[];
  keys?: string[];
  minimum?: number | bigint;
  maximum?: number | bigint;
  inclusive?: boolean;
  origin?: string;
  errors?: SchemaIssue[][];
}

/** What a schema node holds, read from zod 4's definitions to name the keys an object allows. */
interface SchemaDefinition {
  type: string;
  innerType?: SchemaNode;
  in?: SchemaNode;
  shape?: Record<string, SchemaNode>;
  element?: SchemaNode;
  valueType?: SchemaNode;
  keyType?: SchemaNode;
  entries?: Record<string, string | number>;
}
interface SchemaNode {
  _zod: { def: SchemaDefinition };
}

/**
 * One line for a failed zod validation: `<path>: <what is wrong>`, where what is wrong ends with the
 * expected form and quotes the value found (`rules-per-group: expected a number, got 'many'`). An
 * unknown key is preferred over other issues (a typo also makes the intended key look missing),
 * and is named with the closest allowed key, or all of them.
 *
 * @param error a ZodError from `safeParse(value, { reportInput: true })`
 * @param schema the schema that was parsed, to list the keys an object allows
 * @param root path segments in front of the issue's own (the document key of a bare list)
 * @param locate the line of a path in the source, when the caller knows it
 */
export function schemaIssueLine(
  error: { issues: readonly object[] },
  schema: unknown,
  root: readonly PropertyKey[] = [],
  locate?: (path: readonly PropertyKey[]) => number | undefined,
): string {
  const issues = error.issues as readonly SchemaIssue[];
  const issue = issues.find((i) => i.code === 'unrecognized_keys') ?? issues[0];
  if (!issue) return '(top level): not valid';
  const unknownKey = issue.code === 'unrecognized_keys' ? issue.keys?.[0] : undefined;
  const path = unknownKey === undefined ? issue.path : [...issue.path, unknownKey];
  const line = locate?.(path);
  const where = pathText([...root, ...path]) + (line === undefined ? '' : ` (line ${line})`);
  if (unknownKey !== undefined)
    return `${where}: ${unknownKeyText(unknownKey, keysAt(schema as SchemaNode, issue.path))}`;
  return `${where}: ${issueText(issue)}`;
}

function pathText(path: readonly PropertyKey[]): string {
  const text = path
    .map((p) => (typeof p === 'number' ? `[${p}]` : `.${printable(String(p), 40)}`))
    .join('')
    .replace(/^\./, '');
  return text === '' ? '(top level)' : text;
}

const TYPE_NAMES: Readonly<Record<string, string>> = {
  number: 'a number',
  int: 'a whole number',
  string: 'a string',
  boolean: 'true or false',
  object: 'an object',
  array: 'a list',
  date: 'a date',
};

function issueText(issue: SchemaIssue): string {
  const got = `got ${describeValue(issue.input)}`;
  const own = !/^(Invalid|Too (small|big)|Unrecognized)\b/.test(issue.message);
  switch (issue.code) {
    case 'invalid_type': {
      const expected = TYPE_NAMES[issue.expected ?? ''] ?? issue.expected ?? 'another value';
      // Parsed JSON and YAML hold no undefined: it is a key that is not there.
      return issue.input === undefined ? `missing: expected ${expected}` : `expected ${expected}, ${got}`;
    }
    case 'too_small':
    case 'too_big': {
      if (own) return issue.message;
      const small = issue.code === 'too_small';
      const limit = String(small ? issue.minimum : issue.maximum);
      if (issue.origin === 'number')
        return `expected a number ${small ? '>' : '<'}${issue.inclusive ? '=' : ''} ${limit}, ${got}`;
      const unit = issue.origin === 'string' ? 'character(s)' : 'item(s)';
      return `expected ${small ? 'at least' : 'at most'} ${limit} ${unit}`;
    }
    case 'invalid_value':
      return `expected one of ${(issue.values ?? []).map((v) => printable(String(v), 40)).join(', ')}, ${got}`;
    case 'invalid_union': {
      const expected = new Set(
        (issue.errors ?? []).flatMap((branch) =>
          branch.filter((b) => b.code === 'invalid_type' && b.path.length === 0).map((b) => b.expected),
        ),
      );
      const names = [...expected].map((e) => TYPE_NAMES[e ?? ''] ?? e);
      return names.length > 0 ? `expected ${names.join(' or ')}, ${got}` : `not valid, ${got}`;
    }
    default: {
      const text = own ? printable(issue.message, 200) : 'not valid';
      const scalar = issue.input === null || typeof issue.input !== 'object';
      return scalar && issue.input !== undefined && !/\bgot\b/.test(text) ? `${text}, ${got}` : text;
    }
  }
}

function unknownKeyText(key: string, allowed: readonly string[]): string {
  // A long key is no typo of a short one, and would make the distance costly.
  const close = (key.length > 64 ? [] : allowed)
    .map((k) => ({ k, d: editDistance(key, k) }))
    .filter(({ d }) => d <= Math.max(1, Math.floor(key.length / 3)))
    .sort((a, b) => a.d - b.d)[0];
  if (close) return `unknown key, did you mean ${close.k}?`;
  return allowed.length > 0 ? `unknown key: expected one of ${allowed.join(', ')}` : 'unknown key';
}

/** The keys the object schema at `path` allows (through defaults, lists and records). */
function keysAt(schema: SchemaNode, path: readonly PropertyKey[]): string[] {
  let node: SchemaNode | undefined = schema;
  for (let i = 0; node !== undefined;) {
    const def: SchemaDefinition = node._zod.def;
    if (def.innerType ?? def.in) {
      node = def.innerType ?? def.in;
      continue;
    }
    if (i === path.length) {
      if (def.shape) return Object.keys(def.shape);
      if (def.keyType?._zod.def.entries) return Object.values(def.keyType._zod.def.entries).map(String);
      return [];
    }
    const key = path[i++];
    node = def.shape ? def.shape[String(key)] : (def.element ?? def.valueType);
  }
  return [];
}

/** Levenshtein distance, for "did you mean" on short keys and field names. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++)
      row[j] = Math.min(
        (previous[j] ?? 0) + 1,
        (row[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    previous = row;
  }
  return previous[b.length] ?? 0;
}
