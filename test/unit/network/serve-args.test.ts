import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseServeArgs } from '../../../src/main/web/serve-args';
import { useTempDir } from '../helpers';

const tempDir = useTempDir();

const refused = (argv: string[]) => {
  const parsed = parseServeArgs(argv);
  if (parsed.ok) throw new Error(`accepted: ${argv.join(' ')}`);
  return parsed.message;
};

describe('npm run serve arguments', () => {
  it('takes repeated --listen and --name, and one way of TLS', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'c.pem'), '');
    writeFileSync(join(dir, 'k.pem'), '');
    expect(
      parseServeArgs([
        '--data-dir',
        dir,
        '--listen',
        '0.0.0.0:8080',
        '--listen',
        '127.0.0.2:8080',
        '--name',
        'humas-pc.local',
        '--tls',
      ]),
    ).toEqual({
      ok: true,
      options: {
        dataDir: dir,
        listen: [
          { host: '0.0.0.0', port: 8080 },
          { host: '127.0.0.2', port: 8080 },
        ],
        names: ['humas-pc.local'],
        tls: { kind: 'self-signed' },
      },
    });
    const files = parseServeArgs([
      '--listen',
      '127.0.0.2:8443',
      '--tls-cert',
      join(dir, 'c.pem'),
      '--tls-key',
      join(dir, 'k.pem'),
    ]);
    expect(files).toMatchObject({ ok: true, options: { tls: { kind: 'files' } } });
  });

  it('tells each mistake in Indonesian', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'c.pem'), '');
    expect(refused([])).toMatch(/Sebutkan alamat yang dilayani/);
    expect(refused(['--listen', 'kantor:80'])).toMatch(/bukan alamat IPv4/);
    expect(refused(['--listen', '127.0.0.2:99999'])).toMatch(/Port 99999/);
    expect(refused(['--listen', '127.0.0.2:80', '--name', 'humas pc'])).toMatch(
      /bukan nama komputer/,
    );
    expect(refused(['--listen', '127.0.0.2:80', '--tls-cert', join(dir, 'c.pem')])).toMatch(
      /--tls-cert memerlukan --tls-key/,
    );
    expect(
      refused([
        '--listen',
        '127.0.0.2:80',
        '--tls-cert',
        join(dir, 'c.pem'),
        '--tls-key',
        join(dir, 'hilang.pem'),
      ]),
    ).toMatch(/Berkas kunci .*hilang\.pem tidak ditemukan/);
    expect(refused(['--listen', '127.0.0.2:80', '--tls', '--tls-cert', 'x'])).toMatch(
      /Pilih salah satu/,
    );
    expect(refused(['--listen', '127.0.0.2:80', '--port', '1'])).toMatch(
      /Pilihan --port tidak dikenal/,
    );
  });
});
