import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { readReply } from '../../../../src/renderer/api/reply';

const schema = z.object({ uploadId: z.string(), bytes: z.number() });

describe('readReply: the one reader of { ok, value } replies', () => {
  it('takes a value only when it matches the schema asked for', () => {
    expect(readReply({ ok: true, value: { uploadId: 'a', bytes: 3 } }, schema)).toEqual({
      kind: 'value',
      value: { uploadId: 'a', bytes: 3 },
    });
    expect(readReply({ ok: true, value: { uploadId: 'a' } }, schema)).toEqual({
      kind: 'unreadable',
    });
    expect(readReply({ ok: true }, schema)).toEqual({ kind: 'unreadable' });
  });

  it('takes an error only with a known code and a message, keeping its field and figures', () => {
    expect(
      readReply(
        {
          ok: false,
          error: {
            code: 'disk_full',
            message: 'Disk penuh.',
            field: 'target',
            details: { neededBytes: 10, freeBytes: 2 },
          },
        },
        schema,
      ),
    ).toEqual({
      kind: 'error',
      error: {
        code: 'disk_full',
        message: 'Disk penuh.',
        field: 'target',
        details: { neededBytes: 10, freeBytes: 2 },
      },
    });
    expect(readReply({ ok: false, error: { code: 'oops', message: 'x' } }, schema)).toEqual({
      kind: 'unreadable',
    });
    expect(readReply({ ok: false, error: { code: 'internal' } }, schema)).toEqual({
      kind: 'unreadable',
    });
    // Figures that are not byte counts are left out, not trusted.
    expect(
      readReply(
        { ok: false, error: { code: 'internal', message: 'x', details: { freeBytes: -1 } } },
        schema,
      ),
    ).toEqual({ kind: 'error', error: { code: 'internal', message: 'x' } });
  });

  it('calls anything else unreadable', () => {
    for (const reply of [null, 'teks', 42, [], { value: 1 }, { ok: 'true', value: {} }]) {
      expect(readReply(reply, schema)).toEqual({ kind: 'unreadable' });
    }
  });
});
