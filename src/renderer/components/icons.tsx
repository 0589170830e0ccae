/** Line icons for the navigation and empty states; decorative, the text beside them carries the meaning. */
const common = {
  width: 20,
  height: 20,
  viewBox: '0 0 24 24',
  fill: 'none',
  stroke: 'currentColor',
  strokeWidth: 1.8,
  strokeLinecap: 'round' as const,
  strokeLinejoin: 'round' as const,
  'aria-hidden': true,
  focusable: false,
};

export const CalendarIcon = ({ size = 20 }: { size?: number }) => (
  <svg {...common} width={size} height={size}>
    <rect x="3.5" y="5" width="17" height="15.5" rx="2" />
    <path d="M3.5 9.5h17M8 3v4M16 3v4M7.5 13h2M11 13h2M14.5 13h2M7.5 16.5h2M11 16.5h2" />
  </svg>
);

export const AssetsIcon = ({ size = 20 }: { size?: number }) => (
  <svg {...common} width={size} height={size}>
    <rect x="3.5" y="4.5" width="17" height="15" rx="2" />
    <circle cx="9" cy="10" r="1.8" />
    <path d="M20.5 16l-5-5-8.5 8.5" />
  </svg>
);

export const ExportIcon = ({ size = 20 }: { size?: number }) => (
  <svg {...common} width={size} height={size}>
    <path d="M12 3.5v11M7.5 10l4.5 4.5 4.5-4.5M4.5 16v2.5a2 2 0 0 0 2 2h11a2 2 0 0 0 2-2V16" />
  </svg>
);

export const ReportIcon = ({ size = 20 }: { size?: number }) => (
  <svg {...common} width={size} height={size}>
    <path d="M4 20.5h16M6.5 17v-5M11 17V7M15.5 17v-7M20 17V4.5" />
  </svg>
);

export const SettingsIcon = ({ size = 20 }: { size?: number }) => (
  <svg {...common} width={size} height={size}>
    <circle cx="12" cy="12" r="3" />
    <path d="M19.4 15a1.7 1.7 0 0 0 .3 1.8l.1.1a2 2 0 1 1-2.8 2.8l-.1-.1a1.7 1.7 0 0 0-1.8-.3 1.7 1.7 0 0 0-1 1.5v.2a2 2 0 1 1-4 0v-.1a1.7 1.7 0 0 0-1.1-1.5 1.7 1.7 0 0 0-1.8.3l-.1.1a2 2 0 1 1-2.8-2.8l.1-.1a1.7 1.7 0 0 0 .3-1.8 1.7 1.7 0 0 0-1.5-1H3.8a2 2 0 1 1 0-4h.1a1.7 1.7 0 0 0 1.5-1.1 1.7 1.7 0 0 0-.3-1.8l-.1-.1a2 2 0 1 1 2.8-2.8l.1.1a1.7 1.7 0 0 0 1.8.3h.1a1.7 1.7 0 0 0 1-1.5v-.2a2 2 0 1 1 4 0v.1a1.7 1.7 0 0 0 1 1.5 1.7 1.7 0 0 0 1.8-.3l.1-.1a2 2 0 1 1 2.8 2.8l-.1.1a1.7 1.7 0 0 0-.3 1.8v.1a1.7 1.7 0 0 0 1.5 1h.2a2 2 0 1 1 0 4h-.1a1.7 1.7 0 0 0-1.5 1z" />
  </svg>
);

export const CheckIcon = ({ size = 18 }: { size?: number }) => (
  <svg {...common} width={size} height={size} strokeWidth={2.4}>
    <path d="M5 12.5l4.5 4.5L19 7.5" />
  </svg>
);

export const CircleIcon = ({ size = 18 }: { size?: number }) => (
  <svg {...common} width={size} height={size}>
    <circle cx="12" cy="12" r="7.5" />
  </svg>
);

export const LockIcon = ({ size = 40 }: { size?: number }) => (
  <svg {...common} width={size} height={size}>
    <rect x="5" y="10.5" width="14" height="10" rx="2" />
    <path d="M8 10.5V7.5a4 4 0 0 1 8 0v3" />
  </svg>
);
