import { describe, expect, it } from 'vitest';
import {
  ImportFailure,
  importReasonOf,
  reasonFields,
  reasonFor,
} from '../../../src/main/assets/messages';
import { reasonText } from '../../../src/main/cli/words';
import { wordReason } from '../../../src/renderer/api/error-words';
import { i18n } from '../../../src/renderer/i18n';
import { id } from '../../../src/shared/i18n';
import { translate } from '../../../src/shared/i18n/translate';

const errno = (code: string) => Object.assign(new Error(`${code}: open 'x'`), { code });

describe('why a file was not imported', () => {
  it('is a catalog key and values; main’s message is the Indonesian text of that key', () => {
    const failure = ImportFailure.tooLarge(256 * 1024 * 1024);
    expect(failure.reason).toEqual({ key: 'importFile.tooLarge', params: { limit: 268435456 } });
    expect(failure.message).toBe('Berkas terlalu besar; batasnya 256 MB.');
    expect(translate('en', 'errors.importFile.tooLarge', { limit: 1536 })).toBe(
      'The file is too large; the limit is 1.5 KB.',
    );
    expect(ImportFailure.unsupported(null).message).toBe(
      id.errors.importFile.unsupportedNoExtension,
    );
    expect(ImportFailure.unsupported('exe').message).toBe('Jenis berkas tidak didukung (.exe).');
    expect(ImportFailure.corruptImage().kind).toBe('corrupt_image');
  });

  it('maps errors met on the way to the same keys', () => {
    expect(importReasonOf(errno('ENOENT'))).toEqual({ key: 'importFile.notFound' });
    expect(importReasonOf(errno('EBUSY'))).toEqual({ key: 'importFile.locked' });
    expect(importReasonOf(errno('EACCES'))).toEqual({ key: 'importFile.permissionDenied' });
    expect(importReasonOf(errno('EIO'))).toEqual({
      key: 'importFile.unreadableCode',
      params: { code: 'EIO' },
    });
    expect(importReasonOf(errno('ENOSPC')).key).toMatch(/^diskFull/);
    expect(importReasonOf(Object.assign(new Error('x'), { name: 'AbortError' }))).toEqual({
      key: 'importFile.cancelled',
    });
    expect(importReasonOf(new Error('boom'))).toEqual({
      key: 'importFile.failed',
      params: { message: 'boom' },
    });
    expect(reasonFor(errno('ENOENT'))).toBe(id.errors.importFile.notFound);
  });

  it('reaches a result with its key: the interface words it in its language, the CLI in Indonesian', async () => {
    const result = { ...reasonFields(ImportFailure.mismatch('jpg').reason) };
    expect(result).toEqual({
      reason:
        'Isi berkas tidak sesuai dengan namanya (.jpg): berkas mungkin rusak atau salah nama.',
      reasonKey: 'importFile.mismatch',
      reasonParams: { ext: 'jpg' },
    });
    expect(reasonText(result)).toBe(result.reason);
    await i18n.changeLanguage('en');
    try {
      expect(wordReason(result, i18n)).toBe(
        'The file’s content does not match its name (.jpg): it may be damaged or misnamed.',
      );
      // A reason without a key (an older main) is shown as main said it.
      expect(wordReason({ reason: 'Sudah ada.' }, i18n)).toBe('Sudah ada.');
    } finally {
      await i18n.changeLanguage('id');
    }
  });

  it('every reason key is worded in both catalogs', () => {
    for (const key of Object.keys(id.errors.importFile)) {
      for (const locale of ['id', 'en'] as const) {
        expect(translate(locale, `errors.importFile.${key}`, {})).not.toContain('importFile');
      }
    }
  });
});
