/**
 * Which proxy a request goes through, from the environment as curl and the runner read it:
 * `HTTPS_PROXY` for https URLs, `HTTP_PROXY` for http ones (lower-case names first), and
 * `NO_PROXY` for the hosts reached directly. Used by the AWS clients and the GitHub client alike.
 */
import { ConfigurationError } from './errors.js';

type Environment = Readonly<Record<string, string | undefined>>;

function variable(env: Environment, name: string): string | undefined {
  const value = env[name.toLowerCase()] ?? env[name.toUpperCase()];
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}

/** Whether any proxy is configured at all; without one, the clients keep their defaults. */
export function proxyConfigured(env: Environment = process.env): boolean {
  return variable(env, 'https_proxy') !== undefined || variable(env, 'http_proxy') !== undefined;
}

/** The host of a URL as NO_PROXY names it: lower case, IPv6 without brackets. */
const bareHost = (hostname: string) => hostname.toLowerCase().replace(/^\[(.*)\]$/, '$1');

/**
 * Whether NO_PROXY sends `target` directly. Entries are separated by commas or spaces: `*`
 * (everything), a host or domain (`example.com` also covers `api.example.com`; a leading `.` or
 * `*.` means the same), optionally with a port (`localhost:4566` covers that port only).
 */
export function bypassesProxy(target: URL, env: Environment = process.env): boolean {
  const host = bareHost(target.hostname);
  const port = target.port !== '' ? target.port : target.protocol === 'https:' ? '443' : '80';
  for (const raw of (variable(env, 'no_proxy') ?? '').split(/[\s,]+/)) {
    const entry = raw.trim().toLowerCase();
    if (entry === '') continue;
    if (entry === '*') return true;
    const withPort = /^(\[[^\]]+\]|[^:]+):(\d+)$/.exec(entry);
    if (withPort !== null && withPort[2] !== port) continue;
    const name = bareHost(withPort?.[1] ?? entry).replace(/^\*?\./, '');
    if (host === name || host.endsWith(`.${name}`)) return true;
  }
  return false;
}

/** A proxy variable's value as a URL; one without a scheme is reached over http, as curl does. */
function parseProxy(value: string): URL | undefined {
  try {
    return new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? value : `http://${value}`);
  } catch {
    return undefined;
  }
}

/**
 * The proxy for `target`, or undefined to connect directly. One that is not a URL is a
 * configuration mistake.
 */
export function proxyFor(target: URL, env: Environment = process.env): URL | undefined {
  const name = target.protocol === 'https:' ? 'HTTPS_PROXY' : 'HTTP_PROXY';
  const value = variable(env, name);
  if (value === undefined || bypassesProxy(target, env)) return undefined;
  const proxy = parseProxy(value);
  // Not quoted: a proxy URL may hold a password.
  if (proxy === undefined)
    throw new ConfigurationError(
      `${name} is not a URL: expected a proxy such as http://proxy.example.com:3128`,
    );
  return proxy;
}

/** The passwords in the proxy variables, which the Action masks in its log. */
export function proxyPasswords(env: Environment = process.env): string[] {
  const values = ['https_proxy', 'HTTPS_PROXY', 'http_proxy', 'HTTP_PROXY'].map((name) => env[name] ?? '');
  const passwords = values.map((value) => parseProxy(value.trim())?.password ?? '').filter((p) => p !== '');
  // As written and as sent: either may end up in a message.
  return [...new Set(passwords.flatMap((p) => [p, decoded(p)]))];
}

function decoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
