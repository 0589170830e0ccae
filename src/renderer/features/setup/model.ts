/**
 * The first-run guide: a new office (no name, no channel) is led through the five things a
 * schedule needs — office, time zone, signer, channels, people — in one short dialog. Skipping
 * is remembered on this computer; finishing needs nothing remembered, since the office then has
 * a name and (usually) a channel.
 */
export const setupSteps = ['office', 'zone', 'signer', 'channels', 'people'] as const;
export type SetupStep = (typeof setupSteps)[number];

/** localStorage key: 'skipped' or 'done' once the guide was closed on this computer. */
export const guideStorageKey = 'linimasa.firstRunGuide';

export const indonesianZoneChoices = ['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura'] as const;

export function shouldOfferGuide(input: {
  officeName: string;
  channelCount: number;
  channelsLoaded: boolean;
  closedBefore: boolean;
}): boolean {
  return (
    input.channelsLoaded &&
    !input.closedBefore &&
    input.officeName.trim() === '' &&
    input.channelCount === 0
  );
}
