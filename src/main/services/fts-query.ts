/**
 * Turns what a person types into an FTS5 query: every word must appear, each as a prefix
 * ("pelantik" finds "pelantikan"). Quoting each term keeps FTS5 syntax characters (", *, :,
 * -, NEAR, AND) from being read as operators, so no input can make the query fail.
 */
export function toFtsQuery(input: string): string | null {
  const terms = input
    .normalize('NFKC')
    .split(/[^\p{L}\p{N}_#@]+/u)
    .map((term) => term.replace(/^[#@]+/, ''))
    .filter((term) => term.length > 0)
    .slice(0, 12);
  if (terms.length === 0) return null;
  return terms.map((term) => `"${term.replace(/"/g, '""')}"*`).join(' ');
}
