import { useTranslation } from 'react-i18next';
import {
  defaultPlatformColors,
  platforms,
  type Channel,
  type Platform,
} from '../../../shared/domain/channels';
import { PlatformIcon } from '../../components/PlatformIcon';
import { useChannels } from '../../stores/collections';
import type { RecordForm } from './records/record-form';
import { RecordSection } from './records/RecordSection';

interface ChannelDraft {
  platform: Platform;
  name: string;
  handle: string;
  color: string;
  /** Until the user picks a colour, it follows the platform. */
  colorChosen: boolean;
}

const sent = ({ platform, name, handle, color }: ChannelDraft) => ({
  platform,
  name,
  handle,
  color,
});

export function ChannelsSection() {
  const { t } = useTranslation();
  const channels = useChannels();
  const form: RecordForm<Channel, ChannelDraft> = {
    fields: [
      {
        kind: 'select',
        name: 'platform',
        label: t('channels.platform'),
        options: platforms.map((platform) => ({
          value: platform,
          label: t(`channels.platforms.${platform}`),
        })),
      },
      {
        kind: 'text',
        name: 'name',
        label: t('channels.name'),
        placeholder: t('channels.namePlaceholder'),
        maxLength: 120,
      },
      {
        kind: 'text',
        name: 'handle',
        label: t('channels.handle'),
        placeholder: t('channels.handlePlaceholder'),
        maxLength: 120,
        spellCheck: false,
      },
      { kind: 'color', name: 'color', label: t('channels.color'), hint: t('channels.colorHint') },
    ],
    gridClass: 'form-grid form-grid--channel',
    blank: () => ({
      platform: 'instagram',
      name: '',
      handle: '',
      color: defaultPlatformColors.instagram,
      colorChosen: false,
    }),
    fromRow: (channel) => ({
      platform: channel.platform,
      name: channel.name,
      handle: channel.handle,
      color: channel.color,
      colorChosen: true,
    }),
    // A platform change carries its colour along until one is chosen.
    change: (draft, name, value) => {
      if (name === 'color') return { ...draft, color: value, colorChosen: true };
      if (name !== 'platform') return { ...draft, [name]: value };
      const platform = value as Platform;
      return {
        ...draft,
        platform,
        color: draft.colorChosen ? draft.color : defaultPlatformColors[platform],
      };
    },
    create: (draft) => channels.create(sent(draft)),
    update: (channel, draft) => channels.update({ id: channel.id, ...sent(draft) }),
    texts: {
      addTitle: t('channels.addTitle'),
      add: t('channels.add'),
      editTitle: (name) => t('channels.editTitle', { name }),
    },
  };

  return (
    <RecordSection<Channel, ChannelDraft>
      collection={channels}
      form={form}
      isActive={(channel) => channel.active}
      listLabel={t('channels.listLabel')}
      emptyText={t('channels.empty')}
      allInactiveText={t('channels.allInactive')}
      showInactiveLabel={t('channels.showInactive')}
      renderSummary={(channel) => (
        <>
          <PlatformIcon platform={channel.platform} />
          <span className="record__text">
            <span className="record__name">{channel.name}</span>
            <span className="record__meta">
              <span
                className="swatch"
                style={{ backgroundColor: channel.color }}
                title={channel.color}
                aria-hidden="true"
              />
              {t(`channels.platforms.${channel.platform}`)}
              {channel.handle && <> · {channel.handle}</>}
            </span>
          </span>
          {!channel.active && <span className="badge badge--muted">{t('common.inactive')}</span>}
        </>
      )}
      deactivate={{
        text: t('common.deactivate'),
        label: (name) => t('common.deactivateItem', { name }),
        run: (channel) => channels.archive(channel.id),
      }}
      reactivate={{
        text: t('common.reactivate'),
        label: (name) => t('common.reactivateItem', { name }),
        run: (channel) => channels.update({ id: channel.id, active: true }),
      }}
    />
  );
}
