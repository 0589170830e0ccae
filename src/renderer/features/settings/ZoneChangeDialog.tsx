import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ZoneChangeKeep, ZoneChangePreview } from '../../../shared/domain/zone-change';
import { zoneLabel } from '../../../shared/time';
import { ModalDialog } from '../../components/Dialog';
import { shownDate, shownTime } from './zone-change-model';
import './zone-change.css';

/** The time in the new zone, with its date when that is another day (23.30 WIB → 00.30 WITA). */
function movedTime(instant: string, fromZone: string, toZone: string, locale: string): string {
  const date = shownDate(instant, toZone, locale);
  const time = shownTime(instant, toZone);
  return date === shownDate(instant, fromZone, locale) ? time : `${date}, ${time}`;
}

/**
 * The question asked before the office time zone changes while posts are planned: keep each
 * post's local time (08.00 WIB becomes 08.00 WITA) or keep the moments (08.00 WIB shows as
 * 09.00 WITA). Shows how many posts are at stake and a few real ones under both choices; nothing
 * is chosen for the office, so "Ubah zona waktu" waits for a choice. Open while mounted.
 */
export function ZoneChangeDialog({
  question,
  onChoose,
  onClose,
}: {
  question: ZoneChangePreview;
  onChoose(keep: ZoneChangeKeep): void;
  onClose(): void;
}) {
  const { t, i18n } = useTranslation();
  const [keep, setKeep] = useState<ZoneChangeKeep | null>(null);
  const ids = useId();
  const titleId = `${ids}-title`;
  const { fromZone, toZone, affected, examples } = question;
  const first = examples[0];
  const at = first?.scheduledAt ?? new Date().toISOString();
  const from = zoneLabel(fromZone, at);
  const to = zoneLabel(toZone, first?.reanchoredAt ?? at);
  const options: { value: ZoneChangeKeep; label: string; detail: string }[] = [
    {
      value: 'local_time',
      label: t('zoneChange.keepLocalTime'),
      detail: first
        ? t('zoneChange.keepLocalTimeDetail', {
            to,
            before: shownTime(first.scheduledAt, fromZone),
            after: shownTime(first.reanchoredAt, toZone),
          })
        : '',
    },
    {
      value: 'instant',
      label: t('zoneChange.keepInstant'),
      detail: first
        ? t('zoneChange.keepInstantDetail', {
            before: shownTime(first.scheduledAt, fromZone),
            after: shownTime(first.scheduledAt, toZone),
          })
        : '',
    },
  ];

  return (
    <ModalDialog
      className="zone-change-dialog"
      labelledBy={titleId}
      onClose={onClose}
      closeOnBackdrop={false}
    >
      <form
        className="zone-change-dialog__inner"
        onSubmit={(event) => {
          event.preventDefault();
          if (keep) onChoose(keep);
        }}
      >
        <h2 id={titleId}>{t('zoneChange.title', { from, to })}</h2>
        <p>
          <strong>{t('zoneChange.affected', { count: affected })}</strong>{' '}
          {t('zoneChange.notCounted')}
        </p>
        <fieldset className="fieldset">
          <legend>{t('zoneChange.choice')}</legend>
          {options.map((option) => (
            <label key={option.value} className="radio">
              <input
                type="radio"
                name="zoneChangeKeep"
                value={option.value}
                checked={keep === option.value}
                onChange={() => setKeep(option.value)}
              />
              <span>
                {option.label}
                <span className="radio__detail">{option.detail}</span>
              </span>
            </label>
          ))}
        </fieldset>
        {examples.length > 0 && (
          <table className="zone-change-dialog__examples">
            <caption>{t('zoneChange.examples')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('zoneChange.post')}</th>
                <th scope="col">{t('zoneChange.now')}</th>
                <th scope="col">{t('zoneChange.keepLocalTime')}</th>
                <th scope="col">{t('zoneChange.keepInstant')}</th>
              </tr>
            </thead>
            <tbody>
              {examples.map((example) => (
                <tr key={example.id}>
                  <th scope="row">
                    {example.title}
                    <span className="zone-change-dialog__date">
                      {shownDate(example.scheduledAt, fromZone, i18n.language)}
                    </span>
                  </th>
                  <td>{shownTime(example.scheduledAt, fromZone)}</td>
                  <td>{shownTime(example.reanchoredAt, toZone)}</td>
                  <td>{movedTime(example.scheduledAt, fromZone, toZone, i18n.language)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {affected > examples.length && (
          <p className="zone-change-dialog__more">
            {t('zoneChange.more', { count: affected - examples.length })}
          </p>
        )}
        <p className="zone-change-dialog__note">{t('zoneChange.logged')}</p>
        <div className="zone-change-dialog__actions">
          <button type="button" className="button" onClick={onClose}>
            {t('zoneChange.cancel')}
          </button>
          <button type="submit" className="button button--primary" disabled={keep === null}>
            {t('zoneChange.confirm')}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
