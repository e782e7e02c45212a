/**
 * The connection agents of the AWS clients when a proxy is configured: each request goes through
 * the proxy its URL gets from HTTPS_PROXY / HTTP_PROXY, or directly when NO_PROXY names its host.
 * The choice is made per request, because an SDK client's host is known only then (the region's
 * endpoint, a bucket's virtual host, a redirect to another region).
 */
import * as http from 'node:http';
import * as https from 'node:https';
import { Agent, type AgentConnectOpts } from 'agent-base';
import { HttpProxyAgent } from 'http-proxy-agent';
import { HttpsProxyAgent } from 'https-proxy-agent';
import { proxyConfigured, proxyFor } from '../proxy.js';

// What the SDK's own handler would use: kept-alive sockets, 50 per host.
const POOL = { keepAlive: true, maxSockets: 50 } as const;

/** Routes each request to a direct agent or to the agent of its proxy. */
class EnvironmentProxyAgent extends Agent {
  private readonly direct: http.Agent;
  private readonly proxied = new Map<string, http.Agent>();

  constructor(private readonly secure: boolean) {
    super(POOL);
    this.direct = secure ? new https.Agent(POOL) : new http.Agent(POOL);
  }

  override connect(_request: http.ClientRequest, options: AgentConnectOpts): http.Agent {
    const host = options.host?.includes(':') ? `[${options.host}]` : (options.host ?? 'localhost');
    const port = options.port ?? (this.secure ? 443 : 80);
    const target = new URL(`${this.secure ? 'https' : 'http'}://${host}:${port}`);
    const proxy = proxyFor(target);
    if (proxy === undefined) return this.direct;
    let agent = this.proxied.get(proxy.href);
    if (agent === undefined) {
      // https targets are tunnelled with CONNECT; http ones are sent to the proxy whole.
      agent = this.secure ? new HttpsProxyAgent(proxy, POOL) : new HttpProxyAgent(proxy, POOL);
      this.proxied.set(proxy.href, agent);
    }
    return agent;
  }
}

/** The agents for the SDK's request handler, or none when no proxy is configured. */
export function proxyAgents(): { httpAgent?: http.Agent; httpsAgent?: https.Agent } {
  if (!proxyConfigured()) return {};
  return {
    httpAgent: new EnvironmentProxyAgent(false),
    // An http.Agent by type, which is all https.request needs of it: the TLS is done by the
    // agent it routes to (a direct https.Agent, or the tunnel of HttpsProxyAgent).
    httpsAgent: new EnvironmentProxyAgent(true) as unknown as https.Agent,
  };
}
