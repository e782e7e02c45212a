/**
 * What a user reads when an AWS call fails, for the errors the SDK actually throws, and how the
 * clients are configured. No server needed.
 */
import { EC2ServiceException, DescribeFlowLogsCommand } from '@aws-sdk/client-ec2';
import {
  GetObjectCommand,
  ListObjectsV2Command,
  NoSuchBucket,
  PutObjectCommand,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import {
  CloudWatchLogsServiceException,
  CreateLogGroupCommand,
  FilterLogEventsCommand,
  ResourceNotFoundException,
  ThrottlingException,
} from '@aws-sdk/client-cloudwatch-logs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  clientTarget,
  createAwsClients,
  createEc2Client,
  USER_AGENT,
  type AwsClients,
} from '../../src/aws/clients.js';
import {
  describeAwsError,
  iamAction,
  isAccessDenied,
  isThrottling,
  refusalOf,
  rethrowAwsError,
  type AwsCall,
} from '../../src/aws/errors.js';
import { defaultConfig } from '../../src/config.js';
import { ConfigurationError } from '../../src/errors.js';
import { readLiveInventory } from '../../src/inventory/ec2.js';
import { analyze } from '../../src/pipeline.js';
import { parseS3DestinationArn } from '../../src/sources/discovery.js';
import { freePort, MOTO_REGION, startMoto, useFakeAwsEnvironment, type MotoServer } from '../helpers/moto.js';
import { makeWorld } from '../helpers/world.js';
import { motoClients } from './aws-test-kit.js';
import { createUser, enforceIam, installedPolicy, putPolicy, without, type AccessKey } from './moto-iam.js';
import { putWorldInMoto, type MotoWorld } from './moto-world.js';

const ec2Call: AwsCall = { service: 'ec2', operation: 'DescribeSecurityGroupRules', region: 'eu-west-1' };
const networkError = (code: string, message: string) =>
  Object.assign(new Error(message), { code, $metadata: { attempts: 1 } });

