import { statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyImport, planImport, writeBundle } from '../../../src/main/bundle';
import { defaultBundleLimits } from '../../../src/main/bundle/limits';
import { openBundle } from '../../../src/main/bundle/reader';
import { seedBulk } from '../../../src/main/db/seed-bulk';
import { writeFileAtomically } from '../../../src/main/export/output-file';
import { loadSchedule } from '../../../src/main/export/schedule';
import { exportFilterSchema } from '../../../src/shared/domain/exports';
import { postStatuses } from '../../../src/shared/domain/post-status';
import { addDaysLocal, todayIn } from '../../../src/shared/time';
import { useOffices } from './fixture';

const { empty, tempDir } = useOffices();

const words = (
  'kegiatan bupati warga desa layanan publik kesehatan pendidikan jalan jembatan pasar ' +
  'festival budaya lomba posyandu vaksinasi banjir bantuan sosial rapat koordinasi musrenbang'
).split(' ');

/** A caption of about `chars` characters of ordinary words (it deflates like real text). */
function caption(seed: number, chars: number): string {
  const parts: string[] = [];
  let length = 0;
  let x = seed;
  while (length < chars) {
    x = (x * 1103515245 + 12345) % 2 ** 31;
    const word = words[x % words.length]!;
    parts.push(word);
    length += word.length + 1;
  }
  return parts.join(' ').slice(0, chars);
}

describe('export and import agree on limits', () => {
  it('a bundle whose posts.json is larger than the old 64 MiB limit round-trips', async () => {
    const a = await empty('a');
    // seedBulk spreads posts over five years; the longest export range, 400 days, holds ~1,160.
    seedBulk(a.app.db, { posts: 5_300 });
    const today = todayIn(a.app.services.settings.get().timeZone);
    const filter = exportFilterSchema.parse({
      from: addDaysLocal(today, -200),
      to: addDaysLocal(today, 199),
      statuses: [...postStatuses],
    });
    const ids = loadSchedule(a.app.db, filter).posts.map((post) => post.id);
    const posts = ids.length;
    expect(posts).toBeGreaterThan(1_100);
    const setCaption = a.app.db.prepare('UPDATE posts SET caption = ? WHERE id = ?');
    a.app.db.transaction(() => ids.forEach((id, i) => setCaption.run(caption(i, 60_000), id)))();
    const schedule = loadSchedule(a.app.db, filter);
    const file = join(tempDir(), 'tahunan.linimasa');
    await writeFileAtomically(file, async (out) => {
      await writeBundle({ db: a.app.db, dataDir: a.dir }, schedule, out);
    });

    const opened = await openBundle(file);
    const postsJson = opened.manifest.entries.find((e) => e.path === 'data/posts.json')!;
    opened.close();
    expect(postsJson.size).toBeGreaterThan(64 * 1024 ** 2);
    expect(statSync(file).size).toBeLessThan(postsJson.size); // deflated, like text

    const b = await empty('b');
    const plan = await planImport({ db: b.app.db }, file);
    expect(plan.counts.new).toBe(posts);
    const summary = await applyImport({ db: b.app.db, library: b.app.library }, file);
    expect(summary.created).toBe(posts);
    const stored = b.app.db
      .prepare('SELECT caption FROM posts ORDER BY length(caption) DESC LIMIT 1')
      .get() as { caption: string };
    expect(stored.caption).toHaveLength(60_000);
  }, 240_000);

  it('export refuses, in the importer’s words, a JSON entry the importer would refuse', async () => {
    const a = await empty('a');
    seedBulk(a.app.db, { posts: 200 });
    a.app.db.prepare('UPDATE posts SET caption = ?').run(caption(7, 2_000));
    const schedule = loadSchedule(
      a.app.db,
      exportFilterSchema.parse({
        from: addDaysLocal(todayIn(a.app.services.settings.get().timeZone), -200),
        to: addDaysLocal(todayIn(a.app.services.settings.get().timeZone), 199),
        statuses: [...postStatuses],
      }),
    );
    const limits = { ...defaultBundleLimits, jsonBytes: 50_000 };
    const file = join(tempDir(), 'besar.linimasa');
    const refused = await writeFileAtomically(file, async (out) => {
      await writeBundle({ db: a.app.db, dataDir: a.dir }, schedule, out, { limits });
    }).then(
      () => null,
      (error: unknown) => error as Error,
    );
    expect(refused?.message).toMatch(
      /^Paket tidak dapat dibuat: entri "data\/posts\.json" terlalu besar \([\d,]+ KB; batasnya 48,8 KB\)\./,
    );
    // The same bundle written without the lowered limit is refused by an importer that has it.
    await writeFileAtomically(file, async (out) => {
      await writeBundle({ db: a.app.db, dataDir: a.dir }, schedule, out);
    });
    await expect(openBundle(file, { limits })).rejects.toThrow(
      /entri "data\/posts\.json" terlalu besar \([\d,]+ KB; batasnya 48,8 KB\)/,
    );
  });
});
