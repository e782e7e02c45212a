/**
 * GitHub's published REST description (`@octokit/openapi`, api.github.com, OpenAPI 3.0.3) as a
 * validator: which operation a request is, and whether its path and query parameters, JSON body
 * and the answer sent back are what the description allows. The test server runs every request
 * and every response through it, so a client that sends a misspelt field, or a fake server that
 * answers with a body GitHub would never send, fails a test instead of passing against fiction.
 *
 * OpenAPI 3.0 schemas are JSON Schema draft-04 (boolean `exclusiveMinimum`) plus `nullable`, so
 * the draft-04 dialect of ajv is used after `nullable` is rewritten into draft-04 terms.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { ErrorObject, ValidateFunction } from 'ajv';

const require = createRequire(import.meta.url);
// Both packages are CommonJS whose module object is the export (see test/report/sarif.test.ts).
const Ajv = require('ajv-draft-04') as typeof import('ajv-draft-04').default;
const addFormats = require('ajv-formats') as typeof import('ajv-formats').default;
type AjvInstance = InstanceType<typeof Ajv>;

/** The id under which the whole description is registered, so `$ref`s resolve inside it. */
const ROOT = 'https://api.github.com/openapi.json';
const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

type Json = Record<string, unknown>;

interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required: boolean;
  multiSegment: boolean;
  /** JSON pointer to the parameter's schema inside the description. */
  schemaPointer: string;
}

/** One operation of the description, its references resolved. */
export interface Operation {
  method: string;
  /** The path template, e.g. `/repos/{owner}/{repo}/pulls`. */
  template: string;
  operationId: string;
  parameters: Parameter[];
  /** Pointer to the JSON request body's schema, when the operation takes one. */
  bodyPointer?: string;
  bodyRequired: boolean;
  /** Status → pointer to the JSON body's schema, or null when that answer has no body. */
  responses: Map<string, string | null>;
  pattern: RegExp;
  literalSegments: number;
}

/** A request as the validator sees it: the raw path (percent-encoded), query and body text. */
export interface RequestToCheck {
  method: string;
  path: string;
  query: URLSearchParams;
  contentType: string | undefined;
  body: string;
}

