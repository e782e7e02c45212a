/**
 * The covering networks with the smallest total address space: when a rule's peers do not fit
 * the group's rules quota as single addresses, they are covered by at most `limit` CIDRs, chosen
 * so that the proposal opens as few addresses as it can beyond the peers.
 *
 * Exact, by dynamic programming over the binary trie of the addresses: a node's addresses are
 * covered either by the node's own block (their longest common prefix) or by covers of its two
 * subtrees sharing the budget. Peers are few (at most `broad-source-max-peers`), so the
 * O(nodes × limit²) cost is small.
 */

/** One covering network: the first address and the prefix length. */
export interface Cover {
  network: bigint;
  prefix: number;
}

interface Node {
  /** The block of the node's addresses: their common prefix. */
  network: bigint;
  prefix: number;
  left: Node | undefined;
  right: Node | undefined;
  /** best[k]: the smallest address space that covers the node with at most k + 1 networks. */
  best: bigint[];
  /** split[k]: networks given to the left subtree for best[k]; 0 means the node's own block. */
  split: number[];
}

/**
 * At most `limit` networks (limit ≥ 1) that contain every address, with the smallest total
 * address space; `bits` is 32 for IPv4 and 128 for IPv6. Sorted by address.
 */
export function smallestCover(addresses: readonly bigint[], bits: number, limit: number): Cover[] {
  const sorted = [...new Set(addresses)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  if (sorted.length === 0) return [];
  const budget = Math.max(1, Math.min(limit, sorted.length));
  const root = build(sorted, 0, sorted.length, bits, budget);
  const out: Cover[] = [];
  collect(root, budget - 1, out);
  return out;
}

/** The number of addresses the networks span. */
export function coverSize(covers: readonly Cover[], bits: number): bigint {
  return covers.reduce((sum, c) => sum + (1n << BigInt(bits - c.prefix)), 0n);
}

function build(sorted: readonly bigint[], lo: number, hi: number, bits: number, budget: number): Node {
  const first = sorted[lo] as bigint;
  const last = sorted[hi - 1] as bigint;
  const prefix = commonPrefix(first, last, bits);
  const network = prefix === 0 ? 0n : (first >> BigInt(bits - prefix)) << BigInt(bits - prefix);
  const own = 1n << BigInt(bits - prefix);
  if (hi - lo === 1) return { network, prefix, left: undefined, right: undefined, best: [own], split: [0] };
  // The first address whose bit after the common prefix is set starts the right subtree.
  const bit = 1n << BigInt(bits - prefix - 1);
  let mid = lo + 1;
  while (mid < hi && ((sorted[mid] as bigint) & bit) === 0n) mid++;
  const left = build(sorted, lo, mid, bits, budget);
  const right = build(sorted, mid, hi, bits, budget);
  const size = Math.min(budget, hi - lo);
  const best: bigint[] = [own];
  const split: number[] = [0];
  for (let k = 2; k <= size; k++) {
    let value = own;
    let choice = 0;
    for (let a = 1; a < k; a++) {
      const total = at(left, a) + at(right, k - a);
      if (total < value) [value, choice] = [total, a];
    }
    best.push(value);
    split.push(choice);
  }
  return { network, prefix, left, right, best, split };
}

/** best with at most `k` networks (a node with fewer addresses needs no more than it has). */
function at(node: Node, k: number): bigint {
  return node.best[Math.min(k, node.best.length) - 1] as bigint;
}

function collect(node: Node, index: number, out: Cover[]): void {
  const k = Math.min(index + 1, node.best.length);
  const a = node.split[k - 1] as number;
  if (a === 0 || node.left === undefined || node.right === undefined) {
    out.push({ network: node.network, prefix: node.prefix });
    return;
  }
  collect(node.left, a - 1, out);
  collect(node.right, k - a - 1, out);
}

function commonPrefix(a: bigint, b: bigint, bits: number): number {
  let x = a ^ b;
  let length = bits;
  while (x > 0n) {
    x >>= 1n;
    length--;
  }
  return length;
}
