/**
 * A loopback HTTP proxy in front of moto that answers some calls with the throttling error AWS
 * sends (HTTP 400, `ThrottlingException`, AWS JSON 1.1) and forwards everything else, so that
 * the SDK's retry handling and the reader's own backoff run against real HTTP. moto itself
 * never throttles.
 */
import { createServer, request, type IncomingMessage, type ServerResponse } from 'node:http';

export interface ThrottlingProxy {
  endpoint: string;
  /** Calls answered with ThrottlingException so far. */
  throttled: number;
  stop(): Promise<void>;
}

/**
 * Starts the proxy; the first `times` calls whose `X-Amz-Target` ends with `.{operation}` are
 * throttled.
 */
export async function startThrottlingProxy(
  target: string,
  operation: string,
  times: number,
): Promise<ThrottlingProxy> {
  const upstream = new URL(target);
  let budget = times;
  const proxy: ThrottlingProxy = { endpoint: '', throttled: 0, stop: async () => {} };

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const amzTarget = String(req.headers['x-amz-target'] ?? '');
    if (budget > 0 && amzTarget.endsWith(`.${operation}`)) {
      budget--;
      proxy.throttled++;
      req.resume();
      res.writeHead(400, {
        'content-type': 'application/x-amz-json-1.1',
        'x-amzn-errortype': 'ThrottlingException',
        'x-amzn-requestid': `throttled-${proxy.throttled}`,
      });
      res.end(JSON.stringify({ __type: 'ThrottlingException', message: 'Rate exceeded' }));
      return;
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
    req.pipe(forward);
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
