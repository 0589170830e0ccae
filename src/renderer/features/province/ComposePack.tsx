import { useEffect, useId, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { everyOffice } from '../../../shared/exchange/envelope';
import { DateInput } from '../../components/DateInput';
import { Dialog } from '../../components/Dialog';
import { displayTime } from '../../../shared/time';
import { TimeField } from '../editor/TimeField';
import { ComposeItem } from './ComposeItem';
import { recipientCount } from './compose-model';
import { useComposePacks } from './compose-store';
import { PostPicker } from './PostPicker';

/**
 * Composing a pack (a new one, or the next version of a sent one): its title, instructions,
 * deadline and recipients, items taken from the calendar and edited one by one, then "Kirim
 * paket" behind a confirmation naming how many offices get it. Ctrl+Enter sends, Esc cancels
 * (asking first when something was edited).
 */
export function ComposePack() {
  const { t, i18n } = useTranslation();
  const ids = useId();
  const { draft, regencies, missing, asking, sending, error } = useComposePacks();
  const store = useComposePacks.getState();
  const titleRef = useRef<HTMLInputElement>(null);
  // The composer replaces the list: the keyboard starts in its first field.
  useEffect(() => titleRef.current?.focus(), []);
  if (!draft) return null;
  const chosen = draft.recipients === everyOffice ? null : draft.recipients;
  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      store.askSend();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      store.cancel();
    }
  };
  const heading =
    draft.packId === null
      ? t('provinceSend.compose.titleNew')
      : t('provinceSend.compose.titleVersion', { title: draft.title, version: draft.version });
  return (
    <>
      <form
        className="compose-pack"
        aria-labelledby={`${ids}-heading`}
        onKeyDown={onKeyDown}
        onSubmit={(event) => {
          event.preventDefault();
          store.askSend();
        }}
      >
        <h2 id={`${ids}-heading`}>{heading}</h2>
        <p className="compose-pack__keys">{t('provinceSend.compose.keys')}</p>

        <div className="field">
          <label className="field__label" htmlFor={`${ids}-title`}>
            {t('provinceSend.compose.packTitle')}
          </label>
          <input
            ref={titleRef}
            id={`${ids}-title`}
            type="text"
            maxLength={200}
            value={draft.title}
            onChange={(event) => store.edit((d) => ({ ...d, title: event.target.value }))}
          />
        </div>
        <div className="field">
          <label className="field__label" htmlFor={`${ids}-instructions`}>
            {t('provinceSend.compose.instructions')}
          </label>
          <textarea
            id={`${ids}-instructions`}
            rows={3}
            maxLength={4000}
            value={draft.instructions}
            onChange={(event) => store.edit((d) => ({ ...d, instructions: event.target.value }))}
          />
        </div>
        <div className="compose-pack__row">
          <div className="field field--compact">
            <label className="field__label" htmlFor={`${ids}-deadline-date`}>
              {t('provinceSend.compose.deadlineDate')}
            </label>
            <DateInput
              id={`${ids}-deadline-date`}
              value={draft.deadlineDate}
              onValue={(date) => store.edit((d) => ({ ...d, deadlineDate: date }))}
            />
          </div>
          <TimeField
            id={`${ids}-deadline-time`}
            name="deadlineTime"
            label={t('provinceSend.compose.deadlineTime')}
            value={displayTime(draft.deadlineTime, i18n.language)}
            onValue={(time) => store.edit((d) => ({ ...d, deadlineTime: time }))}
          />
        </div>

        <fieldset className="fieldset compose-pack__recipients">
          <legend>{t('provinceSend.compose.recipients')}</legend>
          <div className="checkbox">
            <input
              id={`${ids}-everyone`}
              type="radio"
              name="recipients"
              checked={chosen === null}
              onChange={() => store.edit((d) => ({ ...d, recipients: everyOffice }))}
            />
            <label htmlFor={`${ids}-everyone`}>{t('provinceSend.compose.everyone')}</label>
          </div>
          <div className="checkbox">
            <input
              id={`${ids}-chosen`}
              type="radio"
              name="recipients"
              checked={chosen !== null}
              onChange={() => store.edit((d) => ({ ...d, recipients: [] }))}
            />
            <label htmlFor={`${ids}-chosen`}>{t('provinceSend.compose.chosen')}</label>
          </div>
          {chosen !== null && (
            <ul className="compose-pack__offices">
              {regencies.map((office) => (
                <li key={office.code} className="checkbox">
                  <input
                    id={`${ids}-office-${office.code}`}
                    type="checkbox"
                    checked={chosen.includes(office.code)}
                    onChange={(event) =>
                      store.edit((d) => {
                        const current = d.recipients === everyOffice ? [] : d.recipients;
                        const others = current.filter((code) => code !== office.code);
                        return {
                          ...d,
                          recipients: event.target.checked ? [...others, office.code] : others,
                        };
                      })
                    }
                  />
                  <label htmlFor={`${ids}-office-${office.code}`}>
                    {t('provinceSend.compose.office', { ...office })}
                  </label>
                </li>
              ))}
            </ul>
          )}
        </fieldset>

        <PostPicker />

        <section className="compose-pack__items" aria-labelledby={`${ids}-items`}>
          <h3 id={`${ids}-items`}>{t('provinceSend.compose.itemsTitle')}</h3>
          {draft.items.length === 0 ? (
            <p>{t('provinceSend.compose.noItems')}</p>
          ) : (
            <ol className="compose-pack__item-list">
              {draft.items.map((item, index) => (
                <ComposeItem key={item.itemId} item={item} number={index + 1} />
              ))}
            </ol>
          )}
        </section>

        {missing && (
          <p className="province-screen__error" role="alert">
            {t(`provinceSend.compose.missing.${missing}`)}
          </p>
        )}
        {error && (
          <p className="province-screen__error" role="alert">
            {error}
          </p>
        )}
        <div className="compose-pack__footer">
          <button type="submit" className="button button--primary" disabled={sending}>
            {sending ? t('provinceSend.compose.sending') : t('provinceSend.compose.send')}
          </button>
          <button
            type="button"
            className="button"
            disabled={sending}
            onClick={() => store.cancel()}
          >
            {t('provinceSend.compose.cancel')}
          </button>
        </div>
      </form>

      {asking === 'send' && (
        <Dialog
          title={t('provinceSend.compose.confirm.title')}
          onClose={() => store.answer(false)}
          onSubmit={() => store.answer(true)}
          actions={
            <>
              <button type="submit" className="button button--primary">
                {t('provinceSend.compose.confirm.send')}
              </button>
              <button type="button" className="button" onClick={() => store.answer(false)}>
                {t('provinceSend.compose.confirm.back')}
              </button>
            </>
          }
        >
          <p>
            {t('provinceSend.compose.confirm.body', {
              title: draft.title.trim(),
              version: draft.version,
              count: recipientCount(draft.recipients, regencies.length),
            })}
          </p>
        </Dialog>
      )}
      {asking === 'discard' && (
        <Dialog
          title={t('provinceSend.compose.discard.title')}
          onClose={() => store.answer(false)}
          onSubmit={() => store.answer(true)}
          actions={
            <>
              <button type="submit" className="button button--primary">
                {t('provinceSend.compose.discard.discard')}
              </button>
              <button type="button" className="button" onClick={() => store.answer(false)}>
                {t('provinceSend.compose.discard.keep')}
              </button>
            </>
          }
        >
          <p>{t('provinceSend.compose.discard.body')}</p>
        </Dialog>
      )}
    </>
  );
}
