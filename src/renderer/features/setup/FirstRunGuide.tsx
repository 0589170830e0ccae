import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { platforms, type Platform } from '../../../shared/domain/channels';
import { roles, type Role } from '../../../shared/domain/people';
import { ModalDialog } from '../../components/Dialog';
import { SelectField, TextField } from '../../components/fields';
import { useChannels, usePeople } from '../../stores/collections';
import { useSettings } from '../../stores/settings';
import { indonesianZoneChoices, setupSteps, shouldOfferGuide } from './model';
import { useSetup } from './store';
import './setup.css';

const zoneWords = {
  'Asia/Jakarta': 'preferences.zoneWIB',
  'Asia/Makassar': 'preferences.zoneWITA',
  'Asia/Jayapura': 'preferences.zoneWIT',
} as const;

/** Shown over the app while a new office has no name and no channel, until finished or skipped. */
export function FirstRunGuide() {
  const officeName = useSettings((state) => state.settings?.officeName ?? '');
  const channelCount = useChannels((state) => state.rows.length);
  const channelsLoaded = useChannels((state) => state.status === 'ready');
  const closed = useSetup((state) => state.closed);
  const offered = useSetup((state) => state.offered);
  const offerNow = shouldOfferGuide({
    officeName,
    channelCount,
    channelsLoaded,
    closedBefore: closed,
  });
  // Once offered it stays open while the user fills it in (saving the name would otherwise end it).
  useEffect(() => {
    if (offerNow) useSetup.getState().offer();
  }, [offerNow]);
  if (!(offered || offerNow) || closed) return null;
  return <GuideDialog />;
}

function GuideDialog() {
  const { t } = useTranslation();
  const titleId = useId();
  const step = useSetup((state) => state.step);
  const busy = useSetup((state) => state.busy);
  const error = useSetup((state) => state.error);
  const setup = useSetup.getState;
  const index = setupSteps.indexOf(step);
  const last = index === setupSteps.length - 1;

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (last) setup().close('done');
    else await setup().next();
  };

  return (
    <ModalDialog
      className="setup-guide"
      labelledBy={titleId}
      closeOnBackdrop={false}
      onClose={() => setup().close('skipped')}
    >
      <header className="setup-guide__header">
        <h2 id={titleId}>{t('setup.title')}</h2>
        <p>{t('setup.intro')}</p>
        <ol className="setup-guide__steps" aria-label={t('setup.stepsLabel')}>
          {setupSteps.map((name) => (
            <li key={name} aria-current={name === step ? 'step' : undefined}>
              {t(`setup.steps.${name}`)}
            </li>
          ))}
        </ol>
      </header>
      <form
        className="setup-guide__body"
        aria-label={t(`setup.steps.${step}`)}
        noValidate
        onSubmit={onSubmit}
      >
        <h3>
          {t('setup.stepHeading', {
            n: index + 1,
            total: setupSteps.length,
            name: t(`setup.steps.${step}`),
          })}
        </h3>
        <StepFields />
        {error && (
          <p className="setup-guide__error" role="alert">
            {error.message}
          </p>
        )}
        <div className="setup-guide__actions">
          <button type="button" className="button" onClick={() => setup().close('skipped')}>
            {t('setup.skip')}
          </button>
          <span className="setup-guide__spacer" />
          {index > 0 && (
            <button type="button" className="button" onClick={() => setup().back()}>
              {t('setup.back')}
            </button>
          )}
          <button type="submit" className="button button--primary" disabled={busy}>
            {last ? t('setup.finish') : t('setup.next')}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}

