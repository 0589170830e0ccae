import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sweepPartials, writeFileAtomically } from '../../../src/main/export/output-file';
import { useTempDir } from '../helpers';

const tempDir = useTempDir();

describe('writeFileAtomically', () => {
  it('writes the whole file, reporting its size and SHA-256, and leaves nothing else', async () => {
    const dir = tempDir();
    const target = join(dir, 'jadwal.csv');
    const written = await writeFileAtomically(target, async (out) => {
      out.write('\uFEFFtanggal,judul\r\n');
      out.write('2026-12-01,"Rapat ""koordinasi"""\r\n');
    });
    const content = readFileSync(target);
    expect(written.bytes).toBe(content.length);
    expect(written.sha256).toBe(createHash('sha256').update(content).digest('hex'));
    expect(readdirSync(dir)).toEqual(['jadwal.csv']);
  });

  it('hashes on another thread while writing, with the same result', async () => {
    const dir = tempDir();
    const target = join(dir, 'paket.linimasa');
    const chunk = Buffer.alloc(3 << 20, 0x5a);
    const written = await writeFileAtomically(
      target,
      async (out) => {
        // Many chunks with pauses, so the worker catches up and waits several times.
        for (let i = 0; i < 8; i++) {
          if (!out.write(chunk.subarray(i))) await new Promise((r) => out.once('drain', r));
          await new Promise((r) => setTimeout(r, 5));
        }
      },
      undefined,
      { hashInBackground: true },
    );
    const content = readFileSync(target);
    expect(written.bytes).toBe(content.length);
    expect(written.sha256).toBe(createHash('sha256').update(content).digest('hex'));
    expect(readdirSync(dir)).toEqual(['paket.linimasa']);
    await expect(
      writeFileAtomically(
        target,
        async (out) => {
          out.write(chunk);
          throw new Error('flashdisk dicabut');
        },
        undefined,
        { hashInBackground: true },
      ),
    ).rejects.toThrow('flashdisk dicabut');
    expect(readdirSync(dir)).toEqual(['paket.linimasa']);
  });

  it('keeps the old file and removes the temp file when the writer fails or is cancelled', async () => {
    const dir = tempDir();
    const target = join(dir, 'jadwal.pdf');
    writeFileSync(target, 'versi lama');
    await expect(
      writeFileAtomically(target, async (out) => {
        out.write('setengah');
        throw new Error('kertas habis');
      }),
    ).rejects.toThrow('kertas habis');
    const controller = new AbortController();
    await expect(
      writeFileAtomically(
        target,
        async (out) => {
          out.write('setengah');
          controller.abort();
          controller.signal.throwIfAborted();
        },
        controller.signal,
      ),
    ).rejects.toThrow();
    expect(readFileSync(target, 'utf8')).toBe('versi lama');
    expect(readdirSync(dir)).toEqual(['jadwal.pdf']);
  });

  it('sweeps .partial files of dead processes, never those of live ones or other files', async () => {
    const dir = tempDir();
    const uuid = '0f0e0d0c-0b0a-4009-8807-060504030201';
    const dead = `.jadwal.pdf.999999999.${uuid}.partial`;
    const live = `.jadwal.pdf.${process.pid}.${uuid}.partial`;
    const otherTarget = `.lain.csv.999999999.${uuid}.partial`;
    for (const name of [dead, live, otherTarget, 'catatan.txt'])
      writeFileSync(join(dir, name), 'x');
    expect(await sweepPartials(dir, 'jadwal.pdf')).toBe(1);
    expect(existsSync(join(dir, dead))).toBe(false);
    expect(existsSync(join(dir, otherTarget))).toBe(true);
    expect(await sweepPartials(dir)).toBe(1);
    expect(readdirSync(dir).sort()).toEqual([live, 'catatan.txt'].sort());
  });
});
