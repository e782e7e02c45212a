/**
 * The traffic of a generated world, one event at a time. An event is what one connection (or one
 * probe, or one quiet interval) leaves in the logs, together with the rules a correct analysis
 * credits it to: the credits are decided here, by the design of each scenario, never by matching
 * records to rules the way the analysis does, so that the truth is an independent answer.
 */
import type { FlowEntry, LogEntry } from './flow-log.js';
import type { Random } from './random.js';
import { egressRules, type Host, type Rule, type Vpc } from './vpc.js';

/** A rule credited with one connection start: `peer` is the remote end as the rule sees it. */
export interface Credit {
  rule: Rule;
  peer: string;
  /** The destination port (0 for ICMP). */
  port: number;
}

export interface TrafficEvent {
  entries: LogEntry[];
  credits: Credit[];
}

/** The addresses outside the VPC that talk to it. */
export interface Outside {
  /** Internet users of the web tier, the first ones the busiest. */
  clients: string[];
  /** Third-party APIs the app tier calls over HTTPS. */
  apis: string[];
  /** Public NTP servers (UDP 123). */
  ntp: string[];
  /** Background noise from the internet: each tries a handful of well-known ports. */
  scanners: string[];
  /** The three office addresses SSH comes from. */
  offices: string[];
  /** The one RDP user, inside the office range 203.0.113.0/24. */
  rdpUser: string;
  /** One source that walks a hundred ports of a web host. */
  portScanner: string;
}

const TCP = 6;
const UDP = 17;
const ICMP = 1;
const SYN = 2;
const SYN_ACK = 18;
const FIN = 1;
/** What background scanners try, none of which a web host admits from the internet. */
const PROBED_PORTS = [22, 23, 25, 445, 1433, 3306, 3389, 5432, 5900, 6379, 8080, 9200, 27017];

/** Public-looking addresses, none in the private, shared, loopback or documentation ranges. */
export function makeOutside(random: Random): Outside {
  const named = {
    offices: ['198.51.100.10', '198.51.100.11', '192.0.2.50'],
    rdpUser: '203.0.113.7',
    portScanner: '45.95.147.236',
  };
  const taken = new Set<string>([...named.offices, named.rdpUser, named.portScanner]);
  const reserved = new Set([0, 10, 100, 127, 169, 172, 192, 198, 203]);
  const draw = (n: number): string[] => {
    const out: string[] = [];
    while (out.length < n) {
      const a = random.int(1, 223);
      if (reserved.has(a)) continue;
      const ip = `${a}.${random.int(0, 255)}.${random.int(0, 255)}.${random.int(1, 254)}`;
      if (taken.has(ip)) continue;
      taken.add(ip);
      out.push(ip);
    }
    return out;
  };
  return { clients: draw(20_000), apis: draw(12), ntp: draw(4), scanners: draw(300), ...named };
}

/** One end of a connection: an interface of the VPC (which logs it) or an address outside. */
type End = Host | string;

const addressOf = (end: End): string => (typeof end === 'string' ? end : end.ip);

export class Traffic {
  constructor(
    private readonly vpc: Vpc,
    private readonly random: Random,
    readonly outside: Outside,
  ) {}

  /** An internet user on the web tier, over HTTPS or plain HTTP. */
  internetToWeb(port: 443 | 80): TrafficEvent {
    const web = this.random.pick(this.vpc.web);
    const client = this.random.skewed(this.outside.clients);
    const rule = port === 443 ? this.vpc.rule.web443 : this.vpc.rule.web80;
    return this.connection(client, web, port, TCP, [{ rule, peer: client, port }]);
  }

  /** A web host calls the app tier on 8080, inside the app rule's 8000-8100 range. */
  webToApp(): TrafficEvent {
    const web = this.random.pick(this.vpc.web);
    const app = this.random.pick(this.vpc.app);
    return this.connection(web, app, 8080, TCP, [
      ...this.started(web, app.ip, 8080),
      { rule: this.vpc.rule.appFromWeb, peer: web.ip, port: 8080 },
    ]);
  }

  appToDatabase(): TrafficEvent {
    const app = this.random.pick(this.vpc.app);
    const db = this.random.pick(this.vpc.db);
    return this.connection(app, db, 5432, TCP, [
      ...this.started(app, db.ip, 5432),
      { rule: this.vpc.rule.db5432, peer: app.ip, port: 5432 },
    ]);
  }

  /**
   * An app host calls an API on the internet. Its answer comes back from port 443 to an ephemeral
   * port: inside the legacy 1024-65535 rule, which must still not count it.
   */
  appToApi(): TrafficEvent {
    const app = this.random.pick(this.vpc.app);
    const api = this.random.pick(this.outside.apis);
    return this.connection(app, api, 443, TCP, this.started(app, api, 443));
  }

  /** Time sync over UDP: no flags, so only the ports tell which side asked. */
  appToNtp(): TrafficEvent {
    const app = this.random.pick(this.vpc.app);
    const server = this.random.pick(this.outside.ntp);
    return this.connection(app, server, 123, UDP, this.started(app, server, 123));
  }

  /** An office logs in to the bastion; `office` picks one, else a random one. */
  officeSsh(office = this.random.pick(this.outside.offices)): TrafficEvent {
    const bastion = this.vpc.bastion;
    return this.connection(office, bastion, 22, TCP, [{ rule: this.vpc.rule.ssh, peer: office, port: 22 }]);
  }

