import { describe, expect, it } from 'vitest';
import { classify } from '../../../src/main/bundle/classify';
import { mergeSeen, seenLimit } from '../../../src/main/db/repositories/bundle-history';

const [h0, h1, h2, h3] = ['a', 'b', 'c', 'd'].map((c) => c.repeat(64));

describe('classify', () => {
  it.each([
    ['not here', { local: undefined, localSeen: [], remote: h1!, remoteSeen: [] }, 'new'],
    ['the same content', { local: h1, localSeen: [], remote: h1!, remoteSeen: [] }, 'unchanged'],
    [
      'they changed what they had from us',
      { local: h0, localSeen: [h0!], remote: h1!, remoteSeen: [h0!] },
      'updated',
    ],
    [
      'they changed it, we never recorded the exchange',
      { local: h0, localSeen: [], remote: h1!, remoteSeen: [h0!] },
      'updated',
    ],
    [
      'we changed what we had from them',
      { local: h1, localSeen: [h0!], remote: h0!, remoteSeen: [] },
      'unchanged',
    ],
    [
      'both changed since the shared version',
      { local: h1, localSeen: [h0!], remote: h2!, remoteSeen: [h0!] },
      'conflict',
    ],
    [
      'never exchanged and different',
      { local: h1, localSeen: [], remote: h2!, remoteSeen: [] },
      'conflict',
    ],
    [
      'an old version of ours comes back (we moved on twice)',
      { local: h2, localSeen: [h0!, h1!], remote: h1!, remoteSeen: [h0!] },
      'unchanged',
    ],
    [
      'each has seen the other and they still differ (one went back to an old text)',
      { local: h1, localSeen: [h0!, h2!], remote: h2!, remoteSeen: [h0!, h1!] },
      'conflict',
    ],
    [
      'a third office: our base came from elsewhere, theirs is a parallel edit',
      { local: h1, localSeen: [h0!, h1!], remote: h3!, remoteSeen: [h0!] },
      'conflict',
    ],
  ] as const)('%s → %s', (_name, sides, kind) => {
    expect(classify(sides)).toBe(kind);
  });
});

describe('mergeSeen', () => {
  it('keeps each hash once at its latest place, base last, and the most recent few', () => {
    expect(mergeSeen([h0!, h1!], [h1!, h2!], h0!)).toEqual([h1, h2, h0]);
    const long = Array.from({ length: 100 }, (_, i) => i.toString(16).padStart(64, '0'));
    const merged = mergeSeen(long, [], h3!);
    expect(merged).toHaveLength(seenLimit);
    expect(merged.at(-1)).toBe(h3);
    expect(merged[0]).toBe(long[100 - seenLimit + 1]);
  });
});