describe('describeAwsError', () => {
  it('names the IAM action that EC2 refused', () => {
    const error = new EC2ServiceException({
      name: 'UnauthorizedOperation',
      $fault: 'client',
      $metadata: { httpStatusCode: 403 },
      message: 'You are not authorized to perform this operation.',
    });

    expect(isAccessDenied(error)).toBe(true);
    expect(describeAwsError(error, ec2Call)).toBe(
      'access denied: EC2 DescribeSecurityGroupRules needs the IAM permission ec2:DescribeSecurityGroupRules; ' +
        'grant it to the role that runs the audit (see docs/iam-policy.md)',
    );
  });

  it('names s3:ListBucket for a refused listing and s3:GetObject for a refused read', () => {
    const denied = new S3ServiceException({
      name: 'AccessDenied',
      $fault: 'client',
      $metadata: { httpStatusCode: 403 },
      message: 'Access Denied',
    });

    expect(
      describeAwsError(denied, { service: 's3', operation: 'ListObjectsV2', resource: 's3://b/p' }),
    ).toContain('needs the IAM permission s3:ListBucket');
    expect(
      describeAwsError(denied, { service: 's3', operation: 'GetObject', resource: 's3://b/k' }),
    ).toContain('needs the IAM permission s3:GetObject');
    expect(iamAction('logs', 'FilterLogEvents')).toBe('logs:FilterLogEvents');
  });

  it('says that a bucket does not exist', () => {
    const error = new NoSuchBucket({
      $metadata: { httpStatusCode: 404 },
      message: 'The specified bucket does not exist',
    });

    expect(
      describeAwsError(error, { service: 's3', operation: 'ListObjectsV2', resource: 's3://gone/logs' }),
    ).toBe('the S3 bucket of s3://gone/logs does not exist: check --source');
  });

  it('says that a log group does not exist in the region', () => {
    const error = new ResourceNotFoundException({
      $metadata: { httpStatusCode: 400 },
      message: 'The specified log group does not exist.',
    });

    expect(
      describeAwsError(error, {
        service: 'logs',
        operation: 'FilterLogEvents',
        resource: '/vpc/flow',
        region: 'eu-west-1',
      }),
    ).toBe("no such CloudWatch Logs group '/vpc/flow' in region 'eu-west-1': check --source and --region");
  });

  it('says the bucket is in another region', () => {
    const error = new S3ServiceException({
      name: 'PermanentRedirect',
      $fault: 'client',
      $metadata: { httpStatusCode: 301 },
      message: 'The bucket you are attempting to access must be addressed using the specified endpoint.',
    });

    expect(
      describeAwsError(error, {
        service: 's3',
        operation: 'ListObjectsV2',
        resource: 's3://logs',
        region: 'us-east-1',
      }),
    ).toBe("s3://logs is not in region 'us-east-1': pass the bucket's region with --region");
  });

  it('says when an endpoint cannot be resolved or reached', () => {
    expect(
      describeAwsError(networkError('ENOTFOUND', 'getaddrinfo ENOTFOUND ec2.eu-wst-1.amazonaws.com'), {
        ...ec2Call,
        region: 'eu-wst-1',
      }),
    ).toBe(
      "cannot resolve the address of EC2 in region 'eu-wst-1' (ENOTFOUND): check --region and --endpoint-url",
    );
    expect(
      describeAwsError(
        networkError('EAI_AGAIN', 'getaddrinfo EAI_AGAIN logs.us-east-1.amazonaws.com'),
        ec2Call,
      ),
    ).toBe(
      "cannot resolve the address of EC2 in region 'eu-west-1' (EAI_AGAIN): check --region and --endpoint-url",
    );
    expect(
      describeAwsError(networkError('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:1'), {
        ...ec2Call,
        endpoint: 'http://127.0.0.1:1',
      }),
    ).toBe(
      'cannot reach http://127.0.0.1:1 (ECONNREFUSED) calling DescribeSecurityGroupRules: check --endpoint-url, --region and the network',
    );
  });

  it('says throttling lasted through the retries', () => {
    const error = new ThrottlingException({
      $metadata: { httpStatusCode: 400, attempts: 6 },
      message: 'Rate exceeded',
    });

    expect(isThrottling(error)).toBe(true);
    expect(describeAwsError(error, { service: 'logs', operation: 'FilterLogEvents' })).toBe(
      "throttled by CloudWatch Logs FilterLogEvents after 6 attempts: try again later, lower the read concurrency, or raise the account's API rate limit",
    );
    const ec2Throttle = new EC2ServiceException({
      name: 'RequestLimitExceeded',
      $fault: 'client',
      $metadata: { httpStatusCode: 503 },
      message: 'Request limit exceeded.',
    });
    expect(isThrottling(ec2Throttle)).toBe(true);
  });

  it('says when there are no credentials or no region', () => {
    const noCredentials = Object.assign(new Error('Could not load credentials from any providers'), {
      name: 'CredentialsProviderError',
    });
    expect(describeAwsError(noCredentials, ec2Call)).toMatch(
      /^no AWS credentials found for EC2 DescribeSecurityGroupRules: /,
    );
    expect(describeAwsError(new Error('Region is missing'), ec2Call)).toBe(
      'no AWS region for EC2 DescribeSecurityGroupRules: pass --region or set AWS_REGION',
    );
  });

  it('turns AWS failures into ConfigurationErrors and lets bugs through', () => {
    const denied = new EC2ServiceException({
      name: 'UnauthorizedOperation',
      $fault: 'client',
      $metadata: { httpStatusCode: 403 },
      message: 'no',
    });
    expect(() => rethrowAwsError(denied, ec2Call)).toThrow(ConfigurationError);
    const bug = new TypeError('x is undefined');
    expect(() => rethrowAwsError(bug, ec2Call)).toThrow(bug);
  });

  it('fails a call to an unreachable endpoint with that line', async () => {
    useFakeAwsEnvironment();
    const endpoint = `http://127.0.0.1:${await freePort()}`;
    const ec2 = createEc2Client({ region: 'us-east-1', endpoint, maxAttempts: 1 });

    const error = await ec2.send(new DescribeFlowLogsCommand({})).catch((e: unknown) => e);

    expect(
      describeAwsError(error, { service: 'ec2', operation: 'DescribeFlowLogs', ...clientTarget(ec2) }),
    ).toBe(
      `cannot reach ${endpoint} (ECONNREFUSED) calling DescribeFlowLogs: check --endpoint-url, --region and the network`,
    );
  });
});