  /** RDP from the office range: both 3389 rules allow it, and both are credited. */
  rdpSession(): TrafficEvent {
    const host = this.random.pick(this.vpc.windows);
    const user = this.outside.rdpUser;
    return this.connection(user, host, 3389, TCP, [
      { rule: this.vpc.rule.rdpOpen, peer: user, port: 3389 },
      { rule: this.vpc.rule.rdpOffice, peer: user, port: 3389 },
    ]);
  }

  /** The monitor scrapes an app host's metrics port. */
  scrape(app: Host): TrafficEvent {
    const monitor = this.vpc.monitor;
    return this.connection(monitor, app, 9100, TCP, [
      ...this.started(monitor, app.ip, 9100),
      { rule: this.vpc.rule.appMetrics, peer: monitor.ip, port: 9100 },
    ]);
  }

  /**
   * The monitor pings a host. The echo replies are left out: ICMP has neither ports nor flags,
   * so a reply logged in the same second as its request cannot be told from a start (the
   * analysis pairs the two directions by time), and the truth would have to guess too.
   */
  ping(host: Host): TrafficEvent {
    const monitor = this.vpc.monitor;
    const request = (on: Host, direction: 'ingress' | 'egress'): FlowEntry => ({
      ...this.flow(on, monitor.ip, host.ip, 0, 0, ICMP, direction, 0),
      packets: 1,
      bytes: 84,
    });
    return {
      entries: [request(monitor, 'egress'), request(host, 'ingress')],
      credits: [
        ...this.started(monitor, host.ip, 0),
        { rule: this.vpc.rule.icmp, peer: monitor.ip, port: 0 },
      ],
    };
  }

  /** A connection attempt from the internet that the web host's groups reject. */
  backgroundProbe(): TrafficEvent {
    return this.rejected(this.random.pick(this.outside.scanners), this.random.pick(PROBED_PORTS));
  }

  /** One probe of the port scanner's walk. */
  portScanProbe(port: number, target: Host): TrafficEvent {
    return this.rejected(this.outside.portScanner, port, target);
  }

  /** An interval in which a web host had nothing to log, or lost records (SKIPDATA). */
  quietInterval(host = this.random.pick(this.vpc.web)): TrafficEvent {
    const status = this.random.chance(0.8) ? 'NODATA' : 'SKIPDATA';
    return { entries: [{ kind: 'quiet', host, status }], credits: [] };
  }

  /** Credits for a connection a host of ours starts: every egress rule of its groups. */
  private started(host: Host, remote: string, port: number): Credit[] {
    return egressRules(this.vpc, host).map((rule) => ({ rule, peer: remote, port }));
  }

  private rejected(source: string, port: number, target = this.random.pick(this.vpc.web)): TrafficEvent {
    const entry = {
      ...this.flow(target, source, target.ip, this.ephemeralPort(), port, TCP, 'ingress', SYN),
      action: 'REJECT' as const,
      packets: 1,
      bytes: 44,
    };
    return { entries: [entry], credits: [] };
  }

  /**
   * A connection as the interfaces at its ends log it: the request leaves the client (egress) and
   * reaches the server (ingress), the answer goes back the other way; an end outside the VPC
   * logs nothing. A TCP connection that closed in the interval carries FIN in its flags too.
   */
  private connection(
    client: End,
    server: End,
    port: number,
    protocol: number,
    credits: Credit[],
  ): TrafficEvent {
    const [from, to] = [addressOf(client), addressOf(server)];
    const clientPort = this.ephemeralPort();
    const closed = protocol === TCP && this.random.chance(0.7) ? FIN : 0;
    const [startFlags, answerFlags] = protocol === TCP ? [SYN | closed, SYN_ACK | closed] : [0, 0];
    const entries: LogEntry[] = [];
    if (typeof client !== 'string')
      entries.push(this.flow(client, from, to, clientPort, port, protocol, 'egress', startFlags));
    if (typeof server !== 'string') {
      entries.push(this.flow(server, from, to, clientPort, port, protocol, 'ingress', startFlags));
      entries.push(this.flow(server, to, from, port, clientPort, protocol, 'egress', answerFlags));
    }
    if (typeof client !== 'string')
      entries.push(this.flow(client, to, from, port, clientPort, protocol, 'ingress', answerFlags));
    return { entries, credits };
  }

  private flow(
    host: Host,
    src: string,
    dst: string,
    srcPort: number,
    dstPort: number,
    protocol: number,
    direction: 'ingress' | 'egress',
    tcpFlags: number,
  ): FlowEntry {
    const packets = this.random.int(1, 40);
    return {
      kind: 'flow',
      host,
      src,
      dst,
      srcPort,
      dstPort,
      protocol,
      action: 'ACCEPT',
      direction,
      tcpFlags,
      packets,
      bytes: packets * this.random.int(40, 1400),
    };
  }

  /** A client port from Linux's (32768-60999) or Windows' (49152-65535) ephemeral range. */
  private ephemeralPort(): number {
    return this.random.chance(0.75) ? this.random.int(32768, 60999) : this.random.int(49152, 65535);
  }
}
