/**
 * HTTPS_PROXY, HTTP_PROXY and NO_PROXY, as the AWS clients and the GitHub client follow them: a
 * small forwarding proxy in this file (absolute-URI requests for http targets, CONNECT tunnels
 * for anything) stands in front of moto and of the fake GitHub, and counts what it forwarded.
 * The tests talk to 127.0.0.1, so each one sets NO_PROXY itself.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, request, type IncomingMessage, type Server } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DescribeSecurityGroupsCommand } from '@aws-sdk/client-ec2';
import { ListBucketsCommand } from '@aws-sdk/client-s3';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createAwsClients } from '../../src/aws/clients.js';
import { ConfigurationError } from '../../src/errors.js';
import { createGitHubClient } from '../../src/github/client.js';
import { bypassesProxy, proxyFor } from '../../src/proxy.js';
import { FakeGitHub } from '../helpers/github-server/server.js';
import { MOTO_REGION, startMoto, type MotoServer } from '../helpers/moto.js';

/** What the proxy forwarded: `GET http://host:port/path` or `CONNECT host:port`, in order. */
interface ForwardingProxy {
  url: string;
  forwarded: string[];
  stop(): Promise<void>;
}

async function startProxy(): Promise<ForwardingProxy> {
  const forwarded: string[] = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer((req: IncomingMessage, res) => {
    // An http target: the request line holds the whole URL.
    const target = new URL(req.url ?? '');
    forwarded.push(`${req.method} ${target.origin}${target.pathname}`);
    const upstream = request(
      {
        host: target.hostname,
        port: target.port,
        method: req.method,
        path: `${target.pathname}${target.search}`,
        headers: req.headers,
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
  });
  server.on('connect', (req: IncomingMessage, client: Socket, head: Buffer) => {
    // A tunnel: bytes both ways once the target answers.
    forwarded.push(`CONNECT ${req.url}`);
    const [host, port] = (req.url ?? '').split(/:(?=\d+$)/);
    const upstream = connect(Number(port), host as string, () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('error', () => undefined);
      socket.on('close', () => sockets.delete(socket));
    }
  });
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    forwarded,
    stop: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/**
 * An https endpoint in front of moto, as AWS's endpoints are: TLS with a certificate made for the
 * test (openssl), whose requests are passed on to moto over http.
 */
async function startTlsFront(target: string): Promise<{ endpoint: string; stop(): Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'sgfa-tls-'));
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '1',
      '-subj',
      '/CN=127.0.0.1',
      '-addext',
      'subjectAltName=IP:127.0.0.1',
      '-keyout',
      join(dir, 'key.pem'),
      '-out',
      join(dir, 'cert.pem'),
    ],
    { stdio: 'ignore' },
  );
  const upstream = new URL(target);
  const server = createTlsServer(
    { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) },
    (req, res) => {
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
    },
  );
  rmSync(dir, { recursive: true, force: true });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  return {
    endpoint: `https://127.0.0.1:${port}`,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())).then(() => undefined),
  };
}

const PROXY_VARIABLES = ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy', 'NO_PROXY', 'no_proxy'];
const saved = Object.fromEntries(PROXY_VARIABLES.map((name) => [name, process.env[name]]));

/** Sets exactly these proxy variables (the others unset) for the next clients built. */
function useProxyEnvironment(values: Record<string, string>): void {
  for (const name of PROXY_VARIABLES) delete process.env[name];
  Object.assign(process.env, values);
}