describe('an access denial, as AWS words it', () => {
  const s3Denied = (message: string) =>
    new S3ServiceException({
      name: 'AccessDenied',
      $fault: 'client',
      $metadata: { httpStatusCode: 403 },
      message,
    });
  const role = 'User: arn:aws:sts::123456789012:assumed-role/audit/ci is not authorized to perform:';

  it('names the ARN AWS refused the action on, dots of a bucket name and all', () => {
    const error = s3Denied(
      `${role} s3:ListBucket on resource: "arn:aws:s3:::logs.example.com" because no identity-based policy allows the s3:ListBucket action`,
    );

    expect(
      describeAwsError(error, {
        service: 's3',
        operation: 'ListObjectsV2',
        resource: 's3://logs.example.com/vpc',
      }),
    ).toBe(
      'access denied: S3 ListObjectsV2 on s3://logs.example.com/vpc needs the IAM permission s3:ListBucket on ' +
        'arn:aws:s3:::logs.example.com; grant it to the role that runs the audit (see docs/iam-policy.md)',
    );
  });

  it('names the action AWS refused when it is not the one the API needs', () => {
    const error = s3Denied(
      `${role} kms:Decrypt on resource: arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab because no identity-based policy allows the kms:Decrypt action`,
    );

    expect(
      describeAwsError(error, { service: 's3', operation: 'GetObject', resource: 's3://b/AWSLogs/k.gz' }),
    ).toBe(
      'access denied: S3 GetObject on s3://b/AWSLogs/k.gz needs the IAM permission kms:Decrypt on ' +
        'arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab; ' +
        'grant it to the role that runs the audit (see docs/iam-policy.md)',
    );
  });

  it('says that no grant overrides an explicit deny, and where', () => {
    const error = new CloudWatchLogsServiceException({
      name: 'AccessDeniedException',
      $fault: 'client',
      $metadata: { httpStatusCode: 400 },
      message: `${role} logs:FilterLogEvents on resource: arn:aws:logs:eu-west-1:123456789012:log-group:/vpc/flow:log-stream: with an explicit deny in a service control policy`,
    });

    expect(
      describeAwsError(error, {
        service: 'logs',
        operation: 'FilterLogEvents',
        resource: '/vpc/flow',
        region: 'eu-west-1',
      }),
    ).toBe(
      'access denied: CloudWatch Logs FilterLogEvents on /vpc/flow needs the IAM permission logs:FilterLogEvents on ' +
        'arn:aws:logs:eu-west-1:123456789012:log-group:/vpc/flow:log-stream:; an explicit deny in a service ' +
        "control policy refuses it in region 'eu-west-1', which no grant to the role overrides (see docs/iam-policy.md)",
    );
  });

  it("passes on AWS's reason when a policy other than the role's lacks the grant", () => {
    const error = s3Denied(
      `${role} s3:GetObject on resource: "arn:aws:s3:::central/AWSLogs/k.gz" because no resource-based policy allows the s3:GetObject action`,
    );

    expect(describeAwsError(error, { service: 's3', operation: 'GetObject' })).toBe(
      'access denied: S3 GetObject needs the IAM permission s3:GetObject on arn:aws:s3:::central/AWSLogs/k.gz; ' +
        'grant it to the role that runs the audit (see docs/iam-policy.md); AWS says no resource-based policy allows it',
    );
  });

  it("reads EC2's sentence with its encoded message, and keeps it to one line", () => {
    const error = new EC2ServiceException({
      name: 'UnauthorizedOperation',
      $fault: 'client',
      $metadata: { httpStatusCode: 403 },
      message:
        `You are not authorized to perform this operation. ${role} ec2:RevokeSecurityGroupIngress on resource: ` +
        'arn:aws:ec2:eu-west-1:123456789012:security-group/sg-0123456789abcdef0 because no identity-based policy ' +
        'allows the ec2:RevokeSecurityGroupIngress action.\nEncoded authorization failure message: AbCd',
    });

    expect(refusalOf(error)).toEqual({
      action: 'ec2:RevokeSecurityGroupIngress',
      resource: 'arn:aws:ec2:eu-west-1:123456789012:security-group/sg-0123456789abcdef0',
    });
    const line = describeAwsError(error, {
      service: 'ec2',
      operation: 'RevokeSecurityGroupIngress',
      resource: 'sg-0123456789abcdef0',
    });
    expect(line).not.toContain('\n');
    expect(line).toBe(
      'access denied: EC2 RevokeSecurityGroupIngress on sg-0123456789abcdef0 needs the IAM permission ' +
        'ec2:RevokeSecurityGroupIngress on arn:aws:ec2:eu-west-1:123456789012:security-group/sg-0123456789abcdef0; ' +
        'grant it to the role that runs the audit (see docs/iam-policy.md)',
    );
  });

  it("falls back on the API's own action when AWS names none", () => {
    expect(refusalOf(s3Denied('Access Denied'))).toEqual({});
    expect(describeAwsError(s3Denied('Access Denied'), { service: 's3', operation: 'HeadBucket' })).toBe(
      'access denied: S3 HeadBucket needs the IAM permission s3:ListBucket; grant it to the role that runs the audit (see docs/iam-policy.md)',
    );
  });
});

