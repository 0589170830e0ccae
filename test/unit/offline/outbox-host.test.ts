import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startWebHost, type WebHost } from '../../../src/main/web/host';
import { createApi } from '../../../src/renderer/api/client';
import { blankDraft, draftFromPost } from '../../../src/renderer/features/editor/draft';
import { createOutboxStore } from '../../../src/renderer/features/offline/create-store';
import { readOutbox } from '../../../src/renderer/features/offline/outbox';
import { createConnectionStore } from '../../../src/renderer/stores/connection';
import type { Post } from '../../../src/shared/domain/posts';
import { useTempDir } from '../helpers';
import { MemoryStorage } from './memory-storage';

/**
 * The outbox against a real host over real HTTP: the host stops (its port refuses), saves wait
 * on "this device", the host starts again on the same data directory and port, and the saves
 * arrive in order; a save typed on an old version waits as a conflict until someone picks.
 */
const tempDir = useTempDir();
const token = 'offline-outbox-token-0123456789abcdef';
const zone = 'Asia/Jakarta';
let host: WebHost | null = null;
afterEach(async () => {
  await host?.close();
  host = null;
});

async function office() {
  const dataDir = join(tempDir(), 'data');
  host = await startWebHost({ dataDir, port: 0, token });
  const { sessionId } = await host.app.services.auth.setup(
    { name: 'Admin Humas', userName: 'admin', password: 'jadwal humas aman' },
    'test',
  );
  const port = host.http.port;
  const origin = host.http.origin;
  const connection = createConnectionStore();
  const api = createApi({
    baseUrl: origin,
    fetch: (url, init) =>
      fetch(url, {
        ...init,
        headers: {
          ...(init?.headers as Record<string, string>),
          'x-linimasa-token': token,
          cookie: `linimasa_signin=${sessionId}`,
        },
      }),
    onReachability: (reachable) => connection.getState().report(reachable),
  });
  const storage = new MemoryStorage();
  const owner = { origin, personId: 'admin' };
  const sent: string[] = [];
  let ids = 0;
  const outbox = createOutboxStore({
    api,
    storage,
    owner: () => owner,
    unreachable: () => !connection.getState().reachable,
    now: () => Date.now(),
    newId: () => `item-${++ids}`,
    sent: (item, post) => sent.push(`${item.key} → ${post.title}`),
  });
  const restart = async () => {
    host = await startWebHost({ dataDir, port, token });
  };
  const stop = async () => {
    await host!.close();
    host = null;
  };
  const stored = (id: string) => host!.app.services.posts.get(id);
  return { api, connection, outbox, storage, owner, sent, restart, stop, stored };
}

const edit = (post: Post, change: Partial<ReturnType<typeof blankDraft>>) => {
  const original = draftFromPost(post, zone, '09:00');
  return {
    key: `edit:${post.id}`,
    postId: post.id,
    draftKey: post.id,
    baseVersion: post.version,
    title: post.title,
    original,
    draft: { ...original, ...change },
  };
};

