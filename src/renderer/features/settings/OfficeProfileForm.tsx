import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../../shared/domain/settings';
import { TextField } from '../../components/fields';
import { FormFooter } from '../../components/FormFooter';
import { useFormSubmit } from '../../forms/use-form-submit';
import { useSettings } from '../../stores/settings';

const profileFields = [
  'officeName',
  'unitName',
  'signerName',
  'signerPosition',
  'signerNip',
] as const;
type ProfileField = (typeof profileFields)[number];
type Profile = Pick<Settings, ProfileField>;

const pickProfile = (settings: Settings): Profile => ({
  officeName: settings.officeName,
  unitName: settings.unitName,
  signerName: settings.signerName,
  signerPosition: settings.signerPosition,
  signerNip: settings.signerNip,
});

export function OfficeProfileForm({ settings }: { settings: Settings }) {
  const { t } = useTranslation();
  const update = useSettings((state) => state.update);
  const [draft, setDraft] = useState<Profile>(() => pickProfile(settings));
  const formRef = useRef<HTMLFormElement>(null);
  const form = useFormSubmit<Settings>(profileFields, formRef);

  const set = (field: ProfileField) => (value: string) => {
    form.touch();
    setDraft((current) => ({ ...current, [field]: value }));
  };

  return (
    <form
      ref={formRef}
      aria-label={t('office.title')}
      noValidate
      onSubmit={async (event) => {
        event.preventDefault();
        const result = await form.submit(() => update(draft));
        // Show what was stored (trimmed), not what was typed.
        if (result?.ok) setDraft(pickProfile(result.value));
      }}
    >
      <div className="form-grid">
        <TextField
          label={t('office.officeName')}
          name="officeName"
          value={draft.officeName}
          onValue={set('officeName')}
          placeholder={t('office.officeNamePlaceholder')}
          error={form.errors.byField.officeName}
          maxLength={200}
          autoComplete="organization"
        />
        <TextField
          label={t('office.unitName')}
          name="unitName"
          value={draft.unitName}
          onValue={set('unitName')}
          placeholder={t('office.unitNamePlaceholder')}
          error={form.errors.byField.unitName}
          maxLength={200}
        />
      </div>
      <fieldset className="fieldset">
        <legend>{t('office.signerHeading')}</legend>
        <div className="form-grid">
          <TextField
            label={t('office.signerName')}
            name="signerName"
            value={draft.signerName}
            onValue={set('signerName')}
            error={form.errors.byField.signerName}
            maxLength={120}
            autoComplete="name"
          />
          <TextField
            label={t('office.signerPosition')}
            name="signerPosition"
            value={draft.signerPosition}
            onValue={set('signerPosition')}
            placeholder={t('office.signerPositionPlaceholder')}
            error={form.errors.byField.signerPosition}
            maxLength={200}
          />
          <TextField
            label={t('office.signerNip')}
            name="signerNip"
            value={draft.signerNip}
            onValue={set('signerNip')}
            hint={t('office.signerNipHint')}
            error={form.errors.byField.signerNip}
            inputMode="numeric"
            maxLength={30}
          />
        </div>
      </fieldset>
      <FormFooter
        phase={form.phase}
        generalError={form.errors.general}
        submitLabel={t('common.save')}
      />
    </form>
  );
}
