import {
  closeSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readFileSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { replaceFileSync } from '../fs/replace';

/*
 * The small file that records where the data lives, kept outside the data directory (in
 * Electron's userData, which `configDir` predicts for the CLI) so that moving the data never
 * moves the note that says where it went.
 */

const configSchema = z.object({
  /** The chosen data directory (absolute). */
  dataDir: z.string().min(1).optional(),
  /** Settings › Lokasi data asked to move the data here at the next start. */
  pendingMove: z.object({ to: z.string().min(1) }).optional(),
});

export type DataConfig = z.infer<typeof configSchema>;

export const configFileName = 'config.json';

/** The config in `dir`; undefined when there is none or it cannot be read as ours. */
export function readDataConfig(dir: string): DataConfig | undefined {
  let text: string;
  try {
    text = readFileSync(join(dir, configFileName), 'utf8');
  } catch {
    return undefined;
  }
  try {
    const parsed = configSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** Written whole under a temporary name, fsynced and renamed: never half a config. */
export function writeDataConfig(dir: string, config: DataConfig): void {
  mkdirSync(dir, { recursive: true });
  const target = join(dir, configFileName);
  const temp = `${target}.${process.pid}.partial`;
  const fd = openSync(temp, 'w');
  try {
    writeSync(fd, `${JSON.stringify(configSchema.parse(config), null, 2)}\n`);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  try {
    replaceFileSync(temp, target);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}
