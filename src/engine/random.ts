/**
 * Seeded randomness that gives the same sequence in every browser and in Node, forever.
 *
 * The algorithm (pinned by tests; changing it changes what every seeded learner saw):
 * 1. A seed is a string; a number seed is its decimal string, so 42 and "42" are the same seed.
 * 2. The string is hashed to 32 bits with FNV-1a over its UTF-16 code units
 *    (offset basis 2166136261, prime 16777619, `Math.imul` arithmetic).
 * 3. That hash starts a mulberry32 generator, which gives floats in [0, 1).
 * 4. Shuffles are Fisher-Yates from the last index down: swap i with floor(random() * (i + 1)).
 * Independent decisions use independent streams, each seeded with `seed + "/" + purpose`
 * (`seed + "/questions"` for the draw, `seed + "/layout/" + questionId` for a question's layout), so the order of one question's choices does not
 * depend on which other questions were drawn.
 */

export type Seed = string | number;

/** FNV-1a (32-bit) over the UTF-16 code units of `text`: fast, pure, the same everywhere. */
export function fnv1a(text: string): number {
  let hash = 2166136261;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 16777619);
  }
  return hash >>> 0;
}

export function hashSeed(seed: Seed): number {
  return fnv1a(String(seed));
}

/** A mulberry32 generator: each call returns the next float in [0, 1). */
export function createRandom(seed: Seed): () => number {
  let state = hashSeed(seed);
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A shuffled copy of `items`; the input is left as it is. */
export function shuffle<T>(items: readonly T[], random: () => number): T[] {
  const result = items.slice();
  for (let i = result.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [result[i], result[j]] = [result[j]!, result[i]!];
  }
  return result;
}

/** A fresh seed for an attempt that was given none: short, readable, and reported with the result. */
export function newSeed(random: () => number): string {
  return Math.floor(random() * 36 ** 8).toString(36).padStart(8, '0');
}
