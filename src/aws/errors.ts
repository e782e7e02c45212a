/**
 * Turns what the AWS SDK throws into one line a user can act on: which API was refused and which
 * IAM action to grant, which bucket or log group does not exist, that the region or endpoint is
 * wrong, or that AWS kept throttling. These are problems of the user's account or flags, so they
 * become {@link ConfigurationError}s (exit status 2, no stack trace).
 */
import { ConfigurationError, errorMessage } from '../errors.js';

/** The services the tool calls, by their IAM prefix. */
export type AwsService = 'ec2' | 's3' | 'logs' | 'athena' | 'sts' | 'organizations';

/** One AWS call, as an error message names it. */
export interface AwsCall {
  service: AwsService;
  /** The API, e.g. `DescribeSecurityGroupRules`, `ListObjectsV2`, `FilterLogEvents`. */
  operation: string;
  /** What was being read: `s3://bucket/prefix`, a log group name, a VPC id. */
  resource?: string | undefined;
  region?: string | undefined;
  endpoint?: string | undefined;
  /** Tries made in all, when the caller retried on top of the SDK's own retries. */
  attempts?: number | undefined;
}

const SERVICE_NAMES: Readonly<Record<AwsService, string>> = {
  ec2: 'EC2',
  s3: 'S3',
  logs: 'CloudWatch Logs',
  athena: 'Athena',
  sts: 'STS',
  organizations: 'Organizations',
};

// IAM actions whose names differ from the API's; every other action is `service:Operation`.
// test/aws/iam-policies.test.ts maps every SDK command the code can send with this table, so an
// API whose action is named otherwise is added here, for the policies and the messages alike.
const IAM_ACTIONS: Readonly<Record<string, string>> = {
  's3:ListObjectsV2': 's3:ListBucket',
  's3:ListObjects': 's3:ListBucket',
  's3:HeadObject': 's3:GetObject',
  's3:HeadBucket': 's3:ListBucket',
};

const ACCESS_DENIED = new Set([
  'AccessDenied',
  'AccessDeniedException',
  'UnauthorizedOperation',
  'UnauthorizedAccess',
  'AuthorizationError',
  'Forbidden',
  'AllAccessDisabled',
]);

const BAD_CREDENTIALS = new Set([
  'ExpiredToken',
  'ExpiredTokenException',
  'RequestExpired',
  'InvalidClientTokenId',
  'UnrecognizedClientException',
  'AuthFailure',
  'InvalidAccessKeyId',
  'SignatureDoesNotMatch',
  'InvalidToken',
]);

/** The SDK's own list (smithy's THROTTLING_ERROR_CODES), so we agree on what throttling is. */
const THROTTLING = new Set([
  'BandwidthLimitExceeded',
  'EC2ThrottledException',
  'LimitExceededException',
  'PriorRequestNotComplete',
  'ProvisionedThroughputExceededException',
  'RequestLimitExceeded',
  'RequestThrottled',
  'RequestThrottledException',
  'SlowDown',
  'ThrottledException',
  'Throttling',
  'ThrottlingException',
  'TooManyRequestsException',
]);

const WRONG_REGION = new Set([
  'PermanentRedirect',
  'AuthorizationHeaderMalformed',
  'IllegalLocationConstraintException',
]);
const UNRESOLVED = new Set(['ENOTFOUND', 'EAI_AGAIN']);
const UNREACHABLE = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EPIPE',
  'TimeoutError',
  'RequestTimeout',
]);

interface SdkErrorShape {
  name?: unknown;
  code?: unknown;
  Code?: unknown;
  message?: unknown;
  $metadata?: { httpStatusCode?: number; attempts?: number };
}

/** The error code AWS or Node gave (`AccessDenied`, `ECONNREFUSED`), or the error's name. */
export function awsErrorCode(error: unknown): string {
  if (typeof error !== 'object' || error === null) return '';
  const e = error as SdkErrorShape;
  // Node network errors carry the useful part in `code`; SDK service errors in `name`.
  if (typeof e.code === 'string' && /^E[A-Z_]+$/.test(e.code)) return e.code;
  if (typeof e.name === 'string' && e.name !== 'Error') return e.name;
  if (typeof e.Code === 'string') return e.Code;
  return typeof e.code === 'string' ? e.code : '';
}

