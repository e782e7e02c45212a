import { describe, expect, it } from 'vitest';
import { newRuleUsage } from '../../src/analysis/usage.js';
import { packResult, unpackResult, type WorkerResult } from '../../src/analysis/wire.js';
import { newRegisters } from '../../src/analysis/sketch.js';
import { InputCounter } from '../../src/sources/stats.js';

function result(): WorkerResult {
  const busy = newRuleUsage();
  busy.flows = 9;
  busy.sketch = newRegisters();
  busy.ports.add(6 * 65536 + 443);
  // IPv4 keys (signed 32-bit) and IPv6 ones, interleaved: the order must survive.
  busy.peers = new Map<number | string, number>([
    [-1062731775, 3],
    ['2001:db8::1', 2],
    [167772161, 1],
    ['2001:db8::2', 5],
    [0, 7],
  ]);
  return {
    input: new InputCounter().summary,
    usage: [newRuleUsage(), busy],
    recordsByInterface: [4, 0, 9],
    skipDataByInterface: [0, 0, 1],
    unknownInterfaceRecords: new Map([['eni-x', 2]]),
    unknownInterfaces: ['eni-x'],
    undirected: 1,
    buckets: new Map([[499000, [3, 1]]]),
    scans: new Map<number | string, { ports: number | Set<number>; accepted: number; rejected: number }>([
      [-5, { ports: 443, accepted: 2 ** 33, rejected: 0 }],
      ['2001:db8::9', { ports: 22, accepted: 0, rejected: 1 }],
      [77, { ports: new Set([22, 23, 3389]), accepted: 0, rejected: 3 }],
      [78, { ports: -1, accepted: 1, rejected: 0 }],
      [79, { ports: new Set([443, 80]), accepted: 4, rejected: 0 }],
      [80, { ports: new Set(Array.from({ length: 65536 }, (_, p) => 65535 - p)), accepted: 0, rejected: 9 }],
    ]),
    rejectedSources: new Map([[77, 3]]),
    rejectedPorts: new Map([[6 * 65536 + 22, 1]]),
    servicePorts: new Map([[6 * 65536 + 443, 9]]),
    unknownSources: new Map(),
    truncatedTables: false,
  };
}

describe('the worker result on the wire', () => {
  it('unpacks to the same maps, in the same order, with the typed arrays moved', () => {
    const original = result();
    const { packed, transfer } = packResult(original);
    expect(transfer.length).toBeGreaterThan(0);
    // What postMessage does: a structured clone, with the listed buffers moved.
    const cloned = structuredClone(packed, { transfer });
    expect(transfer.every((b) => b.byteLength === 0)).toBe(true);
    const back = unpackResult(cloned);
    expect(back).toEqual(result());
    expect([...back.usage[1]!.peers.keys()]).toEqual([...result().usage[1]!.peers.keys()]);
    expect([...back.scans.keys()]).toEqual([...result().scans.keys()]);
    // A set keeps its order (the first ports a source tried come first).
    expect([...(back.scans.get(79)!.ports as Set<number>)]).toEqual([443, 80]);
  });

  it('moves every IPv4 port-scan source in typed arrays, port sets included', () => {
    const { packed } = packResult(result());
    // Only the IPv6 source is left to the structured clone.
    expect([...packed.scans.rest.keys()]).toEqual(['2001:db8::9']);
    expect(packed.scans.numeric.length).toBe(5 * 4);
  });
});
