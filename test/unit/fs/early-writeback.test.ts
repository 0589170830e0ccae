import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { earlyWriteback } from '../../../src/main/fs/early-writeback';

/** A real file handle whose datasync calls are counted (and can be made to fail). */
async function countedHandle(path: string, fail?: NodeJS.ErrnoException) {
  const handle = await open(path, 'w');
  let calls = 0;
  const real = handle.datasync.bind(handle);
  handle.datasync = async () => {
    calls += 1;
    if (fail) throw fail;
    await real();
  };
  return { handle, calls: () => calls };
}

describe('earlyWriteback', () => {
  let dir: string;
  let handle: FileHandle | undefined;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'linimasa-writeback-'));
  });
  afterEach(async () => {
    await handle?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('starts a datasync once `every` bytes are written, one at a time, and waits for it', async () => {
    const counted = await countedHandle(join(dir, 'out.bin'));
    handle = counted.handle;
    const writeback = earlyWriteback(handle, 1000);
    await handle.write(Buffer.alloc(600, 1));
    writeback.written(600);
    expect(counted.calls()).toBe(0);
    await handle.write(Buffer.alloc(600, 2));
    writeback.written(600);
    expect(counted.calls()).toBe(1);
    // One in flight: more bytes do not start a second one until it is done.
    writeback.written(5000);
    expect(counted.calls()).toBe(1);
    await writeback.settled();
    writeback.written(1000);
    expect(counted.calls()).toBe(2);
    await writeback.settled();
    await handle.close();
    handle = undefined;
    expect(readFileSync(join(dir, 'out.bin')).length).toBe(1200);
  });

  it('passes a failed writeback on (a full disk is not swallowed)', async () => {
    const full = Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
    const counted = await countedHandle(join(dir, 'out.bin'), full);
    handle = counted.handle;
    const writeback = earlyWriteback(handle, 10);
    writeback.written(20);
    await expect(writeback.settled()).rejects.toMatchObject({ code: 'ENOSPC' });
  });
});
