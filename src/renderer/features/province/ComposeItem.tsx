import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { displayTime } from '../../../shared/time';
import { DateInput } from '../../components/DateInput';
import { PlatformIcon } from '../../components/PlatformIcon';
import { TimeField } from '../editor/TimeField';
import { captionMeasure, type ItemDraft } from './compose-model';
import { useComposePacks } from './compose-store';
import { ShortenedNotice } from './ShortenedNotice';

/**
 * One pack item in the composer: title, suggested day and time, instructions, hashtags, and each
 * platform's caption with its length against that platform's limit.
 */
export function ComposeItem({ item, number }: { item: ItemDraft; number: number }) {
  const { t, i18n } = useTranslation();
  const ids = useId();
  const { editItem, removeItem } = useComposePacks.getState();
  const edit = (update: (item: ItemDraft) => ItemDraft) => editItem(item.itemId, update);
  const locale = i18n.language.startsWith('en') ? 'en-GB' : 'id-ID';
  const number_ = (value: number) => new Intl.NumberFormat(locale).format(value);
  return (
    <li className="compose-item">
      <fieldset className="fieldset">
        <legend>{t('provinceSend.compose.item', { number, title: item.title })}</legend>
        <ShortenedNotice shortened={item.shortened} />
        <div className="field">
          <label className="field__label" htmlFor={`${ids}-title`}>
            {t('provinceSend.compose.itemTitle')}
          </label>
          <input
            id={`${ids}-title`}
            type="text"
            maxLength={200}
            value={item.title}
            onChange={(event) => edit((i) => ({ ...i, title: event.target.value }))}
          />
        </div>
        <div className="compose-pack__row">
          <div className="field field--compact">
            <label className="field__label" htmlFor={`${ids}-date`}>
              {t('provinceSend.compose.itemDate')}
            </label>
            <DateInput
              id={`${ids}-date`}
              value={item.date}
              onValue={(date) => edit((i) => ({ ...i, date }))}
            />
          </div>
          <TimeField
            id={`${ids}-time`}
            name={`time-${item.itemId}`}
            label={t('provinceSend.compose.itemTime')}
            value={displayTime(item.time, i18n.language)}
            onValue={(time) => edit((i) => ({ ...i, time }))}
          />
        </div>
        <div className="field">
          <label className="field__label" htmlFor={`${ids}-instructions`}>
            {t('provinceSend.compose.itemInstructions')}
          </label>
          <textarea
            id={`${ids}-instructions`}
            rows={2}
            maxLength={2000}
            value={item.instructions}
            onChange={(event) => edit((i) => ({ ...i, instructions: event.target.value }))}
          />
        </div>
        <div className="field">
          <label className="field__label" htmlFor={`${ids}-hashtags`}>
            {t('provinceSend.compose.itemHashtags')}
          </label>
          <input
            id={`${ids}-hashtags`}
            type="text"
            value={item.hashtags}
            onChange={(event) => edit((i) => ({ ...i, hashtags: event.target.value }))}
          />
        </div>
        {item.platforms.map((entry) => {
          const platform = t(`channels.platforms.${entry.platform}`);
          const { actual, limit } = captionMeasure(entry, item);
          const over = limit !== null && actual > limit;
          const captionId = `${ids}-caption-${entry.platform}`;
          return (
            <div key={entry.platform} className={`field${over ? ' field--invalid' : ''}`}>
              <label className="field__label compose-item__platform" htmlFor={captionId}>
                <PlatformIcon platform={entry.platform} />
                {t('provinceSend.compose.caption', { platform })}
              </label>
              <textarea
                id={captionId}
                rows={4}
                maxLength={5000}
                value={entry.caption}
                aria-describedby={`${captionId}-count`}
                aria-invalid={over || undefined}
                onChange={(event) =>
                  edit((i) => ({
                    ...i,
                    platforms: i.platforms.map((p) =>
                      p.platform === entry.platform ? { ...p, caption: event.target.value } : p,
                    ),
                  }))
                }
              />
              {limit !== null && (
                <p id={`${captionId}-count`} className={`counter${over ? ' counter--over' : ''}`}>
                  {t('provinceSend.compose.captionCount', {
                    actual: number_(actual),
                    limit: number_(limit),
                  })}
                  {over && ` ${t('provinceSend.compose.captionOver', { platform })}`}
                </p>
              )}
            </div>
          );
        })}
        {item.media.length > 0 && (
          <p className="compose-item__media">
            {t('provinceSend.compose.media', { count: item.media.length })}
          </p>
        )}
        <button type="button" className="button" onClick={() => removeItem(item.itemId)}>
          {t('provinceSend.compose.removeItem', { title: item.title })}
        </button>
      </fieldset>
    </li>
  );
}
