/**
 * One place that builds the AWS SDK clients, so that every live read gets the same region,
 * endpoint, retry policy and user agent. Credentials are not handled here: the SDK's default
 * chain finds them (environment, shared config, web identity from
 * aws-actions/configure-aws-credentials, instance or container roles), unless a run over many
 * accounts passes the provider of a role it assumed (src/fleet/credentials.ts).
 */
import type { AwsCredentialIdentityProvider } from '@smithy/types';
import { AthenaClient } from '@aws-sdk/client-athena';
import { EC2Client } from '@aws-sdk/client-ec2';
import { S3Client } from '@aws-sdk/client-s3';
import { CloudWatchLogsClient } from '@aws-sdk/client-cloudwatch-logs';
import { proxyAgents } from './proxy-agent.js';

/** Where and how to reach AWS (or an AWS-compatible endpoint such as a local emulator). */
export interface AwsClientOptions {
  /** AWS region; when absent the SDK's chain decides (AWS_REGION, shared config). */
  region?: string | undefined;
  /** An endpoint URL that replaces AWS's for all three services (`--endpoint-url`). */
  endpoint?: string | undefined;
  /** Tries per request, the first included (SDK retries with adaptive rate limiting). Default 6. */
  maxAttempts?: number | undefined;
  /** Credentials instead of the default chain's: a role assumed in another account. */
  credentials?: AwsCredentialIdentityProvider | undefined;
}

/** The clients a live audit needs. */
export interface AwsClients {
  ec2: EC2Client;
  s3: S3Client;
  logs: CloudWatchLogsClient;
  /** Made when `--engine athena` needs it, unless given (tests). */
  athena?: AthenaClient | undefined;
}

/** What a client was pointed at, for error messages that name the region and endpoint. */
export interface ClientTarget {
  region: string | undefined;
  endpoint: string | undefined;
}

/** The user agent AWS sees in CloudTrail, so that audit reads are recognisable there. */
export const USER_AGENT = 'sg-flow-audit';

const DEFAULT_MAX_ATTEMPTS = 6;

// The client config exposes region and endpoint only as async providers; error messages are built
// synchronously, so the factory remembers what it was given.
const targets = new WeakMap<object, ClientTarget>();

/**
 * The configuration every client shares (region, endpoint, retries, user agent, timeouts, proxy);
 * also for the STS and Organizations clients that src/fleet builds itself, so that this module
 * does not load their packages.
 */
export function commonConfig(options: AwsClientOptions) {
  return {
    ...(options.region !== undefined ? { region: options.region } : {}),
    ...(options.endpoint !== undefined ? { endpoint: options.endpoint } : {}),
    ...(options.credentials !== undefined ? { credentials: options.credentials } : {}),
    // Adaptive mode adds client-side rate limiting on top of backoff with jitter: an audit of a
    // big account makes many Describe/List calls and should slow down, not fail, when throttled.
    retryMode: 'adaptive',
    maxAttempts: options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
    customUserAgent: USER_AGENT,
    // Without a connection timeout an unreachable endpoint (wrong --endpoint-url, blocked egress)
    // hangs instead of failing with a clear message. HTTPS_PROXY, HTTP_PROXY and NO_PROXY are
    // honoured through the agents, which the SDK alone does not do.
    requestHandler: { connectionTimeout: 10_000, requestTimeout: 120_000, ...proxyAgents() },
  } as const;
}

function remember<T extends object>(client: T, options: AwsClientOptions): T {
  targets.set(client, {
    region: options.region ?? process.env['AWS_REGION'] ?? undefined,
    endpoint: options.endpoint,
  });
  return client;
}

/** An EC2 client for the Describe* calls. */
export function createEc2Client(options: AwsClientOptions): EC2Client {
  return remember(new EC2Client(commonConfig(options)), options);
}

/** An S3 client; path-style addressing when an endpoint is given (emulators have no bucket DNS). */
export function createS3Client(options: AwsClientOptions): S3Client {
  return remember(
    new S3Client({
      ...commonConfig(options),
      forcePathStyle: options.endpoint !== undefined,
      // A flow-log bucket often lives in a central logging region; follow AWS's redirect instead
      // of failing with PermanentRedirect.
      followRegionRedirects: options.endpoint === undefined,
    }),
    options,
  );
}

/** A CloudWatch Logs client for FilterLogEvents. */
export function createLogsClient(options: AwsClientOptions): CloudWatchLogsClient {
  return remember(new CloudWatchLogsClient(commonConfig(options)), options);
}

/** An Athena client for the aggregation query (`--engine athena`). */
export function createAthenaClient(options: AwsClientOptions): AthenaClient {
  return remember(new AthenaClient(commonConfig(options)), options);
}

/** The three clients with the same options. */
export function createAwsClients(options: AwsClientOptions): AwsClients {
  return { ec2: createEc2Client(options), s3: createS3Client(options), logs: createLogsClient(options) };
}

/** The region and endpoint a client was created with (unknown for clients made elsewhere). */
export function clientTarget(client: object): ClientTarget {
  return targets.get(client) ?? { region: undefined, endpoint: undefined };
}
