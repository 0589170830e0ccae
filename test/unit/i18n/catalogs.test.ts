import { describe, expect, it } from 'vitest';
import { catalogs, en, id } from '../../../src/shared/i18n';

/** Flattens a catalog into `dotted.key → text`. */
function entries(catalog: object, prefix = ''): Map<string, string> {
  const flat = new Map<string, string>();
  for (const [key, value] of Object.entries(catalog)) {
    if (typeof value === 'string') flat.set(`${prefix}${key}`, value);
    else
      for (const [inner, text] of entries(value as object, `${prefix}${key}.`))
        flat.set(inner, text);
  }
  return flat;
}

const placeholders = (text: string) =>
  [...text.matchAll(/\{\{\s*(\w+)\s*(?:,[^}]*)?\}\}/g)].map((match) => match[1]).sort();

describe('i18n catalogs', () => {
  const indonesian = entries(id);
  const english = entries(en);

  it('have the same keys (the type check catches this too; this guards casts)', () => {
    expect([...english.keys()].sort()).toEqual([...indonesian.keys()].sort());
    expect(Object.keys(catalogs).sort()).toEqual(['en', 'id']);
  });

  it('have no empty text', () => {
    for (const [key, text] of [...indonesian, ...english]) expect(text.trim(), key).not.toBe('');
  });

  it('use the same interpolation variables in both languages', () => {
    for (const [key, text] of indonesian)
      expect(placeholders(english.get(key) ?? ''), key).toEqual(placeholders(text));
  });

  it('speak Indonesian in the Indonesian catalog for the words users see most', () => {
    expect(id.common.save).toBe('Simpan');
    expect(id.common.cancel).toBe('Batal');
    expect(id.preferences.weekStart).toBe('Awal pekan');
    expect(id.preferences.monday).toBe('Senin');
    expect(id.nav.settings).toBe('Pengaturan');
  });
});
