import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Channel } from '../../../shared/domain/channels';
import {
  measureChannel,
  type Measurement,
  type PostForLimits,
} from '../../../shared/domain/platform-limits';
import type { PostFormat } from '../../../shared/domain/posts';
import { PlatformIcon } from '../../components/PlatformIcon';
import { toggleChannel, updateChannel, type PostDraft } from './draft';
import { formatsFor, platformLimits, sourceText } from './limits';

interface ChannelFieldsProps {
  draft: PostDraft;
  /** Active channels plus any inactive one the post already uses. */
  channels: Channel[];
  forLimits: PostForLimits;
  onDraft(update: (draft: PostDraft) => PostDraft): void;
  disabled: boolean;
  error?: string;
}

/**
 * One row per channel: tick it, pick the format, optionally give it its own caption, and read
 * its live counters (caption and title length, hashtags, media) against that platform's limits.
 */
export function ChannelFields({
  draft,
  channels,
  forLimits,
  onDraft,
  disabled,
  error,
}: ChannelFieldsProps) {
  const { t } = useTranslation();
  const ids = useId();
  return (
    <fieldset
      className="fieldset editor-channels"
      aria-describedby={error ? `${ids}-error` : undefined}
    >
      <legend>{t('editor.channels')}</legend>
      {error && (
        <p className="field__error" id={`${ids}-error`} role="alert">
          {error}
        </p>
      )}
      <ul className="editor-channels__list">
        {channels.map((channel) => {
          const selected = draft.channels.find((item) => item.channelId === channel.id);
          const limitsChannel = forLimits.channels.find((item) => item.channelId === channel.id);
          const measurements = limitsChannel
            ? measureChannel(forLimits, limitsChannel, platformLimits)
            : [];
          const checkboxId = `${ids}-${channel.id}`;
          return (
            <li
              key={channel.id}
              className={`editor-channel${selected ? ' editor-channel--selected' : ''}`}
            >
              <div className="editor-channel__head">
                <input
                  id={checkboxId}
                  type="checkbox"
                  name="channels"
                  value={channel.id}
                  checked={Boolean(selected)}
                  disabled={disabled}
                  onChange={(event) =>
                    onDraft((current) => toggleChannel(current, channel, event.target.checked))
                  }
                />
                <label htmlFor={checkboxId} className="editor-channel__label">
                  <PlatformIcon platform={channel.platform} size={20} />
                  <span className="editor-channel__name">{channel.name}</span>
                  <span className="editor-channel__platform">
                    {t(`channels.platforms.${channel.platform}`)}
                  </span>
                </label>
              </div>
              {selected && (
                <div className="editor-channel__body">
                  <div className="editor-channel__row">
                    <label className="field__label" htmlFor={`${checkboxId}-format`}>
                      {t('editor.formatLabel')}
                      <span className="visually-hidden">
                        {' '}
                        {t('editor.formatOn', { channel: channel.name })}
                      </span>
                    </label>
                    <select
                      id={`${checkboxId}-format`}
                      value={selected.format}
                      disabled={disabled}
                      onChange={(event) =>
                        onDraft((current) =>
                          updateChannel(current, channel.id, {
                            format: event.target.value as PostFormat,
                          }),
                        )
                      }
                    >
                      {offeredFormats(channel.platform, selected.format).map((format) => (
                        <option key={format} value={format}>
                          {t(`editor.formats.${format}`)}
                        </option>
                      ))}
                    </select>
                  </div>
                  <div className="checkbox">
                    <input
                      id={`${checkboxId}-own`}
                      type="checkbox"
                      checked={selected.ownCaption}
                      disabled={disabled}
                      onChange={(event) =>
                        onDraft((current) =>
                          updateChannel(current, channel.id, { ownCaption: event.target.checked }),
                        )
                      }
                    />
                    <label htmlFor={`${checkboxId}-own`}>
                      {t('editor.ownCaption', { channel: channel.name })}
                    </label>
                  </div>
                  {selected.ownCaption && (
                    <div className="field">
                      <label className="field__label" htmlFor={`${checkboxId}-caption`}>
                        {t('editor.captionOverride', { channel: channel.name })}
                      </label>
                      <textarea
                        id={`${checkboxId}-caption`}
                        rows={4}
                        value={selected.captionOverride}
                        disabled={disabled}
                        onChange={(event) =>
                          onDraft((current) =>
                            updateChannel(current, channel.id, {
                              captionOverride: event.target.value,
                            }),
                          )
                        }
                      />
                    </div>
                  )}
                  <Counters channelName={channel.name} measurements={measurements} />
                </div>
              )}
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}

const number = (value: number, locale: string) => new Intl.NumberFormat(locale).format(value);

/** The platform's formats; a format it no longer offers stays visible while the post has it. */
function offeredFormats(platform: Channel['platform'], current: PostFormat): PostFormat[] {
  const offered = formatsFor(platform);
  return offered.includes(current) ? offered : [...offered, current];
}

function Counters({
  channelName,
  measurements,
}: {
  channelName: string;
  measurements: Measurement[];
}) {
  const { t, i18n } = useTranslation();
  const ids = useId();
  const shown = measurements.filter((item) => item.limit !== null);
  if (shown.length === 0) return null;
  return (
    <ul
      className="counters"
      aria-label={t('editor.limits.countersLabel', { channel: channelName })}
    >
      {shown.map((item) => {
        const over = item.actual > (item.limit ?? Infinity);
        const sourceId = `${ids}-${item.kind}`;
        const source = item.sourceRef ? sourceText([item.sourceRef], i18n.language) : null;
        return (
          <li
            key={item.kind}
            className={`counter${over ? ' counter--over' : ''}`}
            title={source ? t('editor.limits.source', { source }) : undefined}
            aria-describedby={source ? sourceId : undefined}
          >
            <span className="counter__label">{t(`editor.limits.kinds.${item.kind}`)}</span>{' '}
            <span className="counter__value">
              {t('editor.limits.counter', {
                actual: number(item.actual, i18n.language),
                limit: number(item.limit ?? 0, i18n.language),
              })}
            </span>
            {over && <span className="counter__over">{t('editor.limits.over')}</span>}
            {source && (
              <span id={sourceId} className="visually-hidden">
                {t('editor.limits.source', { source })}
              </span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
