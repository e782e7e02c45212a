/**
 * The credentials of the audit role in each account: STS AssumeRole with the caller's own
 * credentials, as a provider that the SDK clients of every region of that account share.
 *
 * Why AssumeRoleCommand here rather than `fromTemporaryCredentials` of
 * `@aws-sdk/credential-providers`: the STS client is the one src/aws/clients.ts configures for
 * every other call (endpoint, proxy agents, adaptive retries, user agent), a refusal becomes the
 * same one-line message as any other AWS failure (src/aws/errors.ts), one role session serves
 * all the clients of an account instead of one per client, and no further package is needed.
 */
import { AssumeRoleCommand, type STSClient } from '@aws-sdk/client-sts';
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@smithy/types';
import { describeAwsError, isAccessDenied, rethrowAwsError } from '../aws/errors.js';
import { ConfigurationError } from '../errors.js';

/** The role session's name: what CloudTrail shows in each audited account. */
export const SESSION_NAME = 'sg-flow-audit';

/** How long a role session lasts: one hour, the longest a role chained from another may have. */
const SESSION_SECONDS = 3600;

/**
 * Credentials are assumed again this long before they expire, so that no request is signed with
 * credentials that run out on its way (the SDK's own providers keep the same margin).
 */
export const REFRESH_BEFORE_MS = 5 * 60_000;

/** The ARN of the audit role in an account: `arn:aws:iam::111111111111:role/NAME`. */
export function roleArnOf(partition: string, account: string, roleName: string): string {
  return `arn:${partition}:iam::${account}:role/${roleName}`;
}

/** Where the STS client was pointed, for the error message. */
export interface StsTarget {
  region?: string | undefined;
  endpoint?: string | undefined;
}

/**
 * A provider of the role's credentials: assumed on the first call, then again once they are
 * within {@link REFRESH_BEFORE_MS} of their expiry, so that a run longer than the session still
 * signs every request. Calls while an AssumeRole is on its way wait for it; a failed one is not
 * kept, so the next call tries again.
 *
 * @throws ConfigurationError (from the provider) naming the role and what AWS refused
 */
export function assumedRoleCredentials(
  sts: STSClient,
  roleArn: string,
  options: { target?: StsTarget; now?: () => number } = {},
): AwsCredentialIdentityProvider {
  const now = options.now ?? Date.now;
  let current: Promise<AwsCredentialIdentity> | undefined;
  let refreshAt = 0;
  return () => {
    if (current === undefined || now() >= refreshAt) {
      const assuming = assumeRole(sts, roleArn, options.target ?? {});
      current = assuming;
      // Shared while it is on its way; its expiry decides when the next one is due.
      refreshAt = Number.POSITIVE_INFINITY;
      assuming.then(
        (credentials) => {
          const expires = credentials.expiration?.getTime();
          if (current === assuming)
            refreshAt = expires === undefined ? Number.POSITIVE_INFINITY : expires - REFRESH_BEFORE_MS;
        },
        () => {
          if (current === assuming) current = undefined;
        },
      );
    }
    return current;
  };
}

async function assumeRole(
  sts: STSClient,
  roleArn: string,
  target: StsTarget,
): Promise<AwsCredentialIdentity> {
  const call = { service: 'sts', operation: 'AssumeRole', resource: roleArn, ...target } as const;
  try {
    const out = await sts.send(
      new AssumeRoleCommand({
        RoleArn: roleArn,
        RoleSessionName: SESSION_NAME,
        DurationSeconds: SESSION_SECONDS,
      }),
    );
    const c = out.Credentials;
    if (c?.AccessKeyId === undefined || c.SecretAccessKey === undefined)
      throw new ConfigurationError(`STS AssumeRole of ${roleArn} returned no credentials`);
    return {
      accessKeyId: c.AccessKeyId,
      secretAccessKey: c.SecretAccessKey,
      ...(c.SessionToken !== undefined ? { sessionToken: c.SessionToken } : {}),
      ...(c.Expiration !== undefined ? { expiration: c.Expiration } : {}),
    };
  } catch (e) {
    // A refused AssumeRole is fixed on either side: the caller's permission, or the trust policy.
    if (isAccessDenied(e))
      throw new ConfigurationError(
        `${describeAwsError(e, call)}; and ${roleArn} must trust the caller in its trust policy`,
        { cause: e },
      );
    rethrowAwsError(e, call);
  }
}