afterEach(() => {
  for (const [name, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
});

describe('NO_PROXY and the proxy variables', () => {
  const url = (text: string) => new URL(text);

  it('sends each scheme to its own proxy, the lower-case name first', () => {
    const env = {
      HTTPS_PROXY: 'http://secure:3128',
      http_proxy: 'plain:8080',
      HTTP_PROXY: 'http://ignored:1',
    };

    expect(proxyFor(url('https://ec2.eu-west-1.amazonaws.com'), env)?.href).toBe('http://secure:3128/');
    expect(proxyFor(url('http://127.0.0.1:4566'), env)?.href).toBe('http://plain:8080/');
    expect(proxyFor(url('https://api.github.com'), {})).toBeUndefined();
  });

  it.each([
    ['*', 'https://s3.amazonaws.com', true],
    ['amazonaws.com', 'https://logs.eu-west-1.amazonaws.com', true],
    ['.amazonaws.com', 'https://amazonaws.com', true],
    ['*.amazonaws.com', 'https://bucket.s3.eu-west-1.amazonaws.com', true],
    ['amazonaws.com', 'https://notamazonaws.com', false],
    ['localhost:4566', 'http://localhost:4566/x', true],
    ['localhost:4566', 'http://localhost:5000/x', false],
    ['github.example.com:443', 'https://github.example.com/api/v3', true],
    ['ghe.internal, 10.0.0.1 ::1', 'http://[::1]:8080', true],
    ['ghe.internal, 10.0.0.1', 'http://10.0.0.1:8080', true],
    ['', 'https://api.github.com', false],
  ])('NO_PROXY=%j for %s: direct is %s', (noProxy, target, direct) => {
    expect(bypassesProxy(url(target), { no_proxy: noProxy })).toBe(direct);
  });

  it('refuses a proxy that is not a URL without repeating it (it may hold a password)', () => {
    const attempt = () => proxyFor(url('https://api.github.com'), { HTTPS_PROXY: 'http://user:s3cret@[bad' });

    expect(attempt).toThrow(ConfigurationError);
    expect(attempt).toThrow(
      'HTTPS_PROXY is not a URL: expected a proxy such as http://proxy.example.com:3128',
    );
  });
});

describe('through a proxy', () => {
  let moto: MotoServer;
  let fake: FakeGitHub;
  let proxy: ForwardingProxy;

  beforeAll(async () => {
    [moto, fake, proxy] = await Promise.all([startMoto(), FakeGitHub.start(), startProxy()]);
    fake.addRepository({ owner: 'octo-org', name: 'infra', files: { 'main.tf': '# empty\n' } });
  });

  afterAll(async () => {
    await Promise.all([moto?.stop(), fake?.stop(), proxy?.stop()]);
  });

  const motoPort = () => new URL(moto.endpoint).port;

  async function callAws(endpoint: string): Promise<string[]> {
    const before = proxy.forwarded.length;
    const { ec2, s3 } = createAwsClients({ region: MOTO_REGION, endpoint, maxAttempts: 1 });
    const groups = await ec2.send(new DescribeSecurityGroupsCommand({}));
    const buckets = await s3.send(new ListBucketsCommand({}));
    expect(groups.SecurityGroups?.length).toBeGreaterThan(0);
    expect(buckets.$metadata.httpStatusCode).toBe(200);
    return proxy.forwarded.slice(before);
  }

  it('sends the AWS calls to an http endpoint through HTTP_PROXY', async () => {
    useProxyEnvironment({ HTTP_PROXY: proxy.url, NO_PROXY: 'example.com' });

    expect(await callAws(moto.endpoint)).toEqual([
      `POST http://127.0.0.1:${motoPort()}/`,
      `GET http://127.0.0.1:${motoPort()}/`,
    ]);
  });

  it('sends the AWS calls directly when NO_PROXY names the host, with or without the port', async () => {
    useProxyEnvironment({ HTTP_PROXY: proxy.url, NO_PROXY: 'example.com,127.0.0.1' });
    expect(await callAws(moto.endpoint)).toEqual([]);

    useProxyEnvironment({ http_proxy: proxy.url, no_proxy: `localhost:${motoPort()}` });
    expect(await callAws(`http://localhost:${motoPort()}`)).toEqual([]);
  });

  it('tunnels the AWS calls to an https endpoint through HTTPS_PROXY with CONNECT', async () => {
    const front = await startTlsFront(moto.endpoint);
    const rejectUnauthorized = process.env['NODE_TLS_REJECT_UNAUTHORIZED'];
    // The test's certificate is trusted by no one; Node reads this at each TLS connection.
    process.env['NODE_TLS_REJECT_UNAUTHORIZED'] = '0';
    try {
      const host = new URL(front.endpoint).host;
      useProxyEnvironment({ HTTPS_PROXY: proxy.url, HTTP_PROXY: 'http://127.0.0.1:1' });
      // One tunnel per client, kept alive for its calls.
      expect(await callAws(front.endpoint)).toEqual([`CONNECT ${host}`, `CONNECT ${host}`]);

      useProxyEnvironment({ HTTPS_PROXY: proxy.url, NO_PROXY: '127.0.0.1' });
      expect(await callAws(front.endpoint)).toEqual([]);
    } finally {
      if (rejectUnauthorized === undefined) delete process.env['NODE_TLS_REJECT_UNAUTHORIZED'];
      else process.env['NODE_TLS_REJECT_UNAUTHORIZED'] = rejectUnauthorized;
      await front.stop();
    }
  });

  it('does not use HTTPS_PROXY for an http endpoint, nor a proxy when none is set', async () => {
    useProxyEnvironment({ HTTPS_PROXY: proxy.url });
    expect(await callAws(moto.endpoint)).toEqual([]);

    useProxyEnvironment({});
    expect(await callAws(moto.endpoint)).toEqual([]);
  });

  async function readRepository(): Promise<string[]> {
    const before = proxy.forwarded.length;
    const client = createGitHubClient({ token: fake.token, baseUrl: fake.url, timeScale: 0 });
    const { data } = await client.rest.repos.get({ owner: 'octo-org', repo: 'infra' });
    expect(data.full_name).toBe('octo-org/infra');
    return proxy.forwarded.slice(before);
  }

  it('tunnels the GitHub calls through HTTP_PROXY, and not when NO_PROXY names the host', async () => {
    const githubHost = new URL(fake.url).host;

    useProxyEnvironment({ HTTP_PROXY: proxy.url, NO_PROXY: 'api.github.com' });
    expect(await readRepository()).toEqual([`CONNECT ${githubHost}`]);

    useProxyEnvironment({ HTTP_PROXY: proxy.url, NO_PROXY: '127.0.0.1' });
    expect(await readRepository()).toEqual([]);
  });
});
