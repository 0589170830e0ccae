/**
 * Turns what a person types into an FTS5 query: every word must appear, each as a prefix
 * ("pelantik" finds "pelantikan"). Quoting each term keeps FTS5 syntax characters (", *, :,
 * -, NEAR, AND) from being read as operators, so no input can make the query fail.
 */
export function toFtsQuery(input: string): string | null {
  const terms = searchTerms(input);
  return terms.length === 0
    ? null
    : terms.map((term) => `"${term.replace(/"/g, '""')}"*`).join(' ');
}

/** The same query limited to the title column. */
export function toFtsTitleQuery(input: string): string | null {
  const query = toFtsQuery(input);
  return query && `title : (${query})`;
}

function searchTerms(input: string): string[] {
  return input
    .normalize('NFKC')
    .split(/[^\p{L}\p{N}_#@]+/u)
    .map((term) => term.replace(/^[#@]+/, ''))
    .filter((term) => term.length > 0)
    .slice(0, 12);
}
