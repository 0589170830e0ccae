import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../helpers';
import { image, put } from './fixtures';

const tempDir = useTempDir('linimasa-main-process-');

function run(dataDir: string, source: string): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', join(__dirname, 'main-process-child.ts'), dataDir, source],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code !== 0) return reject(new Error(`child exited with ${code}`));
      resolve(JSON.parse(out.trim().split('\n').at(-1)!) as Record<string, unknown>);
    });
  });
}

describe('the main process', () => {
  it.runIf(process.platform === 'linux')(
    'imports photos without loading libvips itself (sharp runs in the media workers only)',
    async () => {
      const root = tempDir();
      const source = join(root, 'source');
      mkdirSync(source);
      put(source, 'a.jpg', await image('jpeg', { width: 640, height: 480, seed: 1 }));
      put(source, 'b.png', await image('png', { width: 320, height: 200, seed: 2 }));
      const result = await run(join(root, 'data'), source);
      expect(result).toEqual({ imported: 2, failed: 0, libvipsMapped: false });
    },
    // Three Node processes start through tsx (the importer and its media workers): slow on a
    // loaded machine.
    120_000,
  );
});
