import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en, id } from '../../../src/shared/i18n';

/**
 * i18n hygiene: every text exists in both languages, and every text is used somewhere in src.
 * A key counts as used when src spells it out as a string (`t('nav.calendar')`,
 * `<Trans i18nKey="…">`, a map of keys) or, for `errors.*`, as the key an error is raised with
 * (`new AppError('conflict', { key: 'post.versionConflict' })`). Keys built at run time from a
 * template (t(`approval.status.${status}`)) are found by their fixed start: every key under it
 * counts as used. What neither finds is listed in `readAsObjects` below, each with its reason.
 */

const srcRoot = join(__dirname, '../../../src');

/**
 * Parts of the catalog read as objects, not by key, so no key string appears in src.
 */
const readAsObjects: { prefix: string; why: string }[] = [
  // export/labels.ts hands `catalogs[locale].exportFile` to the file writers, which read
  // `labels.columns.date`, `labels.summary.sheet`, … as properties.
  { prefix: 'exportFile.', why: 'export/labels.ts spreads the exportFile object' },
  // notFound(thing, id) in shared/api/errors.ts raises `missing.${thing}`; the thing is a typed
  // name ('post', 'asset', …), checked against this group by the compiler.
  { prefix: 'errors.missing.', why: 'notFound(thing) builds the key from its typed thing' },
];

function flatten(catalog: object, prefix = ''): string[] {
  return Object.entries(catalog).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : flatten(value as object, `${prefix}${key}.`),
  );
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(entry.name) ? [path] : [];
  });
}

/** Sources other than the catalogs themselves (their own keys would count as uses). */
const sources = sourceFiles(srcRoot)
  .filter((file) => !file.includes(join('shared', 'i18n')))
  .map((file) => readFileSync(file, 'utf8'));

/** Every quoted string that looks like a dotted key: 'a.b', "a.b", `a.b`. */
const literals = new Set(
  sources.flatMap((text) =>
    [...text.matchAll(/(['"`])([A-Za-z][\w]*(?:\.[\w]+)+)\1/g)].map((match) => match[2]!),
  ),
);

/**
 * The words of every error go through `t(`errors.${key}`)` (renderer/api/error-words.ts,
 * shared/i18n/translate.ts): that template proves no particular error key is used.
 */
const wordingMechanisms = new Set(['errors.']);

/**
 * The fixed starts of keys built from templates: `approval.status.${…}` gives "approval.status.".
 * Type-level templates that admit any string (`bundle.${string}`) say nothing about use.
 */
const templatePrefixes = new Set(
  sources.flatMap((text) =>
    [...text.matchAll(/`([A-Za-z][\w]*(?:\.[\w]+)*\.)\$\{(?!string\})/g)]
      .map((match) => match[1]!)
      .filter((prefix) => !wordingMechanisms.has(prefix)),
  ),
);

/**
 * Error keys as services raise them: `{ key: 'fileLocked' }`, `wordError('id', 'fileLocked')`.
 * An error key may be one word, so these are read from their place, not from any quoted word.
 */
const errorKeys = new Set(
  sources.flatMap((text) =>
    [
      ...text.matchAll(/\bkey:\s*(['"])([\w.]+)\1/g),
      ...text.matchAll(/\bwordError\([^,()]+,\s*(['"])([\w.]+)\1/g),
    ].map((match) => match[2]!),
  ),
);

function isUsed(key: string): boolean {
  if (literals.has(key)) return true;
  const errorKey = key.startsWith('errors.') ? key.slice('errors.'.length) : undefined;
  if (errorKey !== undefined && (literals.has(errorKey) || errorKeys.has(errorKey))) return true;
  const under = (prefix: string) =>
    key.startsWith(prefix) ||
    (key.startsWith('errors.') && key.slice('errors.'.length).startsWith(prefix));
  return [...templatePrefixes].some(under) || readAsObjects.some(({ prefix }) => under(prefix));
}

describe('i18n hygiene', () => {
  const indonesian = flatten(id);
  const english = flatten(en);

  it('has every key in both languages, nested keys included', () => {
    expect(
      indonesian.filter((key) => !english.includes(key)),
      'missing in en.ts',
    ).toEqual([]);
    expect(
      english.filter((key) => !indonesian.includes(key)),
      'missing in id.ts',
    ).toEqual([]);
  });

  it('has no key that src never uses', () => {
    expect(indonesian.filter((key) => !isUsed(key))).toEqual([]);
  });

  it('finds keys the way src uses them (the scan itself can fail)', () => {
    expect(isUsed('nav.calendar')).toBe(true); // t('nav.calendar')
    expect(isUsed('errors.post.versionConflict')).toBe(true); // { key: 'post.versionConflict' }
    expect(isUsed('approval.status.draft')).toBe(true); // t(`approval.status.${status}`)
    expect(isUsed('common.noSuchKey')).toBe(false);
    expect(isUsed('errors.noSuchKey')).toBe(false);
    expect(isUsed('errors.bundle.noSuchKey')).toBe(false);
  });
});
