import { useId, type ReactNode, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { Campaign } from '../../../shared/domain/campaigns';
import type { Channel } from '../../../shared/domain/channels';
import { normaliseHashtag } from '../../../shared/domain/hashtags';
import type { Person } from '../../../shared/domain/people';
import type { MediaWarning } from '../../../shared/domain/media-fit';
import type { PostForLimits, Warning } from '../../../shared/domain/platform-limits';
import { isLocalDate, zoneLabel } from '../../../shared/time';
import { routeHash } from '../../navigation/routes';
import { formatLongDate } from '../calendar/format';
import { AssetsField, type AttachedAsset } from './AssetsField';
import { ChannelFields } from './ChannelFields';
import { ChipInput } from './ChipInput';
import { captionHashtags, type PostDraft } from './draft';
import { LimitWarnings } from './LimitWarnings';
import { TimeField } from './TimeField';
import { DateInput } from '../../components/DateInput';

interface PostFieldsProps {
  draft: PostDraft;
  onDraft(update: (draft: PostDraft) => PostDraft): void;
  errors: Partial<Record<string, string>>;
  disabled: boolean;
  channels: Channel[];
  campaigns: Campaign[];
  people: Person[];
  forLimits: PostForLimits;
  warnings: Warning[];
  /** The attachments' library records, in the draft's order (useAttachedAssets). */
  attached: AttachedAsset[];
  mediaWarnings: MediaWarning[];
  zone: string;
  /** "Ulangi" for a new post, placed under the date and time. */
  repeat?: ReactNode;
  /** Where the first field's ref goes, for focusing it when a new post opens. */
  titleRef?: Ref<HTMLInputElement>;
}

/** Every input of a post, in the order a planner fills them in. */
export function PostFields({
  draft,
  onDraft,
  errors,
  disabled,
  channels,
  campaigns,
  people,
  forLimits,
  warnings,
  attached,
  mediaWarnings,
  zone,
  repeat,
  titleRef,
}: PostFieldsProps) {
  const { t, i18n } = useTranslation();
  const ids = useId();
  const set =
    <K extends keyof PostDraft>(key: K) =>
    (value: PostDraft[K]) =>
      onDraft((current) => ({ ...current, [key]: value }));
  const fromCaption = captionHashtags(draft);
  const campaign = campaigns.find((item) => item.id === draft.campaignId);
  const zoneName = zoneLabel(zone);

  return (
    <>
      <TextInput
        id={`${ids}-title`}
        label={t('editor.title')}
        name="title"
        value={draft.title}
        onValue={set('title')}
        error={errors.title}
        disabled={disabled}
        placeholder={t('editor.titlePlaceholder')}
        maxLength={300}
        inputRef={titleRef}
        required
      />

      <fieldset className="fieldset editor-fieldset" disabled={disabled}>
        <legend>{t('editor.when')}</legend>
        <div className="editor-when">
          <div className={`field field--compact${errors.schedule ? ' field--invalid' : ''}`}>
            <label className="field__label" htmlFor={`${ids}-date`}>
              {t('editor.date')}
            </label>
            <DateInput
              id={`${ids}-date`}
              name="schedule"
              value={draft.date}
              aria-invalid={errors.schedule ? true : undefined}
              aria-describedby={`${ids}-date-hint${errors.schedule ? ` ${ids}-date-error` : ''}`}
              onValue={(value) => set('date')(value)}
            />
          </div>
          <TimeField
            id={`${ids}-time`}
            label={t('editor.time', { zone: zoneName })}
            name="time"
            value={draft.time}
            onValue={set('time')}
            disabled={!draft.date}
            error={errors.time}
          />
          {draft.date && (
            <button type="button" className="editor-when__idea" onClick={() => set('date')('')}>
              {t('editor.makeIdea')}
            </button>
          )}
        </div>
        <p className="field__hint" id={`${ids}-date-hint`}>
          {draft.date && isLocalDate(draft.date)
            ? `${formatLongDate(draft.date, i18n.language)}. ${t('editor.dateHint')}`
            : t('editor.idea')}
        </p>
        {errors.schedule && (
          <p className="field__error" id={`${ids}-date-error`} role="alert">
            {errors.schedule}
          </p>
        )}
        {repeat}
      </fieldset>

      <TextArea
        id={`${ids}-caption`}
        label={t('editor.caption')}
        name="caption"
        value={draft.caption}
        onValue={set('caption')}
        error={errors.caption}
        hint={t('editor.captionHint')}
        disabled={disabled}
        rows={6}
      />

      <ChipInput
        label={t('editor.hashtags')}
        name="hashtags"
        values={draft.hashtags}
        onValues={set('hashtags')}
        normalise={normaliseHashtag}
        invalidMessage={t('editor.invalidHashtag')}
        display={(tag) => `#${tag}`}
        hint={t('editor.hashtagsHint')}
        addLabel={t('editor.addHashtag')}
        disabled={disabled}
        extra={
          fromCaption.length > 0 ? (
            <p className="chip-field__extra">
              {t('editor.inCaption', { tags: fromCaption.map((tag) => `#${tag}`).join(' ') })}
            </p>
          ) : undefined
        }
      />

      <AssetsField
        assetIds={draft.assetIds}
        attached={attached}
        onDraft={onDraft}
        disabled={disabled}
        error={errors.assetIds}
      />

      {channels.length === 0 ? (
        <div className="fieldset">
          <p className="field__label">{t('editor.channels')}</p>
          <p className="muted">
            {t('editor.noChannels')}{' '}
            <a href={routeHash({ screen: 'settings', section: 'channels' })}>
              {t('editor.addChannels')}
            </a>
          </p>
        </div>
      ) : (
        <ChannelFields
          draft={draft}
          channels={channels}
          forLimits={forLimits}
          onDraft={onDraft}
          disabled={disabled}
          error={errors.channels}
        />
      )}

      <LimitWarnings
        warnings={warnings}
        mediaWarnings={mediaWarnings}
        channels={channels}
        hasChannels={draft.channels.length > 0}
      />

      <TextInput
        id={`${ids}-link`}
        label={
          <>
            {t('editor.link')} <span className="field__optional">{t('common.optional')}</span>
          </>
        }
        name="link"
        type="url"
        value={draft.link}
        onValue={set('link')}
        error={errors.link}
        disabled={disabled}
        placeholder={t('editor.linkPlaceholder')}
      />
      <TextArea
        id={`${ids}-first-comment`}
        label={
          <>
            {t('editor.firstComment')}{' '}
            <span className="field__optional">{t('common.optional')}</span>
          </>
        }
        name="firstComment"
        value={draft.firstComment}
        onValue={set('firstComment')}
        error={errors.firstComment}
        disabled={disabled}
        rows={2}
      />
      <TextArea
        id={`${ids}-brief`}
        label={
          <>
            {t('editor.brief')} <span className="field__optional">{t('common.optional')}</span>
          </>
        }
        name="brief"
        value={draft.brief}
        onValue={set('brief')}
        error={errors.brief}
        disabled={disabled}
        placeholder={t('editor.briefPlaceholder')}
        rows={3}
      />

      <div className="editor-stack">
        <div className="field">
          <label className="field__label" htmlFor={`${ids}-campaign`}>
            {t('editor.campaign')}
          </label>
          <span className="select-with-swatch">
            <span
              className="swatch swatch--large"
              style={{ backgroundColor: campaign?.color ?? 'transparent' }}
              aria-hidden="true"
            />
            <select
              id={`${ids}-campaign`}
              name="campaignId"
              value={draft.campaignId ?? ''}
              disabled={disabled}
              onChange={(event) => set('campaignId')(event.target.value || null)}
            >
              <option value="">{t('editor.noCampaign')}</option>
              {campaigns.map((item) => (
                <option key={item.id} value={item.id}>
                  {item.name}
                </option>
              ))}
            </select>
          </span>
        </div>
        <div className="field">
          <label className="field__label" htmlFor={`${ids}-assignee`}>
            {t('editor.assignee')}
          </label>
          <select
            id={`${ids}-assignee`}
            name="assigneeId"
            value={draft.assigneeId ?? ''}
            disabled={disabled}
            onChange={(event) => set('assigneeId')(event.target.value || null)}
          >
            <option value="">{t('editor.noAssignee')}</option>
            {people.map((person) => (
              <option key={person.id} value={person.id}>
                {person.name}
              </option>
            ))}
          </select>
        </div>
      </div>

      <ChipInput
        label={t('editor.tags')}
        name="tags"
        values={draft.tags}
        onValues={set('tags')}
        normalise={(raw) => raw.trim().slice(0, 60) || null}
        invalidMessage={t('editor.invalidTag')}
        hint={t('editor.tagsHint')}
        addLabel={t('editor.addTag')}
        disabled={disabled}
        maxLength={60}
      />
    </>
  );
}

function TextInput({
  id,
  label,
  name,
  value,
  onValue,
  error,
  disabled,
  placeholder,
  maxLength,
  type = 'text',
  inputRef,
  required,
}: {
  id: string;
  label: ReactNode;
  name: string;
  value: string;
  onValue(value: string): void;
  error?: string;
  disabled: boolean;
  placeholder?: string;
  maxLength?: number;
  type?: 'text' | 'url';
  inputRef?: Ref<HTMLInputElement>;
  required?: boolean;
}) {
  return (
    <div className={`field${error ? ' field--invalid' : ''}`}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <input
        ref={inputRef}
        id={id}
        name={name}
        type={type}
        value={value}
        disabled={disabled}
        placeholder={placeholder}
        maxLength={maxLength}
        required={required}
        autoComplete="off"
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(event) => onValue(event.target.value)}
      />
      {error && (
        <p className="field__error" id={`${id}-error`} role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

function TextArea({
  id,
  label,
  name,
  value,
  onValue,
  error,
  hint,
  disabled,
  placeholder,
  rows,
}: {
  id: string;
  label: ReactNode;
  name: string;
  value: string;
  onValue(value: string): void;
  error?: string;
  hint?: string;
  disabled: boolean;
  placeholder?: string;
  rows: number;
}) {
  const describedBy = [error ? `${id}-error` : '', hint ? `${id}-hint` : '']
    .filter(Boolean)
    .join(' ');
  return (
    <div className={`field${error ? ' field--invalid' : ''}`}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <textarea
        id={id}
        name={name}
        value={value}
        rows={rows}
        disabled={disabled}
        placeholder={placeholder}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy || undefined}
        onChange={(event) => onValue(event.target.value)}
      />
      {hint && (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p className="field__error" id={`${id}-error`} role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
