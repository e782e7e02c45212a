/**
 * What a user reads when an AWS call fails, for the errors the SDK actually throws, and how the
 * clients are configured. No server needed.
 */
import { EC2ServiceException, DescribeFlowLogsCommand } from '@aws-sdk/client-ec2';
import { NoSuchBucket, S3ServiceException } from '@aws-sdk/client-s3';
import { ResourceNotFoundException, ThrottlingException } from '@aws-sdk/client-cloudwatch-logs';
import { describe, expect, it } from 'vitest';
import { clientTarget, createAwsClients, createEc2Client, USER_AGENT } from '../../src/aws/clients.js';
import {
  describeAwsError,
  iamAction,
  isAccessDenied,
  isThrottling,
  rethrowAwsError,
  type AwsCall,
} from '../../src/aws/errors.js';
import { ConfigurationError } from '../../src/errors.js';
import { parseS3DestinationArn } from '../../src/sources/discovery.js';
import { freePort, useFakeAwsEnvironment } from '../helpers/moto.js';

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
