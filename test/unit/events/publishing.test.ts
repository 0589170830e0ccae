import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openApp, type LinimasaApp } from '../../../src/main/app';
import type { ChangeEvent } from '../../../src/shared/api/events';
import { acting } from '../acting';
import { useTempDir } from '../helpers';

const tempDir = useTempDir();
let app: LinimasaApp;
afterEach(() => app?.close());

function recording() {
  app = openApp(join(tempDir(), 'data'));
  const seen: ChangeEvent[] = [];
  app.events.subscribe((event) => seen.push(event));
  return seen;
}

describe('dispatch publishes after a change', () => {
  it('announces a post edit with its id, new version and who did it; reads announce nothing', async () => {
    const seen = recording();
    const planner = app.services.people.create({ name: 'Nurul', role: 'planner' });
    const call = acting(app);
    const created = await call('posts.create', { title: 'Pengumuman', actorId: planner.id });
    expect(created.ok).toBe(true);
    const post = (created as { value: { id: string; version: number } }).value;
    await call('posts.get', { id: post.id, actorId: planner.id });
    await call('posts.range', { from: '2026-01-01', to: '2026-01-31', actorId: planner.id });
    const updated = await call('posts.update', {
      id: post.id,
      version: post.version,
      title: 'Pengumuman baru',
      actorId: planner.id,
    });
    expect(updated.ok, JSON.stringify(updated)).toBe(true);
    expect(seen.map((e) => [e.kind, e.method, e.ids, e.version, e.by?.name])).toEqual([
      ['post', 'posts.create', [post.id], post.version, 'Nurul'],
      ['post', 'posts.update', [post.id], post.version + 1, 'Nurul'],
    ]);
  });

  it('announces every id of a bulk call, nothing for a refused call, null `by` for the CLI', async () => {
    const seen = recording();
    const call = acting(app);
    const planner = app.services.people.create({ name: 'Nurul', role: 'planner' });
    const a = app.services.posts.create({ title: 'A', actorId: planner.id });
    const b = app.services.posts.create({ title: 'B', actorId: planner.id });
    seen.length = 0;
    const bulk = await call('posts.bulkDelete', {
      items: [
        { id: a.id, version: a.version },
        { id: b.id, version: b.version },
      ],
      actorId: planner.id,
    });
    expect(bulk.ok).toBe(true);
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ kind: 'post', ids: [a.id, b.id], method: 'posts.bulkDelete' });
    // A stale version: refused, nothing announced.
    const stale = await call('posts.update', {
      id: a.id,
      version: a.version,
      title: 'x',
      actorId: planner.id,
    });
    expect(stale.ok).toBe(false);
    expect(seen).toHaveLength(1);
    await call('settings.update', { officeName: 'Diskominfo' });
    expect(seen[1]).toMatchObject({ kind: 'settings', ids: [], by: null });
  });
});
