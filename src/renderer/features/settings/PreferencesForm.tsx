import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  locales,
  weekStarts,
  type Locale,
  type Settings,
  type WeekStart,
} from '../../../shared/domain/settings';
import { indonesianZones, isValidTimeZone } from '../../../shared/domain/time-zones';
import type { ZoneChangeKeep } from '../../../shared/domain/zone-change';
import { localeNames } from '../../../shared/i18n';
import { SelectField } from '../../components/fields';
import { FormFooter } from '../../components/FormFooter';
import { useFormSubmit } from '../../forms/use-form-submit';
import { useSettings } from '../../stores/settings';
import { useZoneChange } from './zone-change-store';
import { ZoneChangeDialog } from './ZoneChangeDialog';

type ZoneChoice = (typeof indonesianZones)[number]['zone'] | 'other';

const zoneLabelKeys = {
  'Asia/Jakarta': 'preferences.zoneWIB',
  'Asia/Makassar': 'preferences.zoneWITA',
  'Asia/Jayapura': 'preferences.zoneWIT',
} as const;

const weekStartKeys = {
  1: 'preferences.monday',
  0: 'preferences.sunday',
  6: 'preferences.saturday',
} as const;

function choiceFor(zone: string): ZoneChoice {
  return indonesianZones.find((option) => option.zone === zone)?.zone ?? 'other';
}

/** Time zone, language and week start: the settings that change how every date is shown. */
export function PreferencesForm({ settings }: { settings: Settings }) {
  const { t } = useTranslation();
  const update = useSettings((state) => state.update);
  const zoneQuestion = useZoneChange((state) => state.question);
  const formRef = useRef<HTMLFormElement>(null);
  const form = useFormSubmit<Settings>(['timeZone', 'locale', 'weekStart'], formRef);
  const [zoneChoice, setZoneChoice] = useState<ZoneChoice>(() => choiceFor(settings.timeZone));
  const [otherZone, setOtherZone] = useState(() =>
    choiceFor(settings.timeZone) === 'other' ? settings.timeZone : '',
  );
  const [locale, setLocale] = useState<Locale>(settings.locale);
  const [weekStart, setWeekStart] = useState<WeekStart>(settings.weekStart);
  const ids = useId();
  const otherZoneId = `${ids}-other-zone`;
  const otherHintId = `${ids}-other-hint`;
  const otherErrorId = `${ids}-other-error`;
  const zoneError = form.errors.byField.timeZone;

  const typedZone = () => (zoneChoice === 'other' ? otherZone.trim() : zoneChoice);

  /** Saves the form; `keep` is the office's answer when the new zone moves planned posts. */
  async function save(keep?: ZoneChangeKeep) {
    const timeZone = typedZone();
    const result = await form.submit(() =>
      update({
        timeZone,
        locale,
        weekStart,
        ...(keep && { zoneChange: { keep } }),
      }),
    );
    if (result?.ok) {
      // "Lainnya: asia/jakarta" comes back as Asia/Jakarta, which is WIB: show it as such.
      const stored = choiceFor(result.value.timeZone);
      setZoneChoice(stored);
      setOtherZone(stored === 'other' ? result.value.timeZone : '');
    }
  }

  const changed =
    <T,>(setter: (value: T) => void) =>
    (value: T) => {
      form.touch();
      setter(value);
    };

  return (
    <>
      <form
        ref={formRef}
        aria-label={t('preferences.title')}
        noValidate
        onSubmit={async (event) => {
          event.preventDefault();
          const timeZone = typedZone();
          // Checked here for a quick answer; the server checks again with the same function.
          if (!isValidTimeZone(timeZone)) {
            form.reject({
              code: 'invalid_request',
              field: 'timeZone',
              message: timeZone
                ? t('preferences.invalidZone', { zone: timeZone })
                : t('preferences.emptyZone'),
            });
            return;
          }
          if (timeZone !== settings.timeZone) {
            // A new zone moves planned posts' local times: the office answers first (the dialog).
            const checked = await useZoneChange.getState().check(timeZone);
            if (!checked.ok) return form.reject(checked.error);
            if (checked.value.affected > 0) return;
          }
          await save();
        }}
      >
        <fieldset className="fieldset zone-choices">
          <legend>{t('preferences.timeZone')}</legend>
          {indonesianZones.map((option) => (
            <label key={option.zone} className="radio">
              <input
                type="radio"
                name="timeZoneChoice"
                value={option.zone}
                checked={zoneChoice === option.zone}
                onChange={() => changed(setZoneChoice)(option.zone)}
              />
              <span>
                {t(zoneLabelKeys[option.zone])}
                <span className="radio__detail">
                  {option.zone}, UTC{option.utcOffset}
                </span>
              </span>
            </label>
          ))}
          <label className="radio">
            <input
              type="radio"
              name="timeZoneChoice"
              value="other"
              checked={zoneChoice === 'other'}
              onChange={() => changed(setZoneChoice)('other')}
            />
            <span>{t('preferences.zoneOther')}</span>
          </label>
          {zoneChoice === 'other' && (
            <div className={`field field--nested${zoneError ? ' field--invalid' : ''}`}>
              <label className="field__label" htmlFor={otherZoneId}>
                {t('preferences.otherZone')}
              </label>
              <input
                id={otherZoneId}
                name="timeZone"
                type="text"
                value={otherZone}
                spellCheck={false}
                autoCapitalize="off"
                aria-invalid={zoneError ? true : undefined}
                aria-describedby={zoneError ? `${otherErrorId} ${otherHintId}` : otherHintId}
                onChange={(event) => changed(setOtherZone)(event.target.value)}
              />
              <p className="field__hint" id={otherHintId}>
                {t('preferences.otherZoneHint')}
              </p>
              {zoneError && (
                <p className="field__error" id={otherErrorId} role="alert">
                  {zoneError}
                </p>
              )}
            </div>
          )}
          {zoneError && zoneChoice !== 'other' && (
            <p className="field__error" role="alert">
              {zoneError}
            </p>
          )}
        </fieldset>
        <div className="form-grid form-grid--narrow">
          <SelectField
            label={t('preferences.language')}
            name="locale"
            value={locale}
            options={locales.map((value) => ({ value, label: localeNames[value], lang: value }))}
            onValue={changed(setLocale)}
            error={form.errors.byField.locale}
          />
          <SelectField
            label={t('preferences.weekStart')}
            name="weekStart"
            value={String(weekStart) as `${WeekStart}`}
            options={weekStarts.map((value) => ({
              value: `${value}` as const,
              label: t(weekStartKeys[value]),
            }))}
            onValue={(value) => changed(setWeekStart)(Number(value) as WeekStart)}
            error={form.errors.byField.weekStart}
          />
        </div>
        <FormFooter
          phase={form.phase}
          generalError={form.errors.general}
          submitLabel={t('common.save')}
        />
      </form>
      {zoneQuestion && (
        <ZoneChangeDialog
          question={zoneQuestion}
          onClose={() => useZoneChange.getState().close()}
          onChoose={(keep) => {
            useZoneChange.getState().close();
            void save(keep);
          }}
        />
      )}
    </>
  );
}
