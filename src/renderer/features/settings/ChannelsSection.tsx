import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  defaultPlatformColors,
  platforms,
  type Channel,
  type Platform,
} from '../../../shared/domain/channels';
import { ColorField, SelectField, TextField } from '../../components/fields';
import { FormFooter } from '../../components/FormFooter';
import { PlatformIcon } from '../../components/PlatformIcon';
import { useFormSubmit } from '../../forms/use-form-submit';
import { useChannels } from '../../stores/collections';
import { RecordList } from './RecordList';

const channelFields = ['platform', 'name', 'handle', 'color'] as const;

interface ChannelDraft {
  platform: Platform;
  name: string;
  handle: string;
  color: string;
  /** Until the user picks a colour, it follows the platform. */
  colorChosen: boolean;
}

export function ChannelsSection() {
  const { t } = useTranslation();
  const channels = useChannels();

  return (
    <>
      <RecordList<Channel>
        rows={channels.rows}
        status={channels.status}
        loadError={channels.loadError}
        onRetry={() => void channels.load()}
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
        Editor={ChannelEditor}
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
      <ChannelAddForm />
    </>
  );
}

const blankDraft = (): ChannelDraft => ({
  platform: 'instagram',
  name: '',
  handle: '',
  color: defaultPlatformColors.instagram,
  colorChosen: false,
});

/** The fields shared by "add" and "edit"; the platform change carries the colour along until one is chosen. */
function ChannelFields({
  draft,
  setDraft,
  errors,
  autoFocus,
}: {
  draft: ChannelDraft;
  setDraft(update: (draft: ChannelDraft) => ChannelDraft): void;
  errors: Partial<Record<string, string>>;
  autoFocus?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <div className="form-grid form-grid--channel">
      <SelectField
        label={t('channels.platform')}
        name="platform"
        value={draft.platform}
        options={platforms.map((platform) => ({
          value: platform,
          label: t(`channels.platforms.${platform}`),
        }))}
        onValue={(platform) =>
          setDraft((current) => ({
            ...current,
            platform,
            color: current.colorChosen ? current.color : defaultPlatformColors[platform],
          }))
        }
        error={errors.platform}
        autoFocus={autoFocus}
      />
      <TextField
        label={t('channels.name')}
        name="name"
        value={draft.name}
        onValue={(name) => setDraft((current) => ({ ...current, name }))}
        placeholder={t('channels.namePlaceholder')}
        error={errors.name}
        maxLength={120}
        autoComplete="off"
      />
      <TextField
        label={t('channels.handle')}
        name="handle"
        value={draft.handle}
        onValue={(handle) => setDraft((current) => ({ ...current, handle }))}
        placeholder={t('channels.handlePlaceholder')}
        error={errors.handle}
        maxLength={120}
        autoComplete="off"
        spellCheck={false}
      />
      <ColorField
        label={t('channels.color')}
        name="color"
        value={draft.color}
        onValue={(color) => setDraft((current) => ({ ...current, color, colorChosen: true }))}
        hint={t('channels.colorHint')}
        error={errors.color}
      />
    </div>
  );
}

function ChannelAddForm() {
  const { t } = useTranslation();
  const create = useChannels((state) => state.create);
  const [draft, setDraftState] = useState<ChannelDraft>(blankDraft);
  const formRef = useRef<HTMLFormElement>(null);
  const form = useFormSubmit<Channel>(channelFields, formRef);
  const setDraft = (update: (draft: ChannelDraft) => ChannelDraft) => {
    form.touch();
    setDraftState(update);
  };

  return (
    <form
      ref={formRef}
      className="add-form"
      aria-label={t('channels.addTitle')}
      noValidate
      onSubmit={async (event) => {
        event.preventDefault();
        const { platform, name, handle, color } = draft;
        const result = await form.submit(() => create({ platform, name, handle, color }));
        if (result?.ok) setDraftState(blankDraft());
      }}
    >
      <h3 className="add-form__title">{t('channels.addTitle')}</h3>
      <ChannelFields draft={draft} setDraft={setDraft} errors={form.errors.byField} />
      <FormFooter
        phase={form.phase}
        generalError={form.errors.general}
        submitLabel={t('channels.add')}
      />
    </form>
  );
}

function ChannelEditor({ row: channel, done }: { row: Channel; done(): void }) {
  const { t } = useTranslation();
  const update = useChannels((state) => state.update);
  const [draft, setDraft] = useState<ChannelDraft>(() => ({
    platform: channel.platform,
    name: channel.name,
    handle: channel.handle,
    color: channel.color,
    colorChosen: true,
  }));
  const formRef = useRef<HTMLFormElement>(null);
  const form = useFormSubmit<Channel>(channelFields, formRef);

  return (
    <form
      ref={formRef}
      className="record-editor"
      aria-label={t('channels.editTitle', { name: channel.name })}
      noValidate
      onSubmit={async (event) => {
        event.preventDefault();
        const { platform, name, handle, color } = draft;
        const result = await form.submit(() =>
          update({ id: channel.id, platform, name, handle, color }),
        );
        if (result?.ok) done();
      }}
    >
      <ChannelFields draft={draft} setDraft={setDraft} errors={form.errors.byField} autoFocus />
      <FormFooter
        phase={form.phase}
        generalError={form.errors.general}
        submitLabel={t('common.save')}
        onCancel={done}
      />
    </form>
  );
}