describe('AWS calls under IAM, as moto enforces it', () => {
  // moto checks each request's signature and the user's policies, and refuses as AWS does. Its S3
  // signature check fails on a query string with an encoded `/` (moto 5.1.22), as in the
  // `delimiter=/` listing the S3 reader starts with, so the S3 statements are checked call by call
  // (listing a prefix without a slash) rather than by a whole run.
  const BUCKET = 'iam-flow-logs';
  const LOG_GROUP = '/vpc/iam-flow-logs';
  const NOW = new Date('2026-11-27T00:00:00Z');
  let moto: MotoServer;
  let inMoto: MotoWorld;
  let key: AccessKey;
  const audit = () => installedPolicy('audit', { bucket: BUCKET, prefix: '', logGroup: LOG_GROUP });

  beforeAll(async () => {
    moto = await startMoto();
    const world = makeWorld({ format: 'v2', seed: 11, records: 5000, files: 2 });
    inMoto = await putWorldInMoto(motoClients(moto), world, BUCKET, () => undefined);
    await motoClients(moto).logs.send(new CreateLogGroupCommand({ logGroupName: LOG_GROUP }));
    key = await createUser(moto.endpoint, 'auditor', audit());
  }, 180_000);

  afterAll(async () => {
    useFakeAwsEnvironment();
    await moto?.stop();
  });

  /** Runs `work` as the user, with `policy` in force and enforcement on. */
  async function as<T>(policy: object, work: (clients: AwsClients) => Promise<T>): Promise<T> {
    await enforceIam(moto.endpoint, false);
    await putPolicy(moto.endpoint, 'auditor', policy);
    await enforceIam(moto.endpoint, true);
    process.env['AWS_ACCESS_KEY_ID'] = key.accessKeyId;
    process.env['AWS_SECRET_ACCESS_KEY'] = key.secretAccessKey;
    try {
      return await work(motoClients(moto));
    } finally {
      await enforceIam(moto.endpoint, false);
      useFakeAwsEnvironment();
    }
  }

  const firstKey = () => inMoto.keys[0] as string;
  const failure = (call: Promise<unknown>) =>
    call.then(
      () => undefined,
      (e: unknown) => e,
    );

  it('reads the inventory, the bucket and the log group with docs/iam/audit.json', async () => {
    const read = await as(audit(), async ({ ec2, s3, logs }) => ({
      inventory: await readLiveInventory(ec2, { vpcId: inMoto.vpcId }),
      listed: await s3.send(new ListObjectsV2Command({ Bucket: BUCKET, Prefix: 'AWSLogs' })),
      object: await s3.send(new GetObjectCommand({ Bucket: BUCKET, Key: firstKey() })),
      events: await failure(logs.send(new FilterLogEventsCommand({ logGroupName: LOG_GROUP }))),
    }));

    expect(read.inventory.warnings).toEqual([]);
    expect(read.inventory.groups.length).toBeGreaterThan(0);
    expect(read.listed.KeyCount).toBe(inMoto.keys.length);
    expect(read.object.ContentLength).toBeGreaterThan(0);
    // moto checks a CloudWatch Logs call against the resource "*", which the policy's log-group
    // ARN never matches: the one refusal here is moto's, and it names the action.
    expect(
      describeAwsError(read.events, { service: 'logs', operation: 'FilterLogEvents', resource: LOG_GROUP }),
    ).toBe(
      `access denied: CloudWatch Logs FilterLogEvents on ${LOG_GROUP} needs the IAM permission logs:FilterLogEvents; ` +
        'grant it to the role that runs the audit (see docs/iam-policy.md)',
    );
  });

  it('stops a live audit with the one line that names the missing EC2 action', async () => {
    const run = as(without(audit(), 'ec2:DescribeNetworkInterfaces'), () =>
      analyze({
        flowLogs: [],
        live: {
          source: `s3://${BUCKET}`,
          region: MOTO_REGION,
          lookbackMs: 14 * 86_400_000,
          vpcId: inMoto.vpcId,
          endpointUrl: moto.endpoint,
        },
        config: defaultConfig(),
        now: NOW,
      }),
    );

    await expect(run).rejects.toBeInstanceOf(ConfigurationError);
    await expect(run).rejects.toThrow(
      new RegExp(
        `^access denied: EC2 DescribeNetworkInterfaces on ${inMoto.vpcId} needs the IAM permission ` +
          'ec2:DescribeNetworkInterfaces; grant it to the role that runs the audit \\(see docs/iam-policy\\.md\\)$',
      ),
    );
  });

  it('warns with the missing action when only rule ids are refused', async () => {
    const inventory = await as(without(audit(), 'ec2:DescribeSecurityGroupRules'), ({ ec2 }) =>
      readLiveInventory(ec2, { vpcId: inMoto.vpcId }),
    );

    expect(inventory.warnings).toEqual([
      'access denied: EC2 DescribeSecurityGroupRules needs the IAM permission ec2:DescribeSecurityGroupRules; ' +
        'grant it to the role that runs the audit (see docs/iam-policy.md); rule ids are derived instead of sgr- ids',
    ]);
  });

  it('names s3:ListBucket for a refused listing and s3:GetObject for a refused object', async () => {
    const listing = await as(without(audit(), 's3:ListBucket'), ({ s3 }) =>
      failure(s3.send(new ListObjectsV2Command({ Bucket: BUCKET, Prefix: 'AWSLogs' }))),
    );
    const object = await as(without(audit(), 's3:GetObject'), ({ s3 }) =>
      failure(s3.send(new GetObjectCommand({ Bucket: BUCKET, Key: firstKey() }))),
    );

    expect(isAccessDenied(listing)).toBe(true);
    expect(
      describeAwsError(listing, { service: 's3', operation: 'ListObjectsV2', resource: `s3://${BUCKET}/` }),
    ).toBe(
      `access denied: S3 ListObjectsV2 on s3://${BUCKET}/ needs the IAM permission s3:ListBucket; ` +
        'grant it to the role that runs the audit (see docs/iam-policy.md)',
    );
    expect(
      describeAwsError(object, {
        service: 's3',
        operation: 'GetObject',
        resource: `s3://${BUCKET}/${firstKey()}`,
      }),
    ).toBe(
      `access denied: S3 GetObject on s3://${BUCKET}/${firstKey()} needs the IAM permission s3:GetObject; ` +
        'grant it to the role that runs the audit (see docs/iam-policy.md)',
    );
  });

  it('refuses an object outside the AWSLogs/ prefix the policy names', async () => {
    const outside = await as(audit(), async ({ s3 }) => {
      await enforceIam(moto.endpoint, false);
      await motoClients(moto).s3.send(
        new PutObjectCommand({ Bucket: BUCKET, Key: 'private/notes.txt', Body: 'x' }),
      );
      await enforceIam(moto.endpoint, true);
      return failure(s3.send(new GetObjectCommand({ Bucket: BUCKET, Key: 'private/notes.txt' })));
    });

    expect(isAccessDenied(outside)).toBe(true);
  });
});

