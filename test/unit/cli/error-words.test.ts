import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src/main/cli/run';
import { id } from '../../../src/shared/i18n';
import { useTempDir } from '../helpers';

const tempDir = useTempDir();

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l), env: {} });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('cli: errors the app raises', () => {
  it('are printed in the Indonesian catalog text', async () => {
    const dir = join(tempDir(), 'kantor');
    expect((await cli('init', '--data-dir', dir)).code).toBe(0);
    const file = join(tempDir(), 'bukan-paket.linimasa');
    writeFileSync(file, 'ini surat, bukan paket');
    const result = await cli('import-bundle', file, '--data-dir', dir);
    expect(result.code).toBe(1);
    expect(result.err).toBe(`Gagal: ${id.errors.bundle.notZip}`);
  });
});
