import { describe, expect, it } from 'vitest';
import { messageForField, placeError } from '../../../src/renderer/forms/errors';

describe('placing an API error on a form', () => {
  it('puts a field error next to its input, without the field-name prefix', () => {
    const error = { code: 'invalid_request' as const, message: 'name: Wajib diisi', field: 'name' };
    expect(placeError(error, ['platform', 'name'])).toEqual({
      byField: { name: 'Wajib diisi' },
      general: null,
    });
  });

  it('uses the first segment of a dotted field', () => {
    const error = {
      code: 'invalid_request' as const,
      message: 'channels.0.color: Warna salah',
      field: 'channels.0.color',
    };
    expect(placeError(error, ['channels'])).toEqual({
      byField: { channels: 'Warna salah' },
      general: null,
    });
  });

  it('shows errors without a field, or about a field the form lacks, above the buttons in full', () => {
    const internal = { code: 'internal' as const, message: 'Tidak dapat menghubungi Linimasa.' };
    expect(placeError(internal, ['name'])).toEqual({
      byField: {},
      general: 'Tidak dapat menghubungi Linimasa.',
    });
    const other = { code: 'invalid_request' as const, message: 'id: Invalid UUID', field: 'id' };
    expect(placeError(other, ['name'])).toEqual({ byField: {}, general: 'id: Invalid UUID' });
  });

  it('keeps a message that does not carry the prefix', () => {
    expect(
      messageForField({
        code: 'invalid_request',
        message: 'Zona waktu tidak dikenal',
        field: 'timeZone',
      }),
    ).toBe('Zona waktu tidak dikenal');
  });

  it('shows nothing when there is no error', () => {
    expect(placeError(null, ['name'])).toEqual({ byField: {}, general: null });
  });
});
