import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  channelDisplayName,
  type ConflictNames,
  type PostDifference,
} from '../../../shared/domain/post-diff';
import { mediaSrc } from '../../media/media-src';
import { formatInstant } from '../editor/format';
import { StatusBadge } from '../editor/StatusBadge';

const noNames: ConflictNames = { channels: {}, campaigns: {}, people: {}, assets: {} };

/**
 * One conflict's differences side by side: a row per differing field (the shared diff's order),
 * this computer's value, then the bundle's. Times in the office zone and, when the sender's
 * zone differs, in theirs too; attachments with their thumbnail where this library has one.
 */
export function BundleConflictDifferences({
  differences,
  names = noNames,
  zone,
  senderZone,
}: {
  differences: PostDifference[];
  names?: ConflictNames;
  zone: string;
  senderZone: string | null;
}) {
  const { t } = useTranslation();
  if (differences.length === 0) {
    return <p className="muted bundle-diff__none">{t('bundleImport.differences.none')}</p>;
  }
  return (
    <table className="bundle-diff">
      <caption className="bundle-diff__caption">{t('bundleImport.differences.heading')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('bundleImport.differences.field')}</th>
          <th scope="col">{t('bundleImport.conflicts.here')}</th>
          <th scope="col">{t('bundleImport.conflicts.there')}</th>
        </tr>
      </thead>
      <tbody>
        {differences.map((difference) => (
          <tr
            key={
              difference.field === 'channelCaption'
                ? `${difference.field}-${difference.channelId}`
                : difference.field
            }
          >
            <th scope="row">
              <FieldName difference={difference} names={names} />
            </th>
            <td>
              <Value
                difference={difference}
                side="here"
                names={names}
                zone={zone}
                senderZone={senderZone}
              />
            </td>
            <td>
              <Value
                difference={difference}
                side="there"
                names={names}
                zone={zone}
                senderZone={senderZone}
              />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function useChannelName(names: ConflictNames) {
  const { t } = useTranslation();
  return (id: string) => {
    const channel = names.channels[id];
    if (!channel) return t('bundleImport.differences.unknown', { id });
    const platform = channel.platform ? t(`channels.platforms.${channel.platform}`) : '';
    return channelDisplayName(channel.name, platform);
  };
}

function FieldName({ difference, names }: { difference: PostDifference; names: ConflictNames }) {
  const { t } = useTranslation();
  const channelName = useChannelName(names);
  if (difference.field === 'channelCaption') {
    return (
      <>
        {t('bundleImport.differences.fields.channelCaption', {
          channel: channelName(difference.channelId),
        })}
      </>
    );
  }
  return <>{t(`bundleImport.differences.fields.${difference.field}`)}</>;
}

function Text({ value }: { value: string }) {
  const { t } = useTranslation();
  if (value === '') return <span className="muted">{t('bundleImport.differences.empty')}</span>;
  return <span className="bundle-diff__text">{value}</span>;
}

function None() {
  const { t } = useTranslation();
  return <span className="muted">{t('bundleImport.differences.noneChosen')}</span>;
}

function Value({
  difference,
  side,
  names,
  zone,
  senderZone,
}: {
  difference: PostDifference;
  side: 'here' | 'there';
  names: ConflictNames;
  zone: string;
  senderZone: string | null;
}): ReactNode {
  const { t, i18n } = useTranslation();
  const channelName = useChannelName(names);
  switch (difference.field) {
    case 'title':
    case 'caption':
    case 'brief':
    case 'firstComment':
    case 'link':
    case 'permalink':
      return <Text value={difference[side]} />;
    case 'channelCaption': {
      const caption = difference[side];
      return caption === null ? (
        <span className="muted">{t('bundleImport.differences.noOverride')}</span>
      ) : (
        <Text value={caption} />
      );
    }
    case 'time': {
      const { at } = difference[side];
      if (at === null) return <span>{t('bundleImport.conflicts.noTime')}</span>;
      return (
        <span>
          {formatInstant(at, zone, i18n.language)}
          {senderZone && senderZone !== zone && (
            <span className="bundle-diff__sender-time">
              {t('bundleImport.differences.senderTime', {
                time: formatInstant(at, senderZone, i18n.language),
              })}
            </span>
          )}
        </span>
      );
    }
    case 'status': {
      const { status, inTrash } = difference[side];
      return (
        <span>
          <StatusBadge status={status} />
          {inTrash && (
            <span className="bundle-side__trash"> {t('bundleImport.conflicts.inTrash')}</span>
          )}
        </span>
      );
    }
    case 'channels': {
      const list = difference[side];
      if (list.length === 0) return <None />;
      return (
        <ul className="bundle-diff__list">
          {list.map((c) => (
            <li key={c.channelId}>
              {channelName(c.channelId)} ({t(`editor.formats.${c.format}`)})
            </li>
          ))}
        </ul>
      );
    }
    case 'hashtags':
    case 'tags': {
      const list = difference[side];
      return list.length === 0 ? <None /> : <span>{list.join(' ')}</span>;
    }
    case 'assets': {
      const list = difference[side];
      if (list.length === 0) return <None />;
      return (
        <ul className="bundle-diff__assets">
          {list.map((sha) => {
            const asset = names.assets[sha];
            return (
              <li key={sha} className="bundle-diff__asset">
                {asset?.thumb ? (
                  <img
                    src={mediaSrc(asset.thumb)}
                    alt=""
                    loading="lazy"
                    decoding="async"
                    className="bundle-diff__thumb"
                  />
                ) : (
                  <span
                    className="bundle-diff__thumb bundle-diff__thumb--none"
                    aria-hidden="true"
                  />
                )}
                <span>{asset?.name ?? sha.slice(0, 12)}</span>
              </li>
            );
          })}
        </ul>
      );
    }
    case 'campaign':
    case 'assignee':
    case 'approver': {
      const id = difference[side];
      if (id === null) return <None />;
      const found = difference.field === 'campaign' ? names.campaigns[id] : names.people[id];
      return <span>{found ?? t('bundleImport.differences.unknown', { id })}</span>;
    }
  }
}
