import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createRandom, hashSeed, newSeed, shuffle } from '../../src/engine/index.js';

describe('seeded randomness (pinned: a change here changes what every seeded learner saw)', () => {
  it('hashes seeds with FNV-1a, numbers as their decimal text', () => {
    assert.equal(hashSeed(''), 2166136261);
    assert.equal(hashSeed('student-42'), 3303165969);
    assert.equal(hashSeed(42), hashSeed('42'));
    assert.equal(hashSeed(42), 2279835011);
  });

  it('draws the same mulberry32 sequence for the same seed', () => {
    const random = createRandom('student-42');
    assert.deepEqual([random(), random(), random()], [0.9538411623798311, 0.005508054047822952, 0.9465449159033597]);
  });

  it('shuffles to a pinned permutation, leaving the input alone', () => {
    const input = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    assert.deepEqual(shuffle(input, createRandom('student-42')), [2, 9, 6, 5, 3, 4, 7, 8, 1, 10]);
    assert.deepEqual(input, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('gives a permutation for every seed, and different seeds give different orders', () => {
    const input = Array.from({ length: 20 }, (_, i) => i);
    const orders = new Set<string>();
    for (let seed = 0; seed < 200; seed++) {
      const result = shuffle(input, createRandom(seed));
      assert.deepEqual([...result].sort((a, b) => a - b), input);
      orders.add(result.join());
    }
    assert.equal(orders.size, 200);
  });

  it('makes short base-36 seeds from the randomness it is given', () => {
    assert.equal(newSeed(() => 0), '00000000');
    assert.match(newSeed(createRandom('x')), /^[0-9a-z]{8}$/);
  });
});
