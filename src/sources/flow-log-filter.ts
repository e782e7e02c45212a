/**
 * Applies a {@link FlowLogChoice} to what is read: a destination (an S3 prefix, a log group) holds
 * the records of every flow log that delivers there, so each read of it keeps only the records of
 * the interfaces chosen for the flow logs read from it. Records of other interfaces (outside the
 * inventory, or recorded by no flow log of their own) are kept from one flow log only.
 */
import type { NetworkInterface } from '../inventory/model.js';
import type { ReaderSink } from './file.js';
import type { FlowLogChoice } from './flow-log-choice.js';
import type { InterfaceTable } from './interfaces.js';

/**
 * Which records one read keeps, as structured-clonable data (it crosses to worker threads). Interface
 * indices below the inventory's interface count are the same in every thread's table.
 */
export interface FlowLogRule {
  /** By interface index: the number of the flow log chosen for it, -1 for none. */
  owner: Int32Array;
  /** By flow-log number: 1 for the flow logs this read holds records of. */
  keep: Uint8Array;
  /** The number of the flow log that keeps the other interfaces' records, -1 for none. */
  othersFrom: number;
}

/**
 * A sink that passes on the records `rule` keeps and adds them to `kept` by flow-log number (one
 * zero per flow log read, as long as `rule.keep`): the rule of {@link FlowLogFilter.wrap}, in
 * whichever thread parses the records.
 */
export function keepChosen(sink: ReaderSink, rule: FlowLogRule, kept: number[]): ReaderSink {
  const { owner, keep, othersFrom } = rule;
  const keepOthers = othersFrom >= 0 && keep[othersFrom] === 1;
  return {
    record: (r) => {
      const i = r.interfaceIndex;
      const o = i >= 0 && i < owner.length ? (owner[i] as number) : -1;
      if (o >= 0) {
        if (keep[o] === 0) return;
        (kept[o] as number) += r.count;
      } else {
        if (!keepOthers) return;
        (kept[othersFrom] as number) += r.count;
      }
      sink.record(r);
    },
    malformed: (file, line, message) => sink.malformed(file, line, message),
    fileError: (file, message) => sink.fileError(file, message),
    fileRead: (fields, file) => sink.fileRead(fields, file),
  };
}

export class FlowLogFilter {
  /** The ids of the flow logs read, by number. */
  readonly flowLogIds: readonly string[];
  private readonly numbers: Map<string, number>;
  /** By interface index: the number of the flow log chosen for it, -1 for none. */
  private readonly owner: Int32Array;
  /** The number of the flow log that keeps the other interfaces' records, -1 for none. */
  private readonly othersFrom: number;
  /** Records kept, by flow-log number. */
  private readonly kept: number[];

  /** @param table the reader's interface table, in which every inventory interface has its index */
  constructor(choice: FlowLogChoice, inventory: readonly NetworkInterface[], table: InterfaceTable) {
    this.flowLogIds = [...choice.read].sort();
    this.numbers = new Map(this.flowLogIds.map((id, i) => [id, i]));
    this.kept = this.flowLogIds.map(() => 0);
    const indices = inventory.map((n) => table.add(n.interfaceId));
    this.owner = new Int32Array(Math.max(0, ...indices.map((i) => i + 1))).fill(-1);
    inventory.forEach((n, k) => {
      const chosen = choice.chosenFor.get(n.interfaceId);
      if (chosen !== undefined) this.owner[indices[k] as number] = this.numbers.get(chosen) as number;
    });
    this.othersFrom = choice.othersFrom !== undefined ? (this.numbers.get(choice.othersFrom) ?? -1) : -1;
  }

  /**
   * A sink for one read of records delivered by `flowLogIds` (flow logs not read are ignored):
   * it passes on the records of the interfaces chosen for them, and counts them.
   */
  wrap(sink: ReaderSink, flowLogIds: readonly string[]): ReaderSink {
    return keepChosen(sink, this.rule(flowLogIds), this.kept);
  }

  /**
   * What {@link wrap} keeps for a read of `flowLogIds`, as plain data: a worker thread that parses
   * the objects applies it with {@link keepChosen}, and its counts come back by {@link addKept}.
   */
  rule(flowLogIds: readonly string[]): FlowLogRule {
    const keep = new Uint8Array(this.flowLogIds.length);
    for (const id of flowLogIds) {
      const number = this.numbers.get(id);
      if (number !== undefined) keep[number] = 1;
    }
    return { owner: this.owner, keep, othersFrom: this.othersFrom };
  }

  /** Adds records that a worker thread kept, by flow-log number (the `kept` of {@link keepChosen}). */
  addKept(kept: readonly number[]): void {
    kept.forEach((n, i) => {
      if (i < this.kept.length) (this.kept[i] as number) += n;
    });
  }

  /** Records kept so far, by flow-log id. */
  records(): Map<string, number> {
    return new Map(this.flowLogIds.map((id, i) => [id, this.kept[i] as number]));
  }
}

/**
 * The flow-log id in the name of an object AWS delivered to S3:
 * `{account}_vpcflowlogs_{region}_{flow-log-id}_{yyyymmddTHHmmZ}_{hash}.log.gz` (or `.parquet`).
 */
export function flowLogIdInKey(key: string): string | undefined {
  const name = key.slice(key.lastIndexOf('/') + 1);
  return /_vpcflowlogs_[a-z0-9-]+_(fl-[0-9a-f]+)_\d{8}T\d{4}Z_/i.exec(name)?.[1];
}

/**
 * Groups a destination's objects by the flow log that delivered them, as their keys name it, so
 * that two flow logs that deliver to one prefix are told apart: each group comes with the flow
 * logs whose records it may hold. Objects of a flow log of this destination that is not read are
 * left out; objects that name no flow log of it go with every flow log read from it.
 *
 * @param here the flow logs that deliver to this destination
 * @param read the flow logs read
 */
export function objectsByFlowLog<T extends { key: string }>(
  objects: readonly T[],
  here: readonly string[],
  read: ReadonlySet<string>,
): { flowLogIds: string[]; objects: T[] }[] {
  const groups = new Map<string, T[]>();
  for (const o of objects) {
    const named = flowLogIdInKey(o.key);
    const id = named !== undefined && here.includes(named) ? named : '';
    if (id !== '' && !read.has(id)) continue;
    const group = groups.get(id);
    if (group) group.push(o);
    else groups.set(id, [o]);
  }
  return [...groups]
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([id, list]) => ({ flowLogIds: id === '' ? here.filter((h) => read.has(h)) : [id], objects: list }));
}
