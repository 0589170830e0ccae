import type { Platform } from '../../../shared/domain/channels';
import { defaultFormatOf, formatsOf, sourceLabel } from '../../../shared/domain/platform-limits';
import { shippedPlatformLimits } from '../../../shared/domain/platform-limits-file';
import type { PostFormat } from '../../../shared/domain/posts';

/**
 * The platform limits the editor counts against: the same JSON file the API checks on submit,
 * bundled with the renderer so the counters work without a round trip per keystroke.
 */
export const platformLimits = shippedPlatformLimits;

/** The formats a channel of this platform can take, in the order the picker lists them. */
export const formatsFor = (platform: Platform): PostFormat[] => formatsOf(platformLimits, platform);

/** The format a newly ticked channel starts with. */
export const defaultFormatFor = (platform: Platform): PostFormat =>
  defaultFormatOf(platformLimits, platform);

/** Where limits come from, in the app's language: "Panduan …, diperiksa Nov 2026". */
export function sourceText(refs: readonly string[], language: string): string {
  const lang = language.startsWith('en') ? 'en' : 'id';
  return [...new Set(refs)].map((ref) => sourceLabel(platformLimits, ref, lang)).join('; ');
}