describe('outbox against a host that stops and starts again', () => {
  it('keeps saves on the device while the host is gone and sends them in order on its return', async () => {
    const o = await office();
    const created = await o.api.posts.create({ title: 'Rapat koordinasi' });
    if (!created.ok) throw new Error(created.error.message);
    await o.stop();

    // The host is gone: the next call fails and says so.
    expect((await o.api.app.info({})).ok).toBe(false);
    expect(o.connection.getState().reachable).toBe(false);
    o.outbox.getState().queue(edit(created.value, { caption: 'Diketik saat terputus' }));
    o.outbox.getState().queue(edit(created.value, { caption: 'Diketik lagi saat terputus' }));
    o.outbox.getState().queue({
      key: 'new:2026-12-10:1',
      postId: null,
      draftKey: 'new:2026-12-10',
      baseVersion: null,
      title: 'Unggahan baru',
      original: blankDraft({ defaultTime: '09:00' }),
      draft: {
        ...blankDraft({ date: '2026-12-10', defaultTime: '09:00' }),
        title: 'Unggahan baru',
      },
    });
    // Two saves of one post are one queued save; all of it is on the device.
    expect(readOutbox(o.storage, o.owner).map((item) => item.key)).toEqual([
      `edit:${created.value.id}`,
      'new:2026-12-10:1',
    ]);
    // Sending while the host is gone sends nothing and keeps everything.
    expect(await o.outbox.getState().flush()).toBe(0);
    expect(o.outbox.getState().items).toHaveLength(2);

    await o.restart();
    expect((await o.api.app.info({})).ok).toBe(true);
    expect(o.connection.getState().reachable).toBe(true);
    expect(await o.outbox.getState().flush()).toBe(2);
    expect(o.sent).toEqual([
      `edit:${created.value.id} → Rapat koordinasi`,
      'new:2026-12-10:1 → Unggahan baru',
    ]);
    expect(o.stored(created.value.id).caption).toBe('Diketik lagi saat terputus');
    expect(o.outbox.getState().items).toEqual([]);
    expect(o.storage.keys()).toEqual([]);
  });

  it('a save typed on an old version waits as a conflict; "Pakai versi saya" sends it on the new one', async () => {
    const o = await office();
    const created = await o.api.posts.create({ title: 'Hari Jadi', caption: 'Awal' });
    if (!created.ok) throw new Error(created.error.message);
    o.outbox.getState().queue(edit(created.value, { caption: 'Versi saya' }));
    const other = await o.api.posts.update({
      id: created.value.id,
      version: created.value.version,
      title: 'Hari Jadi Kabupaten',
    });
    expect(other.ok).toBe(true);

    expect(await o.outbox.getState().flush()).toBe(0);
    const [waiting] = o.outbox.getState().items;
    expect(waiting?.problem).toMatchObject({
      kind: 'conflict',
      theirs: { title: 'Hari Jadi Kabupaten', caption: 'Awal' },
    });
    // Still on the device after a reload of the page.
    expect(readOutbox(o.storage, o.owner)[0]?.problem?.kind).toBe('conflict');
    expect(o.stored(created.value.id).caption).toBe('Awal');

    await o.outbox.getState().keepMine(waiting!.id);
    expect(o.outbox.getState().items).toEqual([]);
    expect(o.stored(created.value.id)).toMatchObject({
      title: 'Hari Jadi Kabupaten',
      caption: 'Versi saya',
    });
  });

  it('"Pakai versi kantor" drops my queued save and leaves the host as it is', async () => {
    const o = await office();
    const created = await o.api.posts.create({ title: 'Pengumuman', caption: 'Kantor' });
    if (!created.ok) throw new Error(created.error.message);
    o.outbox.getState().queue(edit(created.value, { caption: 'Saya' }));
    await o.api.posts.update({ id: created.value.id, version: 1, caption: 'Kantor baru' });
    await o.outbox.getState().flush();
    o.outbox.getState().takeTheirs(o.outbox.getState().items[0]!.id);
    expect(readOutbox(o.storage, o.owner)).toEqual([]);
    expect(o.stored(created.value.id).caption).toBe('Kantor baru');
  });

  it('"Gabungkan per kolom" sends the merge view\'s result on the host\'s version', async () => {
    const o = await office();
    const created = await o.api.posts.create({ title: 'Pengumuman', caption: 'Kantor' });
    if (!created.ok) throw new Error(created.error.message);
    const mine = edit(created.value, { caption: 'Saya' });
    o.outbox.getState().queue(mine);
    await o.api.posts.update({ id: created.value.id, version: 1, caption: 'Kantor baru' });
    await o.outbox.getState().flush();
    const [waiting] = o.outbox.getState().items;
    expect(waiting?.problem?.kind).toBe('conflict');
    await o.outbox
      .getState()
      .keepMine(waiting!.id, { ...waiting!.draft, caption: 'Kantor baru, dan saya' });
    expect(o.outbox.getState().items).toEqual([]);
    expect(o.stored(created.value.id).caption).toBe('Kantor baru, dan saya');
  });
});
