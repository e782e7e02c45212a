/**
 * IAM as moto enforces it: a user with an inline policy and an access key, and the switch that
 * makes moto check every later request's signature and the policies of its key (moto's
 * `INITIAL_NO_AUTH_ACTION_COUNT`, set at run time through `/moto-api/reset-auth`). Then AWS calls
 * that the policy does not allow are refused with moto's AccessDenied, through the real SDK stack.
 *
 * The IAM calls are moto's query API over plain HTTP: the repository has no IAM client, and
 * while enforcement is off moto reads only the service name from the Authorization header.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MOTO_ACCOUNT, MOTO_REGION } from '../helpers/moto.js';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** An IAM user's key, as the SDK's environment credentials take it. */
export interface AccessKey {
  accessKeyId: string;
  secretAccessKey: string;
}

async function iam(endpoint: string, parameters: Record<string, string>): Promise<string> {
  const response = await fetch(`${endpoint}/`, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded; charset=utf-8',
      // Only the credential scope is read while enforcement is off: it names the service.
      authorization: `AWS4-HMAC-SHA256 Credential=test/20261127/${MOTO_REGION}/iam/aws4_request, SignedHeaders=host, Signature=0`,
    },
    body: new URLSearchParams({ ...parameters, Version: '2010-05-08' }).toString(),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`IAM ${parameters['Action']}: ${response.status} ${text}`);
  return text;
}

const element = (xml: string, name: string) => new RegExp(`<${name}>([^<]*)</${name}>`).exec(xml)?.[1] ?? '';

/** Creates a user with `policy` as its one inline policy, and returns a new access key of it. */
export async function createUser(endpoint: string, userName: string, policy: object): Promise<AccessKey> {
  await iam(endpoint, { Action: 'CreateUser', UserName: userName });
  await putPolicy(endpoint, userName, policy);
  const key = await iam(endpoint, { Action: 'CreateAccessKey', UserName: userName });
  return { accessKeyId: element(key, 'AccessKeyId'), secretAccessKey: element(key, 'SecretAccessKey') };
}

/** Replaces the user's inline policy. Call it with enforcement off. */
export async function putPolicy(endpoint: string, userName: string, policy: object): Promise<void> {
  await iam(endpoint, {
    Action: 'PutUserPolicy',
    UserName: userName,
    PolicyName: 'sg-flow-audit',
    PolicyDocument: JSON.stringify(policy),
  });
}

/** Turns moto's IAM enforcement on (every request checked from now on) or off. */
export async function enforceIam(endpoint: string, on: boolean): Promise<void> {
  const response = await fetch(`${endpoint}/moto-api/reset-auth`, { method: 'POST', body: on ? '0' : 'inf' });
  if (!response.ok) throw new Error(`moto reset-auth: ${response.status}`);
}

/** Where the policies in docs/iam/ name resources to replace. */
export interface PolicyPlaces {
  bucket: string;
  /** The key prefix before `AWSLogs/`; '' when the flow log writes to the bucket's root. */
  prefix: string;
  logGroup: string;
}

/** A policy of docs/iam/ with its upper-case names replaced, as a user would install it. */
export function installedPolicy(mode: string, places: PolicyPlaces): object {
  const text = readFileSync(join(repo, 'docs', 'iam', `${mode}.json`), 'utf8')
    .replaceAll(
      'FLOW_LOG_BUCKET/PREFIX/',
      `${places.bucket}/${places.prefix === '' ? '' : `${places.prefix}/`}`,
    )
    .replaceAll('FLOW_LOG_BUCKET', places.bucket)
    .replaceAll('REGION', MOTO_REGION)
    .replaceAll('ACCOUNT_ID', MOTO_ACCOUNT)
    .replaceAll('LOG_GROUP', places.logGroup);
  return JSON.parse(text) as object;
}

/** The policy without one action (a statement left with none is dropped). */
export function without(policy: object, action: string): object {
  const { Statement, ...rest } = policy as { Statement: { Action: string | string[] }[] };
  const statements = Statement.map((s) => ({
    ...s,
    Action: [s.Action].flat().filter((a) => a !== action),
  })).filter((s) => s.Action.length > 0);
  return { ...rest, Statement: statements };
}
