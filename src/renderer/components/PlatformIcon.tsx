import type { ReactNode } from 'react';
import type { Platform } from '../../shared/domain/channels';
import { defaultPlatformColors } from '../../shared/domain/channels';

/**
 * Simple drawn marks, not the brands' logo files: they ship with the app, need no network, and
 * are recognisable at 20 px. Decorative: the platform's name is always written next to them.
 */
const glyphs: Record<Platform, ReactNode> = {
  instagram: (
    <>
      <rect
        x="5.5"
        y="5.5"
        width="13"
        height="13"
        rx="4"
        fill="none"
        stroke="#fff"
        strokeWidth="1.8"
      />
      <circle cx="12" cy="12" r="3.1" fill="none" stroke="#fff" strokeWidth="1.8" />
      <circle cx="15.6" cy="8.4" r="1" fill="#fff" />
    </>
  ),
  facebook: (
    <path
      d="M13.2 19v-6h2l.3-2.4h-2.3V9.2c0-.7.2-1.2 1.2-1.2h1.2V5.9a16 16 0 0 0-1.8-.1c-1.8 0-3 1.1-3 3.1v1.7H8.8V13h2V19z"
      fill="#fff"
    />
  ),
  x: (
    <path
      d="M6.5 6h3.3l2.6 3.6L15.5 6h1.8l-4 4.6L17.8 18h-3.3l-2.8-3.9L8.2 18H6.4l4.4-5z"
      fill="#fff"
    />
  ),
  tiktok: (
    <path
      d="M13.5 5h2.1c.2 1.6 1.2 2.7 2.8 2.9v2.2a5.3 5.3 0 0 1-2.8-.9v4.5a4 4 0 1 1-4-4v2.2a1.8 1.8 0 1 0 1.9 1.8z"
      fill="#fff"
    />
  ),
  youtube: (
    <>
      <rect x="4.5" y="7" width="15" height="10" rx="3" fill="#fff" />
      <path d="M10.5 9.6v4.8l4.1-2.4z" fill={defaultPlatformColors.youtube} />
    </>
  ),
  website: (
    <g fill="none" stroke="#fff" strokeWidth="1.5">
      <circle cx="12" cy="12" r="6.5" />
      <ellipse cx="12" cy="12" rx="2.8" ry="6.5" />
      <path d="M5.5 12h13M6.5 8.8h11M6.5 15.2h11" />
    </g>
  ),
  linkedin: (
    <>
      <rect x="6.5" y="10" width="2.4" height="7.5" fill="#fff" />
      <circle cx="7.7" cy="7.4" r="1.4" fill="#fff" />
      <path
        d="M10.8 10h2.3v1.1c.4-.7 1.3-1.3 2.6-1.3 2.1 0 2.8 1.3 2.8 3.3v4.4h-2.4v-3.9c0-1-.2-1.8-1.2-1.8s-1.6.7-1.6 1.8v3.9h-2.5z"
        fill="#fff"
      />
    </>
  ),
  threads: (
    <path
      d="M15.4 11.4c-.3-2-1.6-3.1-3.5-3.1-1.4 0-2.5.6-3.1 1.6l1.3.9c.4-.7 1-.9 1.8-.9 1 0 1.7.6 1.9 1.6a7 7 0 0 0-2-.1c-2 .1-3.3 1.3-3.2 2.8.1 1.6 1.6 2.6 3.3 2.5 2.5-.1 3.4-2.1 3.5-3.9.9.5 1.3 1.3 1.3 2.2 0 1.9-1.9 3.5-4.6 3.5-3.3 0-5.1-2.2-5.1-6s1.8-6 5.1-6c2.6 0 4.3 1.3 4.9 3.5l1.5-.4C17.9 6.8 15.7 5 12.6 5 8.4 5 6 7.8 6 12.5S8.4 20 12.6 20c3.5 0 6-2.1 6-4.9 0-1.7-1-3-3.2-3.7zm-3.5 3.7c-.9 0-1.6-.4-1.6-1.1 0-.6.6-1.2 1.8-1.3.6 0 1.2 0 1.8.2-.1 1.5-.9 2.2-2 2.2z"
      fill="#fff"
    />
  ),
};

export function PlatformIcon({ platform, size = 24 }: { platform: Platform; size?: number }) {
  return (
    <svg
      className="platform-icon"
      width={size}
      height={size}
      viewBox="0 0 24 24"
      aria-hidden="true"
      focusable="false"
    >
      <rect width="24" height="24" rx="6" fill={defaultPlatformColors[platform]} />
      {glyphs[platform]}
    </svg>
  );
}