describe('AWS clients', () => {
  it('share region, endpoint, adaptive retries and the user agent; S3 uses path style with an endpoint', async () => {
    const { ec2, s3, logs } = createAwsClients({
      region: 'eu-west-1',
      endpoint: 'http://127.0.0.1:4566',
      maxAttempts: 3,
    });

    for (const client of [ec2, s3, logs]) {
      expect(await client.config.region()).toBe('eu-west-1');
      expect(await client.config.maxAttempts()).toBe(3);
      expect(client.config.retryMode).toBe('adaptive');
      expect(client.config.customUserAgent).toEqual([[USER_AGENT]]);
      expect(clientTarget(client)).toEqual({ region: 'eu-west-1', endpoint: 'http://127.0.0.1:4566' });
    }
    expect(s3.config.forcePathStyle).toBe(true);
    expect(createAwsClients({ region: 'eu-west-1' }).s3.config.forcePathStyle).toBe(false);
  });
});

describe('parseS3DestinationArn', () => {
  it('splits a flow-log destination ARN into bucket and prefix', () => {
    expect(parseS3DestinationArn('arn:aws:s3:::central-logs/vpc/flow/')).toEqual({
      bucket: 'central-logs',
      prefix: 'vpc/flow',
    });
    expect(parseS3DestinationArn('arn:aws-cn:s3:::logs')).toEqual({ bucket: 'logs', prefix: '' });
    expect(parseS3DestinationArn('arn:aws:logs:us-east-1:1:log-group:x')).toBeUndefined();
  });
});
