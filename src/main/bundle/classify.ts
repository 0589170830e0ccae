import type { ImportKind } from '../../shared/domain/bundle';

export interface ExchangeSides {
  /** Our content hash now; undefined when the post is not here. */
  local: string | undefined;
  /** Hashes we had at our earlier exchanges of this post (the last is our base). */
  localSeen: readonly string[];
  /** The bundle's content hash. */
  remote: string;
  /** Hashes the sender had at its earlier exchanges (the last is its base). */
  remoteSeen: readonly string[];
}

/**
 * Who changed a post since the two sides last shared a version. Each side remembers every
 * version it held at an export or import, so:
 *
 * - the sender once had our current version and has moved on → they changed it, we did not:
 *   `updated`, theirs is taken;
 * - we once had the sender's version and have moved on → only we changed it: `unchanged`;
 * - neither (both edited since, or the post never crossed and differs) or both (each saw the
 *   other's version and still differs, e.g. one side went back to an old text) → `conflict`.
 *
 * This is the base comparison of the design notes (L = B, R = B, RB = L), generalised from the
 * single last base to the history, because a single base misjudges two cases an office meets:
 * re-importing an older bundle after a newer one (the old version equals no base, so it looked
 * like their edit and silently rolled the post back), and three machines (a version that reached
 * us through another office looked like our own base, so the third office's parallel edit
 * overwrote it). With the history both become visible: unchanged and conflict respectively.
 */
export function classify(sides: ExchangeSides): ImportKind {
  if (sides.local === undefined) return 'new';
  if (sides.local === sides.remote) return 'unchanged';
  const theyHadOurs = sides.remoteSeen.includes(sides.local);
  const weHadTheirs = sides.localSeen.includes(sides.remote);
  if (theyHadOurs && !weHadTheirs) return 'updated';
  if (weHadTheirs && !theyHadOurs) return 'unchanged';
  return 'conflict';
}
