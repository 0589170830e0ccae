import { createRequire } from 'node:module';
import { crc32 } from 'node:zlib';

interface BufferCrc32 {
  unsigned: (buffer: Buffer, previous?: number) => number;
}

let done = false;

/**
 * yazl checksums every entry with the buffer-crc32 package, a JavaScript table loop that runs at
 * about 480 MB/s here: with it, a bundle of photos took twice as long as `tar`. Node's own
 * zlib.crc32 (Node 20.15+, and every Electron we ship) computes the same CRC-32 with the same
 * `(buffer, previous)` contract natively, at memory speed. yazl has no option to choose, so we
 * point its copy of buffer-crc32 at the native function, once, before the first zip is made.
 * A test compares both on the same bytes; where the package cannot be found (a bundler inlined
 * it) nothing changes except speed.
 */
export function useNativeCrc32ForYazl(): void {
  if (done) return;
  done = true;
  try {
    const fromYazl = createRequire(require.resolve('yazl'));
    const module = fromYazl('buffer-crc32') as BufferCrc32;
    module.unsigned = (buffer, previous = 0) => crc32(buffer, previous);
  } catch {
    // Keep yazl's own implementation.
  }
}
