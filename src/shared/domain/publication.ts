import { z } from 'zod';
import domainsJson from '../../../resources/platform-domains.json';
import { platforms, type Platform } from './channels';
import { idSchema, instantSchema } from './common';

/**
 * What went out, per channel: a post is "Terbit" when each of its channels is marked published,
 * "Sebagian terbit" when some are. Each mark carries the actual time and the link (permalink),
 * and the link must be an address of that channel's platform (resources/platform-domains.json).
 */
export const publicationStates = ['none', 'partial', 'all'] as const;
export type PublicationState = (typeof publicationStates)[number];

export function publicationState(channels: number, published: number): PublicationState {
  if (published === 0 || channels === 0) return 'none';
  return published >= channels ? 'all' : 'partial';
}

const platformDomainsSchema = z.object({
  platforms: z.record(
    z.enum(platforms),
    z.object({ domains: z.array(z.string().min(3)), ref: z.string() }),
  ),
});

/** Domains per platform, as shipped; an empty list (website) accepts any web address. */
export const platformDomains: Readonly<Record<Platform, readonly string[]>> = (() => {
  const parsed = platformDomainsSchema.parse(domainsJson);
  return Object.fromEntries(
    platforms.map((platform) => [platform, parsed.platforms[platform]?.domains ?? []]),
  ) as Record<Platform, string[]>;
})();

export type PermalinkCheck = { ok: true; url: string } | { ok: false; reason: 'url' | 'domain' };

/**
 * Is `value` a link to a post on `platform`? An http(s) address whose host is one of the
 * platform's domains or a subdomain of one (www., m., vm.); `instagram.com.evil.id` is not.
 */
export function checkPermalink(
  platform: Platform,
  value: string,
  domains: Readonly<Record<Platform, readonly string[]>> = platformDomains,
): PermalinkCheck {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return { ok: false, reason: 'url' };
  }
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.hostname === '') {
    return { ok: false, reason: 'url' };
  }
  const allowed = domains[platform] ?? [];
  const host = url.hostname.toLowerCase().replace(/\.$/, '');
  if (allowed.length > 0 && !allowed.some((d) => host === d || host.endsWith(`.${d}`))) {
    return { ok: false, reason: 'domain' };
  }
  return { ok: true, url: url.href };
}

/**
 * A permalink as the importer compares it: no scheme, no `www.`/`m.`, no query or fragment,
 * no trailing slash, lower-case host. `https://www.instagram.com/p/Abc/?igsh=x` and
 * `http://instagram.com/p/Abc` are the same post.
 */
export function permalinkKey(value: string): string {
  try {
    const url = new URL(value.trim());
    const host = url.hostname.toLowerCase().replace(/^(www|m|mobile|web)\./, '');
    return `${host}${url.pathname.replace(/\/+$/, '')}`;
  } catch {
    return value.trim().toLowerCase();
  }
}

export const channelPublicationSchema = z.object({
  channelId: idSchema,
  publishedAt: instantSchema,
  permalink: z.string(),
  platformPostId: z.string().nullable(),
  source: z.enum(['manual', 'import']),
  markedBy: idSchema.nullable(),
  markedAt: instantSchema,
});
export type ChannelPublication = z.infer<typeof channelPublicationSchema>;

export const postPublicationSchema = z.object({
  postId: idSchema,
  state: z.enum(publicationStates),
  channels: z.array(
    z.object({ channelId: idSchema, publication: channelPublicationSchema.nullable() }),
  ),
});
export type PostPublication = z.infer<typeof postPublicationSchema>;

export const maxPublicationItems = 1000;
