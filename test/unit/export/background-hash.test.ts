import { createHash, randomBytes } from 'node:crypto';
import { appendFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hashInBackground, hashWhileWriting } from '../../../src/main/export/background-hash';

const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

describe('hashing on another thread', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'background-hash-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('hashes a complete file to its end, over several 1 MiB reads', async () => {
    const bytes = randomBytes((3 << 20) + 12_345);
    const path = join(dir, 'terima.linimasa-kiriman');
    writeFileSync(path, bytes);
    expect(await hashInBackground(path)).toEqual({ sha256: sha(bytes), size: bytes.length });
    writeFileSync(path, Buffer.alloc(0));
    expect(await hashInBackground(path)).toEqual({ sha256: sha(Buffer.alloc(0)), size: 0 });
  });

  it('rejects a file that is not there instead of waiting for it', async () => {
    await expect(hashInBackground(join(dir, 'hilang'))).rejects.toThrow(/ENOENT/);
  });

  it('follows a file while it is written, up to the size it is told', async () => {
    const path = join(dir, 'tulis.tmp');
    const first = randomBytes(1 << 20);
    const second = randomBytes(777);
    writeFileSync(path, first);
    const hashing = hashWhileWriting(path);
    appendFileSync(path, second);
    const whole = Buffer.concat([first, second]);
    expect(await hashing.finish(whole.length)).toEqual({ sha256: sha(whole), size: whole.length });
  });
});
