import type { ImportPlanPost } from '../../../shared/domain/bundle';
import {
  channelDisplayName,
  type ConflictNames,
  type PostDifference,
} from '../../../shared/domain/post-diff';
import { catalogs } from '../../../shared/i18n';
import { translate } from '../../../shared/i18n/translate';
import { localParts, zoneLabel } from '../../../shared/time';

const words = catalogs.id.bundleImport.differences;
const statusWord = catalogs.id.approval.status;
const formatWord = catalogs.id.editor.formats;
const platformWord = catalogs.id.channels.platforms;

/** A long caption on one terminal line: line breaks shown as " ⏎ ", cut after this many characters. */
const maxText = 300;

/** "2026-12-05 08.00 WIB": the Indonesian clock (a dot) in the given zone. */
export function cliTime(instant: string, zone: string): string {
  const { date, time } = localParts(instant, zone);
  return `${date} ${time.replace(':', '.')} ${zoneLabel(zone, instant)}`;
}

/**
 * The dry run's "what differs" for one conflict, as text: one block per differing field (in
 * the shared diff's order), ours first, then the bundle's. Times in this office's zone and, when
 * the sender's zone differs, in theirs as well.
 */
export function differenceLines(
  post: ImportPlanPost,
  zone: string,
  senderZone: string | null,
): string[] {
  const differences = post.differences ?? [];
  if (differences.length === 0) return [`      ${words.none}`];
  const names = post.names ?? { channels: {}, campaigns: {}, people: {}, assets: {} };
  const lines = [`      ${words.heading}:`];
  for (const difference of differences) {
    lines.push(`      ${label(difference, names)}`);
    lines.push(`        di sini : ${value(difference, 'here', names, zone, senderZone)}`);
    lines.push(`        di paket: ${value(difference, 'there', names, zone, senderZone)}`);
  }
  return lines;
}

function label(difference: PostDifference, names: ConflictNames): string {
  if (difference.field === 'channelCaption') {
    return translate('id', 'bundleImport.differences.fields.channelCaption', {
      channel: channelName(difference.channelId, names),
    });
  }
  return words.fields[difference.field];
}

function channelName(id: string, names: ConflictNames): string {
  const channel = names.channels[id];
  if (!channel) return unknown(id);
  return channelDisplayName(channel.name, channel.platform ? platformWord[channel.platform] : '');
}

const unknown = (id: string) => translate('id', 'bundleImport.differences.unknown', { id });

function text(value: string): string {
  if (value === '') return words.empty;
  const flat = value.replace(/\r?\n/g, ' ⏎ ');
  return `"${flat.length > maxText ? `${flat.slice(0, maxText)}…` : flat}"`;
}

function value(
  difference: PostDifference,
  side: 'here' | 'there',
  names: ConflictNames,
  zone: string,
  senderZone: string | null,
): string {
  switch (difference.field) {
    case 'title':
    case 'caption':
    case 'brief':
    case 'firstComment':
    case 'link':
    case 'permalink':
      return text(difference[side]);
    case 'channelCaption': {
      const caption = difference[side];
      return caption === null ? words.noOverride : text(caption);
    }
    case 'time': {
      const { at } = difference[side];
      if (at === null) return catalogs.id.bundleImport.conflicts.noTime;
      const ours = cliTime(at, zone);
      if (!senderZone || senderZone === zone) return ours;
      return `${ours} (${translate('id', 'bundleImport.differences.senderTime', {
        time: cliTime(at, senderZone),
      })})`;
    }
    case 'status': {
      const { status, inTrash } = difference[side];
      return inTrash
        ? `${statusWord[status]} · ${catalogs.id.bundleImport.conflicts.inTrash}`
        : statusWord[status];
    }
    case 'channels': {
      const list = difference[side];
      if (list.length === 0) return words.noneChosen;
      return list
        .map((c) => `${channelName(c.channelId, names)} (${formatWord[c.format]})`)
        .join(', ');
    }
    case 'hashtags':
    case 'tags': {
      const list = difference[side];
      return list.length === 0 ? words.noneChosen : list.join(' ');
    }
    case 'assets': {
      const list = difference[side];
      if (list.length === 0) return words.noneChosen;
      return list.map((sha) => names.assets[sha]?.name ?? sha.slice(0, 12)).join(', ');
    }
    case 'campaign':
    case 'assignee':
    case 'approver': {
      const id = difference[side];
      if (id === null) return words.noneChosen;
      const found = difference.field === 'campaign' ? names.campaigns[id] : names.people[id];
      return found ?? unknown(id);
    }
  }
}