function status(error: unknown): number | undefined {
  return (error as SdkErrorShape | null)?.$metadata?.httpStatusCode;
}

/** Whether AWS refused the call for lack of an IAM permission. */
export function isAccessDenied(error: unknown): boolean {
  const code = awsErrorCode(error);
  // A 403 without a modelled code (S3 HEAD requests have no body) is a refusal too, unless the
  // code says the credentials themselves are bad.
  return ACCESS_DENIED.has(code) || (status(error) === 403 && !BAD_CREDENTIALS.has(code));
}

/** Whether AWS throttled the call (by error code or HTTP 429). */
export function isThrottling(error: unknown): boolean {
  return THROTTLING.has(awsErrorCode(error)) || status(error) === 429;
}

/** Whether the error came from AWS or the network rather than from a bug in this program. */
export function isAwsError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const e = error as SdkErrorShape;
  return (
    e.$metadata !== undefined ||
    UNRESOLVED.has(awsErrorCode(error)) ||
    UNREACHABLE.has(awsErrorCode(error)) ||
    awsErrorCode(error) === 'CredentialsProviderError' ||
    /Region is missing/.test(errorMessage(error))
  );
}

/** The IAM action an API call needs, e.g. `ec2:DescribeSecurityGroupRules`, `s3:ListBucket`. */
export function iamAction(service: string, operation: string): string {
  const key = `${service}:${operation}`;
  return IAM_ACTIONS[key] ?? key;
}

/** What AWS's own text says about a refusal, when it says it. */
export interface Refusal {
  /** The action AWS refused, which may differ from the call's (`kms:Decrypt` for an S3 read). */
  action?: string;
  /** The ARN AWS refused it on. */
  resource?: string;
  /** `explicit deny in a service control policy`, `no resource-based policy allows it`. */
  reason?: string;
}

// "User: arn:… is not authorized to perform: s3:ListBucket on resource: "arn:aws:s3:::b" because
// no identity-based policy allows the s3:ListBucket action", and the "… with an explicit deny in
// a service control policy" form: the text IAM, S3, CloudWatch Logs, STS and EC2 share.
const REFUSED = /not authorized to perform:? ([a-z0-9-]+:[A-Za-z0-9]+)(?: on resource:? "?([^"\s]+))?/;
const EXPLICIT_DENY = /with an explicit deny in (?:an? )?([a-z -]*?(?:policy|permissions boundary))\b/i;
const NOT_ALLOWED = /because no ([a-z -]*?(?:policy|permissions boundary)) allows\b/i;

const article = (what: string) => `${/^[aeiou]/i.test(what) ? 'an' : 'a'} ${what.toLowerCase()}`;

/** Reads the refused action, resource and reason out of AWS's message for an access denial. */
export function refusalOf(error: unknown): Refusal {
  const text = errorMessage(error).replace(/\s+/g, ' ');
  const refusal: Refusal = {};
  const refused = REFUSED.exec(text);
  if (refused?.[1] !== undefined) refusal.action = refused[1];
  // The sentence's own full stop is not part of the ARN (bucket names have dots, so only the last
  // character goes); an ARN is short, and anything longer would not fit the one line.
  const arn = refused?.[2]?.replace(/[.,;]$/, '');
  if (arn !== undefined && arn.length <= 256) refusal.resource = arn;
  const explicit = EXPLICIT_DENY.exec(text);
  const missing = NOT_ALLOWED.exec(text);
  if (explicit?.[1] !== undefined) refusal.reason = `explicit deny in ${article(explicit[1])}`;
  else if (missing?.[1] !== undefined && !/^identity-based policy$/i.test(missing[1]))
    refusal.reason = `no ${missing[1].toLowerCase()} allows it`;
  return refusal;
}

/** The IAM action AWS refused: the one its message names, else the one the call needs. */
export function refusedAction(error: unknown, call: Pick<AwsCall, 'service' | 'operation'>): string {
  return refusalOf(error).action ?? iamAction(call.service, call.operation);
}

function firstLine(text: string): string {
  const line = text.split('\n')[0] ?? '';
  return line.length > 300 ? `${line.slice(0, 297)}...` : line;
}