/** The operation a request matched, its decoded parameters and body, and what was wrong. */
export interface CheckedRequest {
  operation?: Operation;
  pathParams: Record<string, string>;
  /** Query values, coerced to the declared types. */
  query: Record<string, unknown>;
  body: unknown;
  violations: string[];
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Rewrites OpenAPI's `nullable: true` into draft-04: a plain typed schema gets `null` added to
 * its type (and enum); a schema built from `$ref`/`allOf`/`anyOf`/`oneOf` is wrapped in an
 * `anyOf` with `{type: null}`, because adding `null` to a type would still fail its branches.
 */
function toDraft04(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(toDraft04);
  if (!isObject(schema)) return schema;
  const out: Json = { ...schema };
  // Examples are annotations; they are dropped because their objects carry `id` fields, which
  // draft-04 would take for schema ids.
  delete out['example'];
  delete out['examples'];
  for (const key of ['items', 'not', 'additionalProperties']) {
    if (isObject(out[key])) out[key] = toDraft04(out[key]);
  }
  for (const key of ['allOf', 'anyOf', 'oneOf']) {
    if (Array.isArray(out[key])) out[key] = (out[key] as unknown[]).map(toDraft04);
  }
  if (isObject(out['properties'])) {
    out['properties'] = Object.fromEntries(
      Object.entries(out['properties']).map(([name, value]) => [name, toDraft04(value)]),
    );
  }
  const nullable = out['nullable'] === true;
  delete out['nullable'];
  if (!nullable) return out;
  const composite = ['$ref', 'allOf', 'anyOf', 'oneOf'].some((key) => key in out);
  if (!composite && typeof out['type'] === 'string') {
    out['type'] = [out['type'], 'null'];
    if (Array.isArray(out['enum'])) out['enum'] = [...(out['enum'] as unknown[]), null];
    return out;
  }
  return composite ? { anyOf: [{ type: 'null' }, out] } : out;
}

/** Applies `toDraft04` to every schema of the description, where OpenAPI puts schemas. */
function convertSchemas(spec: Json): void {
  const mapSchemas = (holder: unknown) => {
    if (!isObject(holder)) return;
    delete holder['example'];
    delete holder['examples'];
    if ('schema' in holder) holder['schema'] = toDraft04(holder['schema']);
  };
  const mapContent = (holder: unknown) => {
    if (isObject(holder) && isObject(holder['content'])) {
      for (const media of Object.values(holder['content'])) mapSchemas(media);
    }
  };
  const components = spec['components'] as Json;
  delete components['examples'];
  delete spec['x-webhooks'];
  const schemas = components['schemas'] as Json;
  for (const name of Object.keys(schemas)) schemas[name] = toDraft04(schemas[name]);
  for (const parameter of Object.values(components['parameters'] as Json)) mapSchemas(parameter);
  for (const header of Object.values(components['headers'] as Json)) mapSchemas(header);
  for (const response of Object.values(components['responses'] as Json)) mapContent(response);
  for (const item of Object.values(spec['paths'] as Json)) {
    for (const operation of Object.values(item as Json)) {
      if (!isObject(operation)) continue;
      for (const parameter of (operation['parameters'] as unknown[] | undefined) ?? []) {
        mapSchemas(parameter);
      }
      mapContent(operation['requestBody']);
      for (const response of Object.values((operation['responses'] as Json | undefined) ?? {})) {
        mapContent(response);
      }
    }
  }
}

function pointerOf(parts: readonly string[]): string {
  return parts.map((part) => '/' + part.replaceAll('~', '~0').replaceAll('/', '~1')).join('');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function formatErrors(where: string, errors: ErrorObject[] | null | undefined, holder = ''): string[] {
  return (errors ?? []).map(
    (error) => `${where}${error.instancePath.slice(holder.length)}: ${error.message ?? 'invalid'}`,
  );
}

/** The description, loaded, converted and indexed once per test worker. */
export class GitHubDescription {
  readonly operations: Operation[] = [];
  private readonly spec: Json;
  private readonly ajv: AjvInstance;
  /** A second instance that coerces query strings to the declared types. */
  private readonly queryAjv: AjvInstance;
  private readonly compiled = new Map<string, ValidateFunction>();

  constructor() {
    const file = require.resolve('@octokit/openapi/generated/api.github.com.json');
    this.spec = JSON.parse(readFileSync(file, 'utf8')) as Json;
    convertSchemas(this.spec);
    this.ajv = this.newAjv(false);
    this.queryAjv = this.newAjv(true);
    this.index();
  }

  private newAjv(coerceTypes: boolean): AjvInstance {
    // strict: false because the description carries keywords JSON Schema does not know
    // (example, discriminator, x-github, …); validateSchema: false because the document is an
    // OpenAPI description, not a schema, and is only a container for the schemas referenced.
    const ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false, coerceTypes });
    addFormats(ajv);
    // Formats of the description that JSON Schema does not define are annotations only.
    for (const format of ['int32', 'int64', 'double', 'repo.nwo', 'binary', 'timestamp']) {
      ajv.addFormat(format, true);
    }
    ajv.addSchema(this.spec, ROOT);
    return ajv;
  }

