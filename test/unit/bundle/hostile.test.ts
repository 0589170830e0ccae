import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp } from '../../../src/main/app';
import {
  applyImport,
  BundleError,
  defaultBundleLimits,
  planImport,
  type BundleLimits,
  type BundleProblem,
} from '../../../src/main/bundle';
import { seedDemo } from '../../../src/main/cli/seed-demo';
import { contentHash } from '../../../src/main/bundle/content-hash';
import type { BundleManifest, BundlePost } from '../../../src/shared/domain/bundle';
import { exportBundle, photo, snapshot, useOffices, type Office } from './fixture';
import { rawZip, readZip, sha256, type RawEntry } from './zip-craft';
import { acting } from '../acting';

const { empty, tempDir } = useOffices();

/** A valid December bundle with two photos, made once; every hostile bundle starts from it. */
let baseDir: string;
let baseFile: string;
let base: Map<string, Buffer>;

beforeAll(async () => {
  baseDir = mkdtempSync(join(tmpdir(), 'linimasa-hostile-'));
  const app = openApp(join(baseDir, 'a'));
  await app.library.ready;
  await seedDemo(app.dispatchAs, '2026-12-15');
  const people = await acting(app)('people.list', {});
  if (!people.ok) throw new Error('people.list');
  const planner = (people.value as { id: string; role: string }[]).find(
    (p) => p.role === 'planner',
  )!;
  const ids: string[] = [];
  for (const seed of [11, 12]) {
    const result = await app.library.importStream(
      `foto-${seed}.jpg`,
      Readable.from([await photo(seed)]),
    );
    ids.push(result.assetId!);
  }
  const range = await acting(app)('posts.range', {
    from: '2026-12-01',
    to: '2026-12-31',
    filter: {},
  });
  if (!range.ok) throw new Error('posts.range');
  const post = (range.value as { id: string; version: number }[])[0]!;
  await acting(app)('posts.update', {
    id: post.id,
    version: post.version,
    actorId: planner.id,
    assetIds: ids,
  });
  baseFile = await exportBundle({ app, dir: app.paths.root }, join(baseDir, 'base.linimasa'));
  await app.shutdown();
  base = new Map((await readZip(baseFile)).map((e) => [e.name, e.data]));
}, 60_000);

afterAll(() => rmSync(baseDir, { recursive: true, force: true }));

const json = <T>(name: string): T => JSON.parse(base.get(name)!.toString()) as T;
const manifest = () => json<BundleManifest>('manifest.json');
const assetNames = () => [...base.keys()].filter((n) => n.startsWith('assets/'));

/**
 * A bundle from `entries` (name → bytes, JSON deflated, files stored) with the manifest last.
 * The manifest lists the entries as they now are, so that only the flaw under test is wrong,
 * unless `listing` says otherwise.
 */
function bundle(
  entries: Map<string, Buffer>,
  options: {
    listing?: 'recompute' | 'original';
    manifest?: (m: BundleManifest) => void;
    extra?: RawEntry[];
  } = {},
): Buffer {
  const files = [...entries].filter(([name]) => name !== 'manifest.json');
  const m = manifest();
  if ((options.listing ?? 'recompute') === 'recompute') {
    m.entries = files.map(([path, data]) => ({ path, size: data.length, sha256: sha256(data) }));
  }
  options.manifest?.(m);
  return rawZip([
    ...files.map(([name, data]): RawEntry => ({
      name,
      data,
      method: name.endsWith('.json') ? 8 : 0,
    })),
    ...(options.extra ?? []),
    { name: 'manifest.json', data: Buffer.from(JSON.stringify(m)), method: 8 },
  ]);
}

const copy = () => new Map(base);

/** base with one JSON entry replaced by `edit(parsed)`. */
function withJson<T>(name: string, edit: (value: T) => T): Map<string, Buffer> {
  const entries = copy();
  entries.set(name, Buffer.from(JSON.stringify(edit(json<T>(name)))));
  return entries;
}

interface Case {
  name: string;
  build: () => Buffer;
  problem: BundleProblem;
  message: RegExp;
  /** 'empty': a library without the bundle's photos (so a bad photo would be copied in). */
  target?: 'empty' | 'imported';
  limits?: Partial<BundleLimits>;
}

