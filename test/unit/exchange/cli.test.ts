import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { usage } from '../../../src/main/cli/run';
import { runCliCaptured } from '../cli-run';
import { useTempDir } from '../helpers';

const tempDir = useTempDir('linimasa-exchange-cli-');

/** The fingerprint the CLI printed ("Sidik jari kunci: 3F9A C1D2 …"). */
const fingerprintIn = (text: string) => /Sidik jari kunci: ([0-9A-F ]{79})/.exec(text)![1]!;

describe('cli exchange', () => {
  it('lists the command in the usage', () => {
    expect(usage).toContain('exchange sync|status|setup');
    expect(usage).toContain('--confirm');
  });

  it('carries an office identity between two data directories whose folders are copied', async () => {
    const root = tempDir();
    const province = join(root, 'provinsi');
    const gowa = join(root, 'gowa');
    // Each office has its own copy of the shared folder, as Syncthing keeps one per computer.
    const provinceFolder = join(root, 'folder-provinsi');
    const gowaFolder = join(root, 'folder-gowa');
    mkdirSync(provinceFolder);
    mkdirSync(gowaFolder);
    const run = (dir: string, ...argv: string[]) => runCliCaptured(...argv, '--data-dir', dir);
    expect((await run(province, 'init')).code).toBe(0);
    expect((await run(gowa, 'init')).code).toBe(0);

    // Before set-up, a sync says what is missing, in Indonesian, and fails.
    const early = await run(gowa, 'exchange', 'sync');
    expect(early.code).toBe(1);
    expect(early.err).toContain('Identitas kantor untuk pertukaran antar-kantor belum diatur');

    const badLevel = await run(
      gowa,
      'exchange',
      'setup',
      '--code',
      '73.06',
      '--name',
      'Gowa',
      '--level',
      'provinsi',
    );
    expect(badLevel.code).toBe(1);
    expect(badLevel.err).toContain('Kode wilayah 73.06 tidak cocok dengan tingkat kantor');
    expect(
      (await run(gowa, 'exchange', 'setup', '--code', '7306', '--name', 'X', '--level', 'provinsi'))
        .code,
    ).toBe(2);

    const provinceSetup = await run(
      province,
      'exchange',
      'setup',
      '--code',
      '73',
      '--name',
      'Diskominfo Provinsi Sulawesi Selatan',
      '--level',
      'provinsi',
    );
    expect(provinceSetup.code).toBe(0);
    const gowaSetup = await run(
      gowa,
      'exchange',
      'setup',
      '--code',
      '73.06',
      '--name',
      'Diskominfo Kabupaten Gowa',
      '--level',
      'kabupaten-kota',
    );
    expect(gowaSetup.code).toBe(0);
    const provinceFolderSet = await run(province, 'exchange', 'folder', provinceFolder);
    expect(provinceFolderSet.code).toBe(0);
    // Nothing is written into the shared folder unasked; the next step is named.
    expect(provinceFolderSet.out).toContain('kirim kartu identitasnya: exchange identity send');
    expect(existsSync(join(provinceFolder, '73'))).toBe(false);
    expect((await run(gowa, 'exchange', 'folder', gowaFolder)).code).toBe(0);

    // The identity files travel by flash drive or chat; the fingerprint by telephone.
    const provinceCard = join(root, '73.linimasa-kantor.json');
    expect(
      (await run(province, 'exchange', 'identity', 'export', '--out', provinceCard)).code,
    ).toBe(0);
    const wrong = await run(
      gowa,
      'exchange',
      'identity',
      'import',
      provinceCard,
      '--confirm',
      '0000 '.repeat(16),
    );
    expect(wrong.code).toBe(1);
    expect(wrong.err).toContain('Sidik jari yang dikonfirmasi tidak sama');
    const missing = await run(gowa, 'exchange', 'identity', 'import', provinceCard);
    expect(missing.code).toBe(2);
    const imported = await run(
      gowa,
      'exchange',
      'identity',
      'import',
      provinceCard,
      '--confirm',
      fingerprintIn(provinceSetup.out),
    );
    expect(imported.code).toBe(0);
    expect(imported.out).toContain('Kantor Diskominfo Provinsi Sulawesi Selatan (73) ditambahkan.');

    // The province renames itself and tells everyone; Syncthing copies its outbox over.
    await run(
      province,
      'exchange',
      'setup',
      '--code',
      '73',
      '--name',
      'Dinas Kominfo Sulsel',
      '--level',
      'provinsi',
    );
    const sent = await run(province, 'exchange', 'identity', 'send');
    expect(sent.code).toBe(0);
    expect(sent.out).toMatch(/73\/outbox\/00000001-[0-9a-f]{16}\.identity\.linimasa-kiriman/);
    cpSync(join(provinceFolder, '73'), join(gowaFolder, '73'), { recursive: true });

    const first = await run(gowa, 'exchange', 'sync');
    expect(first.code).toBe(0);
    expect(first.out).toContain('Diterima: identitas kantor no. 1 dari Dinas Kominfo Sulsel (73)');
    expect(first.out).toContain('Pemeriksaan selesai: 1 diterima, 0 ditolak, 0 menunggu lengkap.');
    // Once only: the same folder again, or the file copied over again.
    cpSync(join(provinceFolder, '73'), join(gowaFolder, '73'), { recursive: true });
    const second = await run(gowa, 'exchange', 'sync');
    expect(second.out).toBe('Pemeriksaan selesai: 0 diterima, 0 ditolak, 0 menunggu lengkap.');

    // A half-copied file waits; a file from an office Gowa does not know is refused with why.
    const outbox = join(provinceFolder, '73', 'outbox');
    await run(province, 'exchange', 'identity', 'send');
    const newest = readdirSync(outbox).sort().at(-1)!;
    const bytes = readFileSync(join(outbox, newest));
    writeFileSync(join(gowaFolder, '73', 'outbox', newest), bytes.subarray(0, 100));
    mkdirSync(join(gowaFolder, '73.09', 'outbox'), { recursive: true });
    const maros = join(root, 'maros');
    await run(maros, 'init');
    await run(
      maros,
      'exchange',
      'setup',
      '--code',
      '73.09',
      '--name',
      'Diskominfo Kabupaten Maros',
      '--level',
      'kabupaten-kota',
    );
    await run(maros, 'exchange', 'folder', gowaFolder);
    await run(maros, 'exchange', 'identity', 'send');
    const third = await run(gowa, 'exchange', 'sync');
    expect(third.code).toBe(0);
    expect(third.out).toContain(`Menunggu: 73/outbox/${newest} belum lengkap`);
    expect(third.out).toContain('Kiriman dari kantor 73.09 ditolak: kantor itu belum dikenal.');
    expect(third.out).toContain('Pemeriksaan selesai: 0 diterima, 1 ditolak, 1 menunggu lengkap.');
    writeFileSync(join(gowaFolder, '73', 'outbox', newest), bytes);
    const fourth = await run(gowa, 'exchange', 'sync');
    expect(fourth.out).toContain('Diterima: identitas kantor no. 2 dari Dinas Kominfo Sulsel (73)');

    const status = await run(gowa, 'exchange', 'status');
    expect(status.code).toBe(0);
    expect(status.out).toContain(
      'Identitas kantor ini: Diskominfo Kabupaten Gowa (73.06, Kabupaten/kota)',
    );
    expect(status.out).toContain(`Sidik jari kunci: ${fingerprintIn(gowaSetup.out)}`);
    expect(status.out).toContain('73  Dinas Kominfo Sulsel (Provinsi)');
    expect(status.out).toMatch(
      /\d{4}-\d{2}-\d{2} \d{2}\.\d{2} WIB {2}Dinas Kominfo Sulsel \(73\) {2}identitas kantor no\. 2 {2}Diterima/,
    );
    expect(status.out).toContain('Ditolak: Kiriman dari kantor 73.09 ditolak');
    // The province's computer is replaced: its new key is refused until Gowa forgets the old one.
    const newProvince = join(root, 'provinsi-baru');
    await run(newProvince, 'init');
    const newSetup = await run(
      newProvince,
      'exchange',
      'setup',
      '--code',
      '73',
      '--name',
      'Dinas Kominfo Sulsel',
      '--level',
      'provinsi',
    );
    const newCard = join(root, '73-baru.linimasa-kantor.json');
    await run(newProvince, 'exchange', 'identity', 'export', '--out', newCard);
    const changed = await run(
      gowa,
      'exchange',
      'identity',
      'import',
      newCard,
      '--confirm',
      fingerprintIn(newSetup.out),
    );
    expect(changed.code).toBe(1);
    expect(changed.err).toContain(
      'Kantor 73 (Dinas Kominfo Sulsel) sudah dikenal dengan kunci lain.',
    );
    expect((await run(gowa, 'exchange', 'forget', '73')).out).toBe(
      'Kantor 73 dihapus dari daftar kantor yang dikenal.',
    );
    expect((await run(gowa, 'exchange', 'forget', '73')).code).toBe(1);
    expect(
      (
        await run(
          gowa,
          'exchange',
          'identity',
          'import',
          newCard,
          '--confirm',
          fingerprintIn(newSetup.out),
        )
      ).code,
    ).toBe(0);

    // Gowa wrote nothing into the province's folder, nor into its own outbox by syncing.
    expect(readdirSync(gowaFolder).sort()).toEqual(['73', '73.09']);
  });

  it('first contact: accepts an office from the card it put into the folder, fingerprint matched', async () => {
    const root = tempDir();
    const folder = join(root, 'pertukaran');
    mkdirSync(folder);
    const run = (dir: string, ...argv: string[]) => runCliCaptured(...argv, '--data-dir', dir);
    const setUp = async (dir: string, code: string, name: string, level: string) => {
      expect((await run(dir, 'init')).code).toBe(0);
      const setup = await run(
        dir,
        'exchange',
        'setup',
        '--code',
        code,
        '--name',
        name,
        '--level',
        level,
      );
      expect((await run(dir, 'exchange', 'folder', folder)).code).toBe(0);
      return fingerprintIn(setup.out);
    };
    const province = join(root, 'provinsi');
    const gowa = join(root, 'gowa');
    await setUp(province, '73', 'Diskominfo Provinsi Sulawesi Selatan', 'provinsi');
    const gowaPrint = await setUp(gowa, '73.06', 'Diskominfo Kabupaten Gowa', 'kabupaten-kota');
    expect((await run(gowa, 'exchange', 'identity', 'send')).code).toBe(0);

    const refused = await run(province, 'exchange', 'sync');
    expect(refused.out).toContain('Kiriman dari kantor 73.06 ditolak: kantor itu belum dikenal.');
    const status = await run(province, 'exchange', 'status');
    expect(status.out).toContain('Kantor baru: Diskominfo Kabupaten Gowa (73.06), Kabupaten/kota');
    expect(status.out).toContain(gowaPrint);

    const accept = (...flags: string[]) =>
      run(province, 'exchange', 'identity', 'accept', '73.06', ...flags);
    expect((await accept()).code).toBe(2);
    const wrong = await accept('--fingerprint', '0000 '.repeat(16));
    expect(wrong.code).toBe(1);
    expect(wrong.err).toContain('Sidik jari yang dikonfirmasi tidak sama');
    const accepted = await accept('--fingerprint', gowaPrint);
    expect(accepted.code).toBe(0);
    expect(accepted.out).toContain('Kantor Diskominfo Kabupaten Gowa (73.06) ditambahkan.');

    const applied = await run(province, 'exchange', 'sync');
    expect(applied.out).toContain(
      'Diterima: identitas kantor no. 1 dari Diskominfo Kabupaten Gowa (73.06)',
    );
    expect((await run(province, 'exchange', 'status')).out).not.toContain('Kantor baru');
  });
});
