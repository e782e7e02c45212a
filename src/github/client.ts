/**
 * The one place that builds the GitHub REST client: `@actions/github`'s Octokit (the
 * orchestration id in the user agent) with the proxy of the environment, the retry plugin for
 * server errors and the throttling plugin for rate limits, which spaces writes as GitHub asks and
 * waits for a rate limit to lift before retrying instead of failing the run.
 */
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import Bottleneck from 'bottleneck/light.js';
import { fetch as proxiedFetch, ProxyAgent } from 'undici';
import { proxyFor } from '../proxy.js';
import { VERSION } from '../version.js';

/** The REST client, with `octokit.rest.*` methods. */
export type GitHubClient = ReturnType<typeof getOctokit>;

/** How to reach GitHub and how patient to be with it. */
export interface GitHubClientOptions {
  /** A token with the permissions of the calls made (GITHUB_TOKEN, an app or a personal token). */
  token: string;
  /** The REST API's URL; default GITHUB_API_URL (set by Actions, GHES too), else api.github.com. */
  baseUrl?: string | undefined;
  /**
   * Sleeps before a request that GitHub rate-limited is retried. Default a timer; tests pass a
   * function that records the wait and returns at once.
   */
  wait?: ((milliseconds: number) => Promise<void>) | undefined;
  /**
   * Multiplies the client's own pauses: the back-off after a server error and the spacing of
   * writes GitHub asks for (1 s between writes, 3 s between writes that notify). Default 1;
   * tests pass 0.
   */
  timeScale?: number | undefined;
  /** Retries of one request after a rate limit. Default 3. */
  rateLimitRetries?: number | undefined;
  /** A rate limit that lifts later than this many seconds fails the request instead. Default 900. */
  maxRateLimitWaitSeconds?: number | undefined;
  /** Where waits and give-ups are reported; default the Octokit logger (console.warn). */
  warn?: ((message: string) => void) | undefined;
}

const DEFAULT_API_URL = 'https://api.github.com';
const DEFAULT_RATE_LIMIT_RETRIES = 3;
const DEFAULT_MAX_RATE_LIMIT_WAIT_SECONDS = 900;
/** Statuses the retry plugin leaves alone: client errors, and 403/429 rate limits, which the
 * throttling plugin handles with the wait GitHub names (retrying them here too would ignore it). */
const DO_NOT_RETRY = [400, 401, 403, 404, 410, 422, 429, 451];

function sleep(milliseconds: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, milliseconds));
}

/**
 * The fetch of the client's requests: through the proxy HTTPS_PROXY or HTTP_PROXY names for the
 * API's URL unless NO_PROXY exempts its host, else Node's own. `@actions/github` decides this once,
 * when it is loaded, for GITHUB_API_URL; deciding it here, for the URL this client uses, follows
 * the same variables for any base URL.
 */
function fetchFor(baseUrl: string): typeof globalThis.fetch {
  const proxy = proxyFor(new URL(baseUrl));
  if (proxy === undefined) return globalThis.fetch;
  // undici's ProxyAgent tunnels with CONNECT and sends credentials in the URL as Basic auth.
  const dispatcher = new ProxyAgent(proxy.href);
  return ((url: string, init: object) =>
    proxiedFetch(url, { ...init, dispatcher })) as unknown as typeof globalThis.fetch;
}

/** Builds the client. */
export function createGitHubClient(options: GitHubClientOptions): GitHubClient {
  const wait = options.wait ?? sleep;
  const scale = options.timeScale ?? 1;
  const retries = options.rateLimitRetries ?? DEFAULT_RATE_LIMIT_RETRIES;
  const maxWait = options.maxRateLimitWaitSeconds ?? DEFAULT_MAX_RATE_LIMIT_WAIT_SECONDS;
  let warn = options.warn;

  const onLimit =
    (kind: string) =>
    async (
      retryAfter: number,
      request: { method: string; url: string },
      _octokit: unknown,
      retryCount: number,
    ): Promise<boolean> => {
      const what = `GitHub ${kind} on ${request.method} ${request.url}`;
      if (retryCount >= retries || retryAfter > maxWait) {
        warn?.(`${what}: giving up (it lifts in ${retryAfter} s; tried ${retryCount + 1} times)`);
        return false;
      }
      warn?.(`${what}: retrying in ${retryAfter} s (retry ${retryCount + 1} of ${retries})`);
      await wait(retryAfter * 1000);
      return true;
    };

  // Each client gets its own write queues so that spacing follows timeScale and two clients
  // (two tests, two repositories) do not queue behind each other.
  const queue = (minTime: number) =>
    new Bottleneck.Group({ maxConcurrent: 1, minTime: Math.round(minTime * scale) });

  const baseUrl = (options.baseUrl ?? process.env['GITHUB_API_URL'] ?? DEFAULT_API_URL).replace(/\/+$/, '');
  const octokit = getOctokit(
    options.token,
    {
      baseUrl,
      userAgent: `sg-flow-audit/${VERSION}`,
      request: { fetch: fetchFor(baseUrl) },
      retry: { doNotRetry: DO_NOT_RETRY, retryAfterBaseValue: 1000 * scale },
      throttle: {
        onRateLimit: onLimit('rate limit'),
        onSecondaryRateLimit: onLimit('secondary rate limit'),
        // The handlers above do the waiting (through `wait`), so the plugin retries at once.
        retryAfterBaseValue: 0,
        write: queue(1000),
        notifications: queue(3000),
        search: queue(2000),
      },
    },
    retry,
    throttling,
  );
  warn ??= (message: string) => octokit.log.warn(message);
  return octokit;
}