const cases: Case[] = [
  {
    name: 'an entry climbing out with ../',
    build: () =>
      bundle(base, { extra: [{ name: '../../.bashrc', data: Buffer.from('rm -rf ~') }] }),
    problem: 'unsafe_name',
    message: /"\.\.\/\.\.\/\.bashrc" mengandung "\.\."/,
  },
  {
    name: 'a ../ hidden inside a valid-looking folder',
    build: () =>
      bundle(base, { extra: [{ name: 'assets/../../../etc/cron.d/x', data: Buffer.from('x') }] }),
    problem: 'unsafe_name',
    message: /mengandung "\.\."/,
  },
  {
    name: 'an absolute path',
    build: () => bundle(base, { extra: [{ name: '/etc/passwd', data: Buffer.from('root') }] }),
    problem: 'unsafe_name',
    message: /"\/etc\/passwd" berjalur mutlak/,
  },
  {
    name: 'a Windows drive letter',
    build: () =>
      bundle(base, { extra: [{ name: 'C:/Windows/System32/evil.dll', data: Buffer.from('MZ') }] }),
    problem: 'unsafe_name',
    message: /berjalur mutlak/,
  },
  {
    name: 'backslashes',
    build: () => bundle(base, { extra: [{ name: '..\\..\\evil.bat', data: Buffer.from('x') }] }),
    problem: 'unsafe_name',
    message: /garis miring terbalik/,
  },
  {
    name: 'a NUL byte in a name',
    build: () =>
      bundle(base, {
        extra: [{ name: Buffer.from('data/posts.json\0.exe', 'latin1'), data: Buffer.from('[]') }],
      }),
    problem: 'unsafe_name',
    message: /karakter kendali/,
  },
  {
    name: 'a symlink entry',
    build: () =>
      bundle(base, {
        extra: [
          {
            name: `assets/${'e'.repeat(64)}.jpg`,
            data: Buffer.from('/etc/passwd'),
            attributes: (0o120777 << 16) >>> 0,
          },
        ],
      }),
    problem: 'symlink',
    message: /tautan simbolik/,
  },
  {
    name: 'the same name twice',
    build: () =>
      bundle(base, {
        extra: [{ name: 'data/posts.json', data: Buffer.from('[]'), method: 8 }],
      }),
    problem: 'duplicate_entry',
    message: /"data\/posts\.json" muncul lebih dari sekali/,
  },
  {
    name: 'a file that is no part of a bundle',
    build: () => bundle(base, { extra: [{ name: 'autorun.inf', data: Buffer.from('[autorun]') }] }),
    problem: 'unknown_entry',
    message: /"autorun\.inf" bukan bagian dari paket/,
  },
  {
    name: 'an entry the manifest does not list',
    build: () => {
      const entries = copy();
      const smuggled = Buffer.from('not a photo at all');
      entries.set(`assets/${sha256(smuggled)}.jpg`, smuggled);
      return bundle(entries, { listing: 'original' });
    },
    problem: 'unlisted_entry',
    message: /tidak tercantum di manifest/,
  },
  {
    name: 'an entry the manifest lists but the zip lacks',
    build: () => {
      const entries = copy();
      entries.delete(assetNames()[0]!);
      return bundle(entries, { listing: 'original' });
    },
    problem: 'missing_entry',
    message: /tercantum di manifest tetapi tidak ada/,
  },
  {
    name: 'a JSON entry declaring 100 MiB',
    build: () =>
      rawZip([
        ...[...base]
          .filter(([n]) => n !== 'manifest.json')
          .map(([name, data]): RawEntry => ({
            name,
            data,
            method: name.endsWith('.json') ? 8 : 0,
            declaredSize: name === 'data/posts.json' ? 300 * 1024 ** 2 : undefined,
          })),
        { name: 'manifest.json', data: base.get('manifest.json')!, method: 8 },
      ]),
    problem: 'too_large',
    message: /"data\/posts\.json" terlalu besar \(300 MB; batasnya 256 MB\)/,
  },
  {
    name: 'an entry over a lowered limit',
    build: () => bundle(base),
    limits: { jsonBytes: 1024 },
    problem: 'too_large',
    message: /terlalu besar/,
  },
  {
    name: 'a zip bomb (8 MiB of JSON from a few KB)',
    build: () => {
      const entries = copy();
      entries.set(
        'data/people.json',
        Buffer.concat([base.get('data/people.json')!, Buffer.alloc(8 * 1024 ** 2, 0x20)]),
      );
      return bundle(entries);
    },
    problem: 'zip_bomb',
    message: /"data\/people\.json" mengembang \d+ kali lipat saat dibuka \(bom zip\)/,
  },
  {
    name: 'two entries sharing one stretch of data (overlapping zip bomb)',
    build: () => {
      const files = [...base].filter(([n]) => n !== 'manifest.json');
      const first = files.findIndex(([n]) => n.startsWith('assets/'));
      const [, data] = files[first]!;
      return rawZip([
        ...files.map(([name, d]): RawEntry => ({
          name,
          data: d,
          method: name.endsWith('.json') ? 8 : 0,
        })),
        { name: `assets/${'d'.repeat(64)}.jpg`, data, sameDataAs: first },
        { name: 'manifest.json', data: base.get('manifest.json')!, method: 8 },
      ]);
    },
    problem: 'zip_bomb',
    message: /bertumpang-tindih/,
  },
  {
    name: 'a JSON entry changed after the manifest was written (same size)',
    build: () => {
      const entries = copy();
      const people = base.get('data/people.json')!.toString();
      entries.set('data/people.json', Buffer.from(people.replace('"planner"', '"admin__"')));
      return bundle(entries, { listing: 'original' });
    },
    problem: 'checksum',
    message: /isi "data\/people\.json" tidak cocok dengan sidik jari SHA-256/,
  },
  {
    name: 'a JSON entry of another size than listed',
    build: () => {
      const entries = copy();
      entries.set('data/people.json', Buffer.from('[]'));
      return bundle(entries, { listing: 'original' });
    },
    problem: 'checksum',
    message: /ukuran "data\/people\.json" tidak sama/,
  },
  {
    name: 'a photo whose bytes do not match its hash',
    target: 'empty',
    build: () => {
      const entries = copy();
      const name = assetNames()[1]!;
      const bytes = Buffer.from(entries.get(name)!);
      bytes.writeUInt8(bytes[bytes.length - 100]! ^ 0xff, bytes.length - 100);
      entries.set(name, bytes);
      return bundle(entries, { listing: 'original' });
    },
    problem: 'checksum',
    message: /isi "assets\/[0-9a-f]{64}\.jpg" tidak cocok dengan sidik jari/,
  },
  {
    // Every checksum agrees (a tool other than Linimasa made it, or someone re-hashed it): only
    // the content is wrong. The dry run must refuse it as the import does, not pass it.
    name: 'a photo swapped for a web page, with every hash made to match',
    target: 'empty',
    build: () => {
      const photoName = assetNames()[0]!;
      const old = photoName.slice('assets/'.length, -'.jpg'.length);
      const page = Buffer.from(
        '<!doctype html><html><body><script>alert(1)</script></body></html>',
      );
      const swapped = sha256(page);
      const entries = copy();
      entries.delete(photoName);
      entries.set(`assets/${swapped}.jpg`, page);
      const assets = json<{ sha256: string; size: number }[]>('data/assets.json').map((a) =>
        a.sha256 === old ? { ...a, sha256: swapped, size: page.length } : a,
      );
      entries.set('data/assets.json', Buffer.from(JSON.stringify(assets)));
      const posts = json<BundlePost[]>('data/posts.json').map((post) => {
        const edited = { ...post, assets: post.assets.map((a) => (a === old ? swapped : a)) };
        return { ...edited, contentHash: contentHash(edited) };
      });
      entries.set('data/posts.json', Buffer.from(JSON.stringify(posts)));
      const bytes = assets.reduce((sum, a) => sum + a.size, 0);
      return bundle(entries, { manifest: (m) => (m.counts.assetBytes = bytes) });
    },
    problem: 'corrupt',
    message:
      /Aset "foto-1[12]\.jpg" dari paket tidak dapat ditambahkan ke pustaka: Isi berkas tidak sesuai dengan namanya \(\.jpg\)/,
  },
  {
    name: 'a manifest from a newer Linimasa',
    build: () => bundle(base, { manifest: (m) => Object.assign(m, { schemaVersion: 2 }) }),
    problem: 'future_version',
    message:
      /dibuat oleh versi Linimasa yang lebih baru \(format paket 2; versi ini membaca sampai 1\)/,
  },
  {
    name: 'a post that fails the schema',
    build: () =>
      bundle(
        withJson<BundlePost[]>('data/posts.json', (posts) => [
          { ...posts[0]!, status: 'bocor' as never },
          ...posts.slice(1),
        ]),
      ),
    problem: 'invalid_data',
    message: /isi data\/posts\.json tidak sesuai format \(0\.status: /,
  },
  {
    name: 'a post edited without its content hash',
    build: () =>
      bundle(
        withJson<BundlePost[]>('data/posts.json', (posts) => [
          { ...posts[0]!, title: 'Disusupi' },
          ...posts.slice(1),
        ]),
      ),
    problem: 'invalid_data',
    message: /sidik isi unggahan "Disusupi" tidak cocok/,
  },
  {
    name: 'a javascript: link',
    build: () =>
      bundle(
        withJson<BundlePost[]>('data/posts.json', (posts) => [
          { ...posts[0]!, link: 'javascript:alert(1)' },
          ...posts.slice(1),
        ]),
      ),
    problem: 'invalid_data',
    message: /Tautan harus diawali http/,
  },
  {
    name: 'a post naming a channel the bundle lacks',
    build: () =>
      bundle(
        withJson<unknown[]>('data/channels.json', () => []),
        {
          manifest: (m) => (m.counts.channels = 0),
        },
      ),
    problem: 'invalid_data',
    message: /menyebut kanal [0-9a-f-]{36} yang tidak ada di paket/,
  },
  {
    name: 'an encrypted entry',
    build: () =>
      rawZip([
        ...[...base].map(([name, data]): RawEntry => ({
          name,
          data,
          method: 8,
          flags: name === 'data/posts.json' ? 0x801 : 0x800,
        })),
      ]),
    problem: 'encrypted',
    message: /"data\/posts\.json" terenkripsi/,
  },
  {
    name: 'a zip without a manifest',
    build: () => {
      const entries = copy();
      entries.delete('manifest.json');
      return rawZip([...entries].map(([name, data]) => ({ name, data })));
    },
    problem: 'not_bundle',
    message: /bukan paket Linimasa: manifest\.json tidak ada/,
  },
  {
    name: 'not a zip at all',
    build: () => Buffer.from('Rencana konten Desember: lihat lampiran.\n'.repeat(50)),
    problem: 'not_zip',
    message: /bukan paket Linimasa \(\.linimasa\): isinya bukan arsip zip/,
  },
  {
    name: 'a truncated copy',
    build: () => {
      const whole = bundle(base);
      return whole.subarray(0, Math.floor(whole.length * 0.6));
    },
    problem: 'truncated',
    message: /Paket terpotong/,
  },
];

async function target(kind: Case['target']): Promise<Office> {
  const office = await empty();
  if (kind !== 'empty') await applyImport(office.app, baseFile);
  return office;
}

describe('a hostile or broken bundle', () => {
  it('the untouched base bundle imports (so each refusal below is the flaw’s doing)', async () => {
    const office = await empty();
    const file = join(tempDir(), 'rebuilt.linimasa');
    writeFileSync(file, bundle(base));
    const plan = await planImport(office.app, file);
    expect(plan.counts.new).toBe(12);
    expect(plan.assets.new).toBe(2);
  });

  it.each(cases)('is refused: $name', async (c) => {
    const office = await target(c.target);
    const file = join(tempDir(), 'hostile.linimasa');
    writeFileSync(file, c.build());
    const limits = { ...defaultBundleLimits, ...c.limits };
    const before = snapshot(office);

    for (const attempt of [
      () => planImport(office.app, file, { limits }),
      () => applyImport(office.app, file, {}, { limits }),
    ]) {
      const error = await attempt().then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(BundleError);
      expect(error).toMatchObject({ problem: c.problem, code: 'invalid_request' });
      expect((error as Error).message).toMatch(c.message);
    }
    // Nothing changed: not a row, not a file (incoming/ included).
    expect(snapshot(office)).toEqual(before);
  });
});
