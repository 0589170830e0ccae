import { randomBytes } from 'node:crypto';
import { open, rm } from 'node:fs/promises';
import { replaceFile } from '../fs/replace';

/** A small text file written whole or not at all: temp name beside it, fsync, rename. */
export async function atomicWriteText(target: string, text: string): Promise<void> {
  const temporary = `${target}.${randomBytes(4).toString('hex')}.tmp`;
  const handle = await open(temporary, 'wx');
  try {
    await handle.writeFile(text, 'utf8');
    await handle.sync();
  } catch (error) {
    await handle.close().catch(() => undefined);
    await rm(temporary, { force: true });
    throw error;
  }
  await handle.close();
  try {
    await replaceFile(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
