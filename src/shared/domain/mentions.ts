/**
 * @mentions in comments: "@Nurul" or "@Nurul Aini" names a colleague. Indonesian names have
 * spaces ("Nurul Aini", "Sari, S.Sos"), so a mention cannot end at the first space: at each "@"
 * the people's full names are tried longest first ("@Budiman" is Budiman, not Budi followed by
 * "man"), and a name only counts when what follows it is not a letter or digit (a comma, a full
 * stop, a space or the end). When no full name fits, the first word of a name counts if exactly
 * one person has it ("@Nurul tolong cek" names Nurul Aini when she is the only Nurul).
 * Matching ignores case. Pure: the server uses it to notify, the composer and the thread to
 * highlight the very same names.
 */

export interface MentionablePerson {
  id: string;
  name: string;
}

export interface Mention {
  personId: string;
  /** Where the "@" is, and the index just after the name. */
  start: number;
  end: number;
}

export type MentionSegment = { text: string } | { text: string; personId: string };

/** A letter or digit in any script: what must not follow a name, nor precede the "@". */
const wordChar = /[\p{L}\p{N}_]/u;

const firstWord = (name: string) =>
  name
    .trim()
    .split(/\s+/)[0]!
    .replace(/[^\p{L}\p{N}]+$/u, '');

/** Every mention in `text`, in order; one person may be mentioned more than once. */
export function findMentions(text: string, people: readonly MentionablePerson[]): Mention[] {
  const named = people
    .map((person) => ({ id: person.id, key: person.name.trim().toLocaleLowerCase('id') }))
    .filter((person) => person.key !== '')
    .sort((a, b) => b.key.length - a.key.length);
  const byFirstWord = new Map<string, string[]>();
  for (const person of people) {
    const key = firstWord(person.name).toLocaleLowerCase('id');
    if (!key) continue;
    byFirstWord.set(key, [...(byFirstWord.get(key) ?? []), person.id]);
  }
  const lower = text.toLocaleLowerCase('id');
  const found: Mention[] = [];
  let at = lower.indexOf('@');
  while (at >= 0) {
    const before = at === 0 ? '' : text[at - 1]!;
    const mention = before && (wordChar.test(before) || before === '@') ? null : mentionAt(at);
    if (mention) found.push(mention);
    at = lower.indexOf('@', mention ? mention.end : at + 1);
  }
  return found;

  function endsCleanly(end: number): boolean {
    return end >= text.length || !wordChar.test(text[end]!);
  }

  function mentionAt(at: number): Mention | null {
    const start = at + 1;
    for (const person of named) {
      const end = start + person.key.length;
      if (lower.startsWith(person.key, start) && endsCleanly(end)) {
        return { personId: person.id, start: at, end };
      }
    }
    const word = /^[\p{L}\p{N}_]+/u.exec(lower.slice(start))?.[0];
    const owners = word ? byFirstWord.get(word) : undefined;
    if (word && owners?.length === 1) {
      return { personId: owners[0]!, start: at, end: start + word.length };
    }
    return null;
  }
}

/** The distinct people mentioned, in the order first mentioned. */
export function mentionedIds(text: string, people: readonly MentionablePerson[]): string[] {
  return [...new Set(findMentions(text, people).map((mention) => mention.personId))];
}

/** The text cut into plain runs and mentions, for showing mentions highlighted. */
export function mentionSegments(
  text: string,
  people: readonly MentionablePerson[],
): MentionSegment[] {
  const segments: MentionSegment[] = [];
  let from = 0;
  for (const mention of findMentions(text, people)) {
    if (mention.start > from) segments.push({ text: text.slice(from, mention.start) });
    segments.push({ text: text.slice(mention.start, mention.end), personId: mention.personId });
    from = mention.end;
  }
  if (from < text.length) segments.push({ text: text.slice(from) });
  return segments;
}

/**
 * What is being typed after an "@" just before the caret, for the composer's completion:
 * `{ start, query }` (start: the "@"), or null when the caret is not in a mention. The query may
 * hold spaces ("@Nurul A") but not a line break, and stops being one after 40 characters.
 */
export function mentionQueryAt(
  text: string,
  caret: number,
): { start: number; query: string } | null {
  const head = text.slice(0, caret);
  const at = head.lastIndexOf('@');
  if (at < 0) return null;
  const before = at === 0 ? '' : head[at - 1]!;
  if (before && wordChar.test(before)) return null;
  const query = head.slice(at + 1);
  if (query.length > 40 || /[\n\r]/.test(query) || /^\s/.test(query)) return null;
  return { start: at, query };
}

/** The people a typed query offers, names starting with it first, then containing it. */
export function mentionSuggestions<P extends MentionablePerson>(
  query: string,
  people: readonly P[],
  limit = 6,
): P[] {
  const q = query.trim().toLocaleLowerCase('id');
  const scored = people.flatMap((person) => {
    const name = person.name.toLocaleLowerCase('id');
    if (q === '' || name.startsWith(q)) return [{ person, rank: 0 }];
    if (name.split(/\s+/).some((word) => word.startsWith(q))) return [{ person, rank: 1 }];
    return [];
  });
  return scored
    .sort((a, b) => a.rank - b.rank || a.person.name.localeCompare(b.person.name, 'id'))
    .slice(0, limit)
    .map((entry) => entry.person);
}
