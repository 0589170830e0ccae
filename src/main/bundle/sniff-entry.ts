import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { uploadName } from '../assets/library';
import { sniffFile } from '../assets/sniff';
import { bundleErrors } from './errors';

/** What the content sniffer reads at most (file-type's signatures and the 8 KiB text check). */
export const sniffHeadBytes = 1024 * 1024;

/**
 * The dry run's content check, the same one the import makes before adding a file to the
 * library (sniffFile under the asset's name): a "photo" that is a web page passes every
 * checksum but not this. The dry run writes nothing to the data directory, so the head of the
 * entry goes to a temp file of the system's and is removed at once.
 */
export async function checkEntryContent(head: Buffer, assetName: string): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'linimasa-sniff-'));
  try {
    const path = join(dir, 'head');
    await writeFile(path, head);
    await sniffFile(path, uploadName(assetName));
  } catch (error) {
    throw bundleErrors.assetRefused(assetName, error);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
