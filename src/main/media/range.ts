export type ByteRange = { start: number; end: number };

/**
 * Reads a `Range: bytes=…` header against a file of `size` bytes, so a video can be seeked
 * without sending the whole file first.
 *
 * - `undefined`: send the whole file (no header, another unit, several ranges, or a header we
 *   cannot read; RFC 9110 lets a server ignore Range).
 * - `'unsatisfiable'`: a well-formed range that starts past the end: answer 416.
 * - otherwise the inclusive byte range to send with 206.
 */
export function parseRange(
  header: string | null | undefined,
  size: number,
): ByteRange | 'unsatisfiable' | undefined {
  if (!header) return undefined;
  const match = /^\s*bytes\s*=\s*(\d*)\s*-\s*(\d*)\s*$/i.exec(header);
  if (!match) return undefined;
  const [, first = '', last = ''] = match;
  if (first === '' && last === '') return undefined;

  if (first === '') {
    // `bytes=-500` asks for the last 500 bytes.
    const suffix = Number(last);
    if (suffix === 0 || size === 0) return 'unsatisfiable';
    return { start: Math.max(0, size - suffix), end: size - 1 };
  }

  const start = Number(first);
  if (last !== '' && Number(last) < start) return undefined;
  if (start >= size) return 'unsatisfiable';
  const end = last === '' ? size - 1 : Math.min(Number(last), size - 1);
  return { start, end };
}
