import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { applyImport, planImport } from '../../../src/main/bundle';
import { keyedText } from '../../../src/main/cli/words';
import { wordKeyed } from '../../../src/renderer/api/error-words';
import { i18n } from '../../../src/renderer/i18n';
import { exportBundle, useOffices } from './fixture';

const { demo, empty, tempDir } = useOffices();
afterEach(async () => {
  await i18n.changeLanguage('id');
});

describe('a dry run’s notices', () => {
  it('come as a catalog key with values, worded by the interface and the CLI', async () => {
    const { a, planner } = await demo();
    const b = await empty();
    await applyImport(b.app, await exportBundle(a, join(tempDir(), 'awal.linimasa')));
    // B calls one of A's channels by another name; A sends its December again.
    const channel = (await b.call('channels.list', {})).find((c) => c.active)!;
    await b.call('channels.update', { id: channel.id, name: 'IG Humas (lama)' });
    const posts = await a.call('posts.range', { from: '2026-12-01', to: '2026-12-31', filter: {} });
    const changed = posts.find((p) => p.channels.some((link) => link.channelId === channel.id))!;
    const post = await a.call('posts.get', { id: changed.id });
    await a.call('posts.update', {
      id: post.id,
      version: post.version,
      actorId: planner.id,
      title: `${post.title} (diperbarui)`,
    });
    const plan = await planImport(b.app, await exportBundle(a, join(tempDir(), 'lagi.linimasa')));

    const notice = plan.notices.find((n) => n.key === 'bundleNotice.channelRenamed');
    expect(notice).toEqual({
      key: 'bundleNotice.channelRenamed',
      params: { bundleName: channel.name, localName: 'IG Humas (lama)' },
      message: `Kanal "${channel.name}" di paket bernama "IG Humas (lama)" di sini; nama di sini dipakai.`,
    });
    expect(keyedText(notice!)).toBe(notice!.message);
    await i18n.changeLanguage('en');
    expect(wordKeyed(notice!, i18n)).toBe(
      `Channel "${channel.name}" in the bundle is called "IG Humas (lama)" here; the name here is kept.`,
    );
    // A key this build does not know keeps main's words.
    expect(wordKeyed({ ...notice!, key: 'bundleNotice.fromTheFuture' }, i18n)).toBe(
      notice!.message,
    );
  });
});
