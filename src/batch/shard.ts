// Deterministic sharding (--shard K/N): an input belongs to the part given by a hash of
// its path or record id, so N machines given the same inputs split them without talking.

/** FNV-1a, 32 bits: stable across runs, machines and Node versions. */
export function stableHash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export function inShard(key: string, shard: { index: number; count: number } | undefined): boolean {
  return !shard || stableHash(key) % shard.count === shard.index;
}
