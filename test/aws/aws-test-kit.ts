/**
 * Test kit for the AWS readers: SDK clients pointed at the moto server, and a client middleware
 * that makes one API fail with the error AWS would send (AccessDenied, throttling), so that the
 * failure paths run through the real SDK stack.
 */
import { EC2ServiceException } from '@aws-sdk/client-ec2';
import type { HandlerExecutionContext, MiddlewareStack } from '@smithy/types';
import { createAwsClients, type AwsClients } from '../../src/aws/clients.js';
import { MOTO_REGION, type MotoServer } from '../helpers/moto.js';

/** Clients on moto without SDK retries, so a failing call fails at once. */
export function motoClients(moto: MotoServer, maxAttempts = 1): AwsClients {
  return createAwsClients({ region: MOTO_REGION, endpoint: moto.endpoint, maxAttempts });
}

interface WithStack {
  // Each client has its own stack type; the middleware below only needs `add`.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  middlewareStack: MiddlewareStack<any, any>;
}

/**
 * Makes every call of `commandName` (e.g. 'DescribeSecurityGroupRulesCommand') throw what `error`
 * returns, before it is sent; `when` narrows it to some inputs. Returns how many calls it failed.
 */
export function failCommand(
  client: WithStack,
  commandName: string,
  error: () => Error,
  when: (input: Record<string, unknown>) => boolean = () => true,
): { count: number } {
  const failed = { count: 0 };
  client.middlewareStack.add(
    (next, context: HandlerExecutionContext) => async (args) => {
      if (context.commandName === commandName && when(args.input as Record<string, unknown>)) {
        failed.count++;
        throw error();
      }
      return next(args);
    },
    { step: 'initialize', name: `fail-${commandName}-${Math.random()}` },
  );
  return failed;
}

/** Records the inputs of every call of one command. */
export function recordCommand(client: WithStack, commandName: string): Record<string, unknown>[] {
  const inputs: Record<string, unknown>[] = [];
  client.middlewareStack.add(
    (next, context: HandlerExecutionContext) => async (args) => {
      if (context.commandName === commandName) inputs.push({ ...(args.input as Record<string, unknown>) });
      return next(args);
    },
    { step: 'initialize', name: `record-${commandName}-${Math.random()}` },
  );
  return inputs;
}

/** The error EC2 sends when the role lacks an action, as the SDK deserializes it. */
export function unauthorizedOperation(action: string): Error {
  return new EC2ServiceException({
    name: 'UnauthorizedOperation',
    $fault: 'client',
    $metadata: { httpStatusCode: 403, attempts: 1 },
    message: `You are not authorized to perform this operation. User: arn:aws:sts::123456789012:assumed-role/audit/ci is not authorized to perform: ${action}`,
  });
}
