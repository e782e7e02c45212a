/**
 * A real moto server (an AWS emulator speaking the AWS wire protocols over HTTP) for the
 * integration tests in test/aws. The server is installed on first use into .tmp/moto-venv by
 * scripts/setup-moto.sh (pinned, from PyPI), so CI needs nothing installed beforehand, and each
 * test file starts its own server on a free loopback port and stops it afterwards.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The moto release the tests are written against. */
export const MOTO_VERSION = '5.1.22';
export const MOTO_VENV = join(repo, '.tmp', 'moto-venv');
/** moto's fixed account id. */
export const MOTO_ACCOUNT = '123456789012';
export const MOTO_REGION = 'us-east-1';

export interface MotoServer {
  /** `http://127.0.0.1:PORT` */
  endpoint: string;
  /** Clears every emulated resource (between scenarios that must not see each other). */
  reset(): Promise<void>;
  stop(): Promise<void>;
}

/** Installs moto into the venv unless the pinned version is there already. */
export async function ensureMoto(): Promise<string> {
  await promisify(execFile)('bash', [join(repo, 'scripts', 'setup-moto.sh')], {
    env: { ...process.env, MOTO_VERSION, MOTO_VENV },
    timeout: 170_000,
  });
  return join(MOTO_VENV, 'bin', 'moto_server');
}

/** A port that was free a moment ago (the OS picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

/**
 * Points the SDK's default chain at fake credentials and a region, so that no real profile or
 * instance role is ever used by the tests.
 */
export function useFakeAwsEnvironment(): void {
  process.env['AWS_ACCESS_KEY_ID'] = 'test';
  process.env['AWS_SECRET_ACCESS_KEY'] = 'test';
  process.env['AWS_REGION'] = MOTO_REGION;
  process.env['AWS_EC2_METADATA_DISABLED'] = 'true';
  // The SDK warns once per process that Node 20 support ends; noise in test output.
  process.env['AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED'] = 'true';
  delete process.env['AWS_PROFILE'];
  delete process.env['AWS_SESSION_TOKEN'];
}

/** Installs (when needed) and starts moto on a free loopback port; resolves once it answers. */
export async function startMoto(): Promise<MotoServer> {
  useFakeAwsEnvironment();
  const binary = await ensureMoto();
  const port = await freePort();
  const endpoint = `http://127.0.0.1:${port}`;
  const child: ChildProcess = spawn(binary, ['-H', '127.0.0.1', '-p', String(port)], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => {
    stderr = (stderr + d.toString()).slice(-4000);
  });
  const exited = new Promise<void>((resolveExit) => child.once('exit', () => resolveExit()));
  let running = true;
  void exited.then(() => (running = false));

  const deadline = Date.now() + 30_000;
  for (;;) {
    if (!running) throw new Error(`moto_server exited before answering:\n${stderr}`);
    try {
      const res = await fetch(`${endpoint}/moto-api/`, { signal: AbortSignal.timeout(1000) });
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`moto_server did not answer on ${endpoint} within 30 s:\n${stderr}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }

  return {
    endpoint,
    async reset() {
      const res = await fetch(`${endpoint}/moto-api/reset`, { method: 'POST' });
      if (!res.ok) throw new Error(`moto reset failed: ${res.status}`);
    },
    async stop() {
      if (!running) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    },
  };
}