  /** Follows a `$ref` to a component, returning it and its pointer. */
  private deref(value: unknown, pointer: string[]): { node: Json; pointer: string[] } {
    if (isObject(value) && typeof value['$ref'] === 'string') {
      const parts = value['$ref'].replace(/^#\//, '').split('/');
      let node: unknown = this.spec;
      for (const part of parts) node = (node as Json)[part];
      return { node: node as Json, pointer: parts };
    }
    return { node: value as Json, pointer };
  }

  private index(): void {
    for (const [template, item] of Object.entries(this.spec['paths'] as Json)) {
      for (const method of METHODS) {
        const raw = (item as Json)[method];
        if (!isObject(raw)) continue;
        const base = ['paths', template, method];
        const parameters = ((raw['parameters'] as unknown[] | undefined) ?? []).map((entry, i): Parameter => {
          const { node, pointer } = this.deref(entry, [...base, 'parameters', String(i)]);
          return {
            name: node['name'] as string,
            in: node['in'] as Parameter['in'],
            required: node['required'] === true,
            multiSegment: node['x-multi-segment'] === true,
            schemaPointer: pointerOf([...pointer, 'schema']),
          };
        });
        const operation: Operation = {
          method: method.toUpperCase(),
          template,
          operationId: raw['operationId'] as string,
          parameters,
          bodyRequired: false,
          responses: new Map(),
          pattern: /$^/,
          literalSegments: template.split('/').filter((s) => s !== '' && !s.includes('{')).length,
        };
        const body = raw['requestBody'];
        if (isObject(body)) {
          const { node, pointer } = this.deref(body, [...base, 'requestBody']);
          operation.bodyRequired = node['required'] === true;
          const json = isObject(node['content']) ? node['content']['application/json'] : undefined;
          if (isObject(json)) {
            operation.bodyPointer = pointerOf([...pointer, 'content', 'application/json', 'schema']);
          }
        }
        for (const [status, answer] of Object.entries(raw['responses'] as Json)) {
          const { node, pointer } = this.deref(answer, [...base, 'responses', status]);
          const json = isObject(node['content']) ? node['content']['application/json'] : undefined;
          operation.responses.set(
            status,
            isObject(json) ? pointerOf([...pointer, 'content', 'application/json', 'schema']) : null,
          );
        }
        const source = template.replace(/\{([^}]+)\}|[^{]+/g, (whole, name?: string) => {
          if (name === undefined) return escapeRegExp(whole);
          const multi = parameters.some((p) => p.name === name && p.multiSegment);
          return multi ? '(.+)' : '([^/]+)';
        });
        operation.pattern = new RegExp(`^${source}$`);
        this.operations.push(operation);
      }
    }
    // Literal segments win over parameters (`/pulls/comments` before `/pulls/{pull_number}`).
    this.operations.sort((a, b) => b.literalSegments - a.literalSegments);
  }

  private validator(pointer: string, forQuery = false): ValidateFunction {
    const key = `${forQuery ? 'q' : 'b'}${pointer}`;
    let validate = this.compiled.get(key);
    if (validate === undefined) {
      const ref = `${ROOT}#${pointer.split('/').map(encodeURIComponent).join('/')}`;
      validate = forQuery
        ? this.queryAjv.compile({
            type: 'object',
            properties: { value: { $ref: ref } },
          })
        : this.ajv.compile({ $ref: ref });
      this.compiled.set(key, validate);
    }
    return validate;
  }

  /** Finds the operation of a request and checks its parameters and body. */
  checkRequest(request: RequestToCheck): CheckedRequest {
    const result: CheckedRequest = { pathParams: {}, query: {}, body: undefined, violations: [] };
    const where = `${request.method} ${request.path}`;
    let match: RegExpExecArray | null = null;
    const operation = this.operations.find(
      (op) => op.method === request.method && (match = op.pattern.exec(request.path)) !== null,
    );
    if (operation === undefined || match === null) {
      result.violations.push(`${where}: no such operation in GitHub's REST description`);
      return result;
    }
    result.operation = operation;
    const names = [...operation.template.matchAll(/\{([^}]+)\}/g)].map((m) => m[1] ?? '');
    const groups = (match as RegExpExecArray).slice(1);
    names.forEach((name, i) => (result.pathParams[name] = decodeURIComponent(groups[i] ?? '')));

    const declared = new Set<string>();
    for (const parameter of operation.parameters) {
      if (parameter.in === 'header' || parameter.in === 'cookie') continue;
      declared.add(`${parameter.in}:${parameter.name}`);
      const raw =
        parameter.in === 'path'
          ? result.pathParams[parameter.name]
          : (request.query.get(parameter.name) ?? undefined);
      if (raw === undefined) {
        if (parameter.required) {
          result.violations.push(`${where}: required ${parameter.in} parameter ${parameter.name}`);
        }
        continue;
      }
      const holder = { value: raw as unknown };
      const validate = this.validator(parameter.schemaPointer, true);
      if (!validate(holder)) {
        const label = `${where}: ${parameter.in} parameter ${parameter.name}`;
        result.violations.push(...formatErrors(label, validate.errors, '/value'));
      }
      if (parameter.in === 'query') result.query[parameter.name] = holder.value;
    }
    for (const name of new Set(request.query.keys())) {
      if (!declared.has(`query:${name}`)) {
        result.violations.push(`${where}: query parameter ${name} is not in the description`);
      }
    }
    this.checkBody(operation, request, result);
    return result;
  }

