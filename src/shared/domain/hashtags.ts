/**
 * Hashtags as the platforms read them: `#` (or the full-width `＃` some Indonesian keyboards
 * type) followed by Unicode letters, combining marks, digits and underscores. A tag must hold
 * at least one non-digit, as on X and Instagram, so "peringkat #1" is not a hashtag; and the
 * `#` must not follow a letter, digit or `&`, so "C#" and "&#39;" are not either.
 */
const tagBody = /^[\p{L}\p{M}\p{N}_]+$/u;
const hasNonDigit = /[\p{L}\p{M}_]/u;
const hashtagPattern = /(?<![\p{L}\p{M}\p{N}_&#＃])[#＃]([\p{L}\p{M}\p{N}_]+)/gu;
/** A link's `#fragment` is not a hashtag. */
const urlPattern = /\bhttps?:\/\/\S+/giu;

/**
 * The tag as stored: without the leading `#`, trimmed, NFC-normalised (so "Pariwisata" typed
 * with a decomposed accent equals the precomposed one), case kept for display. Null when what
 * remains is not a valid tag (empty, spaces, punctuation, digits only).
 */
export function normaliseHashtag(raw: string): string | null {
  const tag = raw
    .normalize('NFC')
    .trim()
    .replace(/^[#＃]+/u, '');
  return tagBody.test(tag) && hasNonDigit.test(tag) ? tag : null;
}

/** The comparison key: platforms treat #HariPahlawan and #haripahlawan as one tag. */
export function hashtagKey(tag: string): string | null {
  return normaliseHashtag(tag)?.toLowerCase() ?? null;
}

/** Valid tags from a list, first spelling kept, later case-insensitive duplicates dropped. */
export function uniqueHashtags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const raw of tags) {
    const tag = normaliseHashtag(raw);
    if (tag === null) continue;
    const key = tag.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    result.push(tag);
  }
  return result;
}

/** Hashtags written in a text, in order of appearance, deduplicated case-insensitively. */
export function extractHashtags(text: string): string[] {
  const withoutLinks = text.normalize('NFC').replace(urlPattern, ' ');
  const found = [...withoutLinks.matchAll(hashtagPattern)].map((match) => match[1]!);
  return uniqueHashtags(found);
}

/**
 * The text as it goes out: the caption, then the post's hashtags that the caption does not
 * already contain, after a blank line. Counters and limit checks measure this text, so an
 * editor that keeps hashtags in their own field is not surprised at publishing time.
 */
export function composeCaption(caption: string, hashtags: readonly string[]): string {
  const present = new Set(extractHashtags(caption).map((tag) => tag.toLowerCase()));
  const missing = uniqueHashtags(hashtags).filter((tag) => !present.has(tag.toLowerCase()));
  if (missing.length === 0) return caption;
  const tags = missing.map((tag) => `#${tag}`).join(' ');
  return caption.trim() === '' ? tags : `${caption.trimEnd()}\n\n${tags}`;
}
