import type { IkuWording, Targets } from '../../../shared/domain/performance';

/**
 * Settings › Target kinerja as the form holds it: every number as typed, so "3,5" stays "3,5"
 * while it is edited; shares and rates are written as percentages the way an IKU states them
 * ("3,5%"), the API keeps fractions (0.035).
 */
export interface TargetsForm {
  channels: Record<
    string,
    { postsPerMonth: string; engagementRate: string; followerGrowth: string }
  >;
  pillars: Record<string, string>;
  tolerance: string;
  iku: Required<Record<keyof IkuWording, string>>;
}

export type TargetsRequest = Omit<Targets, 'onTimeToleranceMinutes'> & {
  onTimeToleranceMinutes: number;
};

/** Which field is wrong: `channels.<id>.<name>`, `pillars.<id>`, `tolerance`, `pillarsTotal`. */
export type TargetsErrors = Record<string, 'number' | 'percent' | 'whole' | 'total'>;

/** A fraction as a percentage to type over: 0.035 → "3,5"; null → "". */
export function percentText(value: number | null | undefined, decimal = ','): string {
  if (value === null || value === undefined) return '';
  const rounded = Math.round(value * 100 * 1000) / 1000;
  return String(rounded).replace('.', decimal);
}

/** "3,5", "3.5", "3,5%" → 0.035; "" → null; anything else → undefined (refused). */
export function readPercent(text: string): number | null | undefined {
  const clean = text.trim().replace(/%$/, '').trim();
  if (clean === '') return null;
  if (!/^\d{1,4}([.,]\d{1,3})?$/.test(clean)) return undefined;
  return Math.round(Number(clean.replace(',', '.')) * 1000) / 100_000;
}

/** A whole number ("12", "1.200"); "" → null; anything else → undefined. */
export function readWhole(text: string): number | null | undefined {
  const clean = text.trim();
  if (clean === '') return null;
  if (!/^\d{1,3}([.,]?\d{3})*$/.test(clean)) return undefined;
  return Number(clean.replace(/[.,]/g, ''));
}

export function targetsToForm(
  targets: Targets,
  channelIds: readonly string[],
  pillarIds: readonly string[],
): TargetsForm {
  const byChannel = new Map(targets.channels.map((row) => [row.channelId, row]));
  const byPillar = new Map(targets.pillars.map((row) => [row.campaignId, row.share]));
  return {
    channels: Object.fromEntries(
      channelIds.map((id) => {
        const row = byChannel.get(id);
        return [
          id,
          {
            postsPerMonth: row?.postsPerMonth == null ? '' : String(row.postsPerMonth),
            engagementRate: percentText(row?.engagementRate),
            followerGrowth: percentText(row?.followerGrowth),
          },
        ];
      }),
    ),
    pillars: Object.fromEntries(pillarIds.map((id) => [id, percentText(byPillar.get(id))])),
    tolerance: String(targets.onTimeToleranceMinutes),
    iku: {
      posts: targets.ikuWording.posts ?? '',
      engagement: targets.ikuWording.engagement ?? '',
      followers: targets.ikuWording.followers ?? '',
      pillars: targets.ikuWording.pillars ?? '',
    },
  };
}

/**
 * The form as `targets.set` takes it, or the fields that cannot be read. A channel with nothing
 * typed has no target (left out); pillar shares may not add up to more than 100%.
 */
export function formToTargets(
  year: number,
  form: TargetsForm,
): { ok: true; request: TargetsRequest } | { ok: false; errors: TargetsErrors } {
  const errors: TargetsErrors = {};
  const channels: Targets['channels'] = [];
  for (const [channelId, row] of Object.entries(form.channels)) {
    const postsPerMonth = readWhole(row.postsPerMonth);
    const engagementRate = readPercent(row.engagementRate);
    const followerGrowth = readPercent(row.followerGrowth);
    if (postsPerMonth === undefined) errors[`channels.${channelId}.postsPerMonth`] = 'whole';
    if (engagementRate === undefined || (engagementRate ?? 0) > 1) {
      errors[`channels.${channelId}.engagementRate`] = 'percent';
    }
    if (followerGrowth === undefined) errors[`channels.${channelId}.followerGrowth`] = 'percent';
    if (postsPerMonth == null && engagementRate == null && followerGrowth == null) continue;
    channels.push({
      channelId,
      postsPerMonth: postsPerMonth ?? null,
      engagementRate: engagementRate ?? null,
      followerGrowth: followerGrowth ?? null,
    });
  }
  const pillars: Targets['pillars'] = [];
  for (const [campaignId, text] of Object.entries(form.pillars)) {
    const share = readPercent(text);
    if (share === undefined || (share ?? 0) > 1) errors[`pillars.${campaignId}`] = 'percent';
    else if (share !== null) pillars.push({ campaignId, share });
  }
  if (pillars.reduce((sum, p) => sum + p.share, 0) > 1.000001) errors.pillarsTotal = 'total';
  const tolerance = readWhole(form.tolerance);
  if (tolerance == null || tolerance > 1440) errors.tolerance = 'whole';
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    request: {
      year,
      channels,
      pillars,
      onTimeToleranceMinutes: tolerance!,
      ikuWording: {
        posts: form.iku.posts.trim(),
        engagement: form.iku.engagement.trim(),
        followers: form.iku.followers.trim(),
        pillars: form.iku.pillars.trim(),
      },
    },
  };
}