function StepFields() {
  const { t } = useTranslation();
  const step = useSetup((state) => state.step);
  const draft = useSetup((state) => state.draft);
  const edit = useSetup.getState().edit;
  switch (step) {
    case 'office':
      return (
        <>
          <TextField
            label={t('office.officeName')}
            name="officeName"
            value={draft.officeName}
            onValue={(officeName) => edit({ officeName })}
            placeholder={t('office.officeNamePlaceholder')}
            maxLength={200}
            autoFocus
          />
          <TextField
            label={t('office.unitName')}
            name="unitName"
            value={draft.unitName}
            onValue={(unitName) => edit({ unitName })}
            maxLength={200}
          />
        </>
      );
    case 'zone':
      return (
        <fieldset className="fieldset">
          <legend>{t('preferences.timeZone')}</legend>
          {indonesianZoneChoices.map((zone) => (
            <label key={zone} className="setup-guide__choice">
              <input
                type="radio"
                name="timeZone"
                value={zone}
                checked={draft.timeZone === zone}
                onChange={() => edit({ timeZone: zone })}
              />
              {t(zoneWords[zone])}
            </label>
          ))}
          <p className="field__hint">{t('setup.zoneHint')}</p>
        </fieldset>
      );
    case 'signer':
      return (
        <>
          <TextField
            label={t('office.signerName')}
            name="signerName"
            value={draft.signerName}
            onValue={(signerName) => edit({ signerName })}
            maxLength={120}
            autoFocus
          />
          <TextField
            label={t('office.signerPosition')}
            name="signerPosition"
            value={draft.signerPosition}
            onValue={(signerPosition) => edit({ signerPosition })}
            maxLength={200}
          />
          <TextField
            label={t('office.signerNip')}
            name="signerNip"
            value={draft.signerNip}
            onValue={(signerNip) => edit({ signerNip })}
            inputMode="numeric"
            maxLength={30}
          />
        </>
      );
    case 'channels':
      return <AddChannel />;
    case 'people':
      return <AddPerson />;
  }
}

/**
 * The name field of an "add" row. After an add succeeds the field empties only if it still
 * holds the name that was added: someone who typed the next name while the add was on its way
 * (quick typists, a slow office network) keeps what they typed instead of seeing it wiped, and
 * then adding "nothing" (a refusal) while believing they added the second person.
 */
function useClearableName() {
  const [name, setName] = useState('');
  const clearIfStill = (added: string) => setName((current) => (current === added ? '' : current));
  return [name, setName, clearIfStill] as const;
}

function AddChannel() {
  const { t } = useTranslation();
  const channels = useChannels((state) => state.rows);
  const [platform, setPlatform] = useState<Platform>('instagram');
  const [name, setName, clearIfStill] = useClearableName();
  return (
    <>
      <p className="field__hint">{t('setup.channelsHint')}</p>
      <div className="setup-guide__row">
        <SelectField
          label={t('channels.platform')}
          name="platform"
          value={platform}
          onValue={setPlatform}
          options={platforms.map((value) => ({ value, label: t(`channels.platforms.${value}`) }))}
        />
        <TextField
          label={t('channels.name')}
          name="channelName"
          value={name}
          onValue={setName}
          placeholder={t('channels.namePlaceholder')}
          maxLength={120}
        />
        <button
          type="button"
          className="button"
          onClick={async () => {
            if (await useSetup.getState().addChannel({ platform, name })) clearIfStill(name);
          }}
        >
          {t('channels.add')}
        </button>
      </div>
      <AddedList
        label={t('setup.addedChannels')}
        items={channels.map((c) => `${t(`channels.platforms.${c.platform}`)} · ${c.name}`)}
      />
    </>
  );
}

function AddPerson() {
  const { t } = useTranslation();
  const people = usePeople((state) => state.rows);
  const [role, setRole] = useState<Role>('planner');
  const [name, setName, clearIfStill] = useClearableName();
  return (
    <>
      <p className="field__hint">{t('setup.peopleHint')}</p>
      <div className="setup-guide__row">
        <TextField
          label={t('people.name')}
          name="personName"
          value={name}
          onValue={setName}
          placeholder={t('people.namePlaceholder')}
          maxLength={120}
        />
        <SelectField
          label={t('people.role')}
          name="role"
          value={role}
          onValue={setRole}
          options={roles.map((value) => ({ value, label: t(`people.roles.${value}`) }))}
        />
        <button
          type="button"
          className="button"
          onClick={async () => {
            if (await useSetup.getState().addPerson({ name, role })) clearIfStill(name);
          }}
        >
          {t('people.add')}
        </button>
      </div>
      <AddedList
        label={t('setup.addedPeople')}
        items={people.map((p) => `${p.name} · ${t(`people.roles.${p.role}`)}`)}
      />
    </>
  );
}

function AddedList({ label, items }: { label: string; items: string[] }) {
  const { t } = useTranslation();
  if (items.length === 0) return <p className="muted">{t('setup.noneYet')}</p>;
  return (
    <ul className="setup-guide__added" aria-label={label}>
      {items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  );
}
