/**
 * A loopback HTTP proxy in front of moto that answers chosen EC2 calls with the error EC2 sends
 * when the role lacks the permission (HTTP 403, `UnauthorizedOperation`, EC2's XML), and forwards
 * everything else. The CLI builds its own EC2 client from `--endpoint-url`, so a failure injected
 * into it has to be on the wire, not in an SDK middleware.
 */
import { createServer, request, type IncomingMessage, type ServerResponse } from 'node:http';

export interface Ec2FaultProxy {
  endpoint: string;
  /** Calls answered with the error so far. */
  failed: number;
  stop(): Promise<void>;
}

/** Which calls fail: the `nth` (1-based) and later calls of `action`, `times` of them. */
export interface Ec2Fault {
  action: string;
  nth?: number;
  times?: number;
}

/** The body of an EC2 error, as the query protocol's XML. */
function errorBody(action: string, requestId: string): string {
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<Response><Errors><Error><Code>UnauthorizedOperation</Code>' +
    `<Message>You are not authorized to perform this operation. User: arn:aws:sts::123456789012:assumed-role/apply/ci is not authorized to perform: ec2:${action}</Message>` +
    `</Error></Errors><RequestID>${requestId}</RequestID></Response>`
  );
}

/** Starts the proxy in front of `target` (moto's endpoint). */
export async function startEc2FaultProxy(target: string, fault: Ec2Fault): Promise<Ec2FaultProxy> {
  const upstream = new URL(target);
  const first = fault.nth ?? 1;
  const last = first + (fault.times ?? Infinity) - 1;
  let seen = 0;
  const proxy: Ec2FaultProxy = { endpoint: '', failed: 0, stop: async () => {} };

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    // EC2 names the action in the form-encoded body, so the body is read before it is forwarded.
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const action = new URLSearchParams(body.toString('utf8')).get('Action');
      if (action === fault.action) {
        seen++;
        if (seen >= first && seen <= last) {
          proxy.failed++;
          res.writeHead(403, { 'content-type': 'text/xml;charset=UTF-8' });
          res.end(errorBody(action, `fault-${proxy.failed}`));
          return;
        }
      }
      const forward = request(
        {
          host: upstream.hostname,
          port: upstream.port,
          method: req.method,
          path: req.url,
          headers: req.headers,
        },
        (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        },
      );
      forward.on('error', () => res.destroy());
      forward.end(body);
    });
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  proxy.endpoint = `http://127.0.0.1:${port}`;
  proxy.stop = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return proxy;
}