/** One user-facing line for an error thrown by an AWS call. */
export function describeAwsError(error: unknown, call: AwsCall): string {
  const code = awsErrorCode(error);
  const message = firstLine(errorMessage(error));
  const service = SERVICE_NAMES[call.service];
  const api = `${service} ${call.operation}`;
  const on = call.resource !== undefined ? ` on ${call.resource}` : '';
  const region = call.region ?? process.env['AWS_REGION'];
  const regionText = region !== undefined ? `region '${region}'` : 'the default region';

  if (code === 'CredentialsProviderError' || /Could not load credentials/i.test(message)) {
    return `no AWS credentials found for ${api}: configure them (aws-actions/configure-aws-credentials, AWS_PROFILE, or AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY)`;
  }
  if (/Region is missing/.test(message)) return `no AWS region for ${api}: pass --region or set AWS_REGION`;
  if (isAccessDenied(error)) return accessDeniedLine(error, call, `${api}${on}`);
  if (BAD_CREDENTIALS.has(code)) return `AWS rejected the credentials for ${api} (${code}): ${message}`;
  if (isThrottling(error)) {
    const attempts = call.attempts ?? (error as SdkErrorShape).$metadata?.attempts;
    const after = attempts !== undefined && attempts > 1 ? ` after ${attempts} attempts` : ' after retries';
    return `throttled by ${api}${after}: try again later, lower the read concurrency, or raise the account's API rate limit`;
  }
  if (code === 'NoSuchBucket')
    return `the S3 bucket of ${call.resource ?? 'the source'} does not exist: check --source`;
  if (code === 'NoSuchKey') return `no such S3 object${on}`;
  if (code === 'ResourceNotFoundException' && call.service === 'logs') {
    return `no such CloudWatch Logs group${call.resource !== undefined ? ` '${call.resource}'` : ''} in ${regionText}: check --source and --region`;
  }
  if (WRONG_REGION.has(code) || (call.service === 's3' && status(error) === 301)) {
    return `${call.resource ?? 'the bucket'} is not in ${regionText}: pass the bucket's region with --region`;
  }
  if (UNRESOLVED.has(code)) {
    const where = call.endpoint ?? `${service} in ${regionText}`;
    return `cannot resolve the address of ${where} (${code}): check --region and --endpoint-url`;
  }
  if (UNREACHABLE.has(code)) {
    const where = call.endpoint ?? `${service} in ${regionText}`;
    return `cannot reach ${where} (${code}) calling ${call.operation}: check --endpoint-url, --region and the network`;
  }
  if (/\.NotFound$|\.Malformed$/.test(code))
    return `${api}: ${message} (check --vpc-id and --security-group-ids)`;
  return `${api}${on} failed: ${code ? `${code}: ` : ''}${message}`;
}

/**
 * The line of an access denial: the call, the IAM action AWS refused and the ARN it names, and
 * what to change: the grant, or, when AWS says an explicit deny refused it, that no grant will do.
 */
function accessDeniedLine(error: unknown, call: AwsCall, what: string): string {
  const refusal = refusalOf(error);
  const action = refusal.action ?? iamAction(call.service, call.operation);
  const arn = refusal.resource !== undefined ? ` on ${refusal.resource}` : '';
  const needs = `access denied: ${what} needs the IAM permission ${action}${arn}`;
  if (refusal.reason?.startsWith('explicit deny') === true) {
    const region = call.region ?? process.env['AWS_REGION'];
    const where = region !== undefined ? ` in region '${region}'` : '';
    return `${needs}; an ${refusal.reason} refuses it${where}, which no grant to the role overrides (see docs/iam-policy.md)`;
  }
  const because = refusal.reason !== undefined ? `; AWS says ${refusal.reason}` : '';
  return `${needs}; grant it to the role that runs the audit (see docs/iam-policy.md)${because}`;
}

/**
 * Rethrows an AWS failure as a {@link ConfigurationError} with the line from
 * {@link describeAwsError}; anything else (a bug) is rethrown as it is, keeping its stack.
 */
export function rethrowAwsError(error: unknown, call: AwsCall): never {
  if (error instanceof ConfigurationError || !isAwsError(error)) throw error;
  throw new ConfigurationError(describeAwsError(error, call), { cause: error });
}