  private checkBody(operation: Operation, request: RequestToCheck, result: CheckedRequest): void {
    const where = `${request.method} ${request.path}`;
    if (request.body === '') {
      if (operation.bodyRequired) result.violations.push(`${where}: the request body is required`);
      return;
    }
    if (operation.bodyPointer === undefined) {
      result.violations.push(`${where}: ${operation.operationId} takes no request body`);
      return;
    }
    if (!(request.contentType ?? '').startsWith('application/json')) {
      result.violations.push(`${where}: content-type ${request.contentType} is not JSON`);
    }
    try {
      result.body = JSON.parse(request.body) as unknown;
    } catch {
      result.violations.push(`${where}: the request body is not JSON`);
      return;
    }
    const validate = this.validator(operation.bodyPointer);
    if (!validate(result.body)) {
      result.violations.push(...formatErrors(`${where} body`, validate.errors));
    }
    // GitHub ignores fields it does not know; a client that sends one has a typo or a wrong idea
    // of the API, so unknown top-level fields are violations here.
    const schema = this.schemaAt(operation.bodyPointer);
    if (isObject(result.body) && isObject(schema['properties'])) {
      for (const field of Object.keys(result.body)) {
        if (!(field in schema['properties'])) {
          result.violations.push(`${where} body: field ${field} is not in the description`);
        }
      }
    }
  }

  private schemaAt(pointer: string): Json {
    let node: unknown = this.spec;
    for (const part of pointer.split('/').slice(1)) {
      node = (node as Json)[part.replaceAll('~1', '/').replaceAll('~0', '~')];
    }
    return isObject(node) ? node : {};
  }

  /**
   * Checks an answer against the operation's declared responses. `generic` names a schema for
   * answers GitHub gives on any operation (rate limits, bad credentials) and documents once for
   * all rather than per operation.
   */
  checkResponse(
    operation: Operation,
    status: number,
    body: unknown,
    where: string,
    generic?: 'basic-error' | 'validation-error',
  ): string[] {
    const label = `${where} → ${status}`;
    const pointer = generic
      ? pointerOf(['components', 'schemas', generic])
      : operation.responses.get(String(status));
    if (pointer === undefined) {
      return [`${label}: ${operation.operationId} declares no ${status} response`];
    }
    if (pointer === null) {
      return body === undefined ? [] : [`${label}: this answer has no body in the description`];
    }
    const validate = this.validator(pointer);
    return validate(body) ? [] : formatErrors(`${label} body`, validate.errors);
  }
}

let shared: GitHubDescription | undefined;

/** The description, loaded once per test worker (it is 13 MB of JSON). */
export function gitHubDescription(): GitHubDescription {
  shared ??= new GitHubDescription();
  return shared;
}
