import { describe, expect, it } from 'vitest';
import {
  assetQueryRepository,
  decodeCursor,
  encodeCursor,
  type AssetQuery,
} from '../../../src/main/db/repositories/asset-query';
import { useLibrary } from './app';
import { image, put } from './fixtures';

const library = useLibrary();

describe('asset query plans', () => {
  it('a common search word (walk the sort order) and a rare one (drive from the hits) find the same rows', async () => {
    const { app, source, call } = await library();
    for (let n = 0; n < 12; n++) {
      put(
        source,
        `${n % 3 === 0 ? 'pantai' : 'pasar'}-${n}.png`,
        await image('png', { seed: n, width: 40 + n, height: 30 }),
      );
    }
    const { results } = await app.library.importPaths([source]);
    await call('assets.bulkTag', {
      ids: results.slice(0, 5).map((r) => r.assetId!),
      add: ['acara'],
    });

    const driving = assetQueryRepository(app.db); // 12 rows: always below the threshold
    const walking = assetQueryRepository(app.db, { driveFromSearchBelow: 0 });
    const queries: AssetQuery[] = [
      { match: '"pantai"*' },
      { match: '"pasar"*', tags: ['acara'] },
      { match: '"pa"*', orientation: 'landscape' },
      { match: '"tidakada"*' },
    ];
    for (const query of queries) {
      for (const sort of ['newest', 'name', 'largest'] as const) {
        const a = driving.page(query, { sort, limit: 5 });
        const b = walking.page(query, { sort, limit: 5 });
        expect(b.rows.map((r) => r.id)).toEqual(a.rows.map((r) => r.id));
        expect(b.nextCursor).toEqual(a.nextCursor);
        expect(walking.count(query)).toBe(driving.count(query));
      }
    }
    expect(driving.count({ match: '"pantai"*' })).toBe(4);
    expect(driving.count({ match: '"pasar"*', tags: ['acara'] })).toBeGreaterThan(0);
  });

  it('cursors round-trip and anything else is refused', () => {
    expect(decodeCursor(encodeCursor(['2024-08-17T09:30:00', 42]))).toEqual([
      '2024-08-17T09:30:00',
      42,
    ]);
    expect(decodeCursor(encodeCursor([1234, 7]))).toEqual([1234, 7]);
    for (const bad of [
      '',
      'x',
      Buffer.from('[1]').toString('base64url'),
      Buffer.from('{"a":1}').toString('base64url'),
    ]) {
      expect(decodeCursor(bad)).toBeNull();
    }
  });
});
