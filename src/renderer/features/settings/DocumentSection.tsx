import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { checkNip, formatNip } from '../../../shared/domain/nip';
import type { PrintDocumentUpdate, Settings, Signer } from '../../../shared/domain/settings';
import { TextAreaField, TextField } from '../../components/fields';
import { FormFooter } from '../../components/FormFooter';
import { useFormSubmit } from '../../forms/use-form-submit';
import { useSettings } from '../../stores/settings';
import { documentLogo } from './document-logo';
import './document-section.css';

const emptySigner: Signer = { role: '', position: '', name: '', nip: '' };

interface Draft {
  letterhead: string;
  place: string;
  signers: Signer[];
}

const draftOf = (settings: Settings): Draft => ({
  letterhead: settings.printDocument.letterhead.join('\n'),
  place: settings.printDocument.place,
  signers: settings.printDocument.signers.length
    ? settings.printDocument.signers
    : [{ ...emptySigner }],
});

const toUpdate = (draft: Draft): PrintDocumentUpdate => ({
  letterhead: draft.letterhead
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean),
  place: draft.place,
  signers: draft.signers.filter((s) => s.role || s.position || s.name || s.nip),
});

/**
 * Settings → "Dokumen cetak": the letterhead (kop surat) and its logo, the place of signing and
 * one or two signers of the printed schedule, with a preview of the first page's letterhead and
 * of the signature block as the PDF lays them out (an HTML likeness, drawn as you type; the
 * PDF itself is made by the export).
 */
export function DocumentSection({ settings }: { settings: Settings }) {
  const { t } = useTranslation();
  const update = useSettings((state) => state.update);
  const [draft, setDraft] = useState<Draft>(() => draftOf(settings));
  const formRef = useRef<HTMLFormElement>(null);
  const form = useFormSubmit<Settings>(['letterhead', 'place', 'signers'], formRef);
  const [logoMessage, setLogoMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [logoPreview, setLogoPreview] = useState<string | null>(null);

  const setSigner = (index: number, field: keyof Signer) => (value: string) => {
    form.touch();
    setDraft((current) => ({
      ...current,
      signers: current.signers.map((s, i) => (i === index ? { ...s, [field]: value } : s)),
    }));
  };

  const chooseLogo = async (file: File | undefined) => {
    if (!file) return;
    if (file.size > 2 * 1024 * 1024) {
      setLogoMessage({ text: t('printDocument.logoTooLarge'), error: true });
      return;
    }
    const result = await documentLogo.set(file);
    if (result.ok) {
      setLogoPreview(URL.createObjectURL(file));
      setLogoMessage({ text: t('printDocument.logoSaved'), error: false });
    } else {
      setLogoMessage({ text: t('printDocument.logoInvalid'), error: true });
    }
  };

  const printed = toUpdate(draft);
  const two = draft.signers.length === 2;
  const roleOf = (signer: Signer, index: number) =>
    signer.role ||
    (two
      ? index === 0
        ? t('printDocument.checkedBy')
        : t('printDocument.approvedBy')
      : t('printDocument.acknowledgedSingle'));
  const previewSigners = printed.signers.length
    ? printed.signers
    : [
        {
          role: '',
          position: settings.signerPosition,
          name: settings.signerName,
          nip: settings.signerNip,
        },
      ];

  return (
    <section
      className="card settings-section"
      aria-labelledby="settings-document-title"
      id="settings-document"
    >
      <header className="card__header">
        <h2 id="settings-document-title" tabIndex={-1}>
          {t('printDocument.title')}
        </h2>
        <p className="card__description">{t('printDocument.description')}</p>
      </header>
      <form
        ref={formRef}
        aria-label={t('printDocument.title')}
        noValidate
        onSubmit={async (event) => {
          event.preventDefault();
          const result = await form.submit(() => update({ printDocument: toUpdate(draft) }));
          if (result?.ok) setDraft(draftOf(result.value));
        }}
      >
        <fieldset className="fieldset">
          <legend>{t('printDocument.letterheadHeading')}</legend>
          <TextAreaField
            label={t('printDocument.letterheadLines')}
            name="letterhead"
            value={draft.letterhead}
            onValue={(value) => {
              form.touch();
              setDraft((current) => ({ ...current, letterhead: value }));
            }}
            hint={t('printDocument.letterheadHint')}
            error={form.errors.byField.letterhead}
            rows={4}
            maxLength={900}
          />
          <div className="field">
            <label className="field__label" htmlFor="document-logo">
              {t('printDocument.logo')}
            </label>
            <p className="field__hint" id="document-logo-hint">
              {t('printDocument.logoHint')}{' '}
              {!settings.printDocument.logo && t('printDocument.logoNone')}
            </p>
            <input
              id="document-logo"
              type="file"
              accept="image/png,image/jpeg"
              aria-describedby="document-logo-hint"
              onChange={(event) => void chooseLogo(event.target.files?.[0])}
            />
            {settings.printDocument.logo && (
              <button
                type="button"
                className="button"
                onClick={async () => {
                  await documentLogo.clear();
                  setLogoPreview(null);
                  setLogoMessage(null);
                }}
              >
                {t('printDocument.logoRemove')}
              </button>
            )}
            <p
              role="status"
              className={logoMessage?.error ? 'field__error' : 'field__hint'}
              aria-live="polite"
            >
              {logoMessage?.text ?? ''}
            </p>
          </div>
          <TextField
            label={t('printDocument.place')}
            name="place"
            value={draft.place}
            onValue={(value) => {
              form.touch();
              setDraft((current) => ({ ...current, place: value }));
            }}
            hint={t('printDocument.placeHint')}
            placeholder={t('printDocument.placePlaceholder')}
            error={form.errors.byField.place}
            maxLength={80}
          />
        </fieldset>
        <fieldset className="fieldset document-signers">
          <legend>{t('printDocument.signersHeading')}</legend>
          <p className="field__hint">{t('printDocument.signersHint')}</p>
          {draft.signers.map((signer, index) => {
            const number = index + 1;
            const problems = checkNip(signer.nip);
            return (
              <fieldset key={index} className="fieldset">
                <legend>{t('printDocument.signer', { number })}</legend>
                <div className="form-grid">
                  <TextField
                    label={t('printDocument.signerRole')}
                    name={`signer${number}Role`}
                    value={signer.role}
                    onValue={setSigner(index, 'role')}
                    placeholder={roleOf({ ...signer, role: '' }, index)}
                    maxLength={60}
                  />
                  <TextField
                    label={t('printDocument.signerPosition')}
                    name={`signer${number}Position`}
                    value={signer.position}
                    onValue={setSigner(index, 'position')}
                    maxLength={200}
                  />
                  <TextField
                    label={t('printDocument.signerName')}
                    name={`signer${number}Name`}
                    value={signer.name}
                    onValue={setSigner(index, 'name')}
                    maxLength={120}
                    autoComplete="off"
                  />
                  <TextField
                    label={t('printDocument.signerNip')}
                    name={`signer${number}Nip`}
                    value={signer.nip}
                    onValue={setSigner(index, 'nip')}
                    inputMode="numeric"
                    maxLength={30}
                    hint={
                      signer.nip.trim()
                        ? t('printDocument.nipWillPrint', { nip: formatNip(signer.nip) })
                        : undefined
                    }
                  />
                </div>
                {problems.length > 0 && (
                  <ul className="document-nip-warning">
                    {problems.map((problem) => (
                      <li key={problem}>{t(`printDocument.nipWarning.${problem}`)}</li>
                    ))}
                  </ul>
                )}
                {two && (
                  <button
                    type="button"
                    className="button"
                    onClick={() => {
                      form.touch();
                      setDraft((current) => ({
                        ...current,
                        signers: current.signers.filter((_, i) => i !== index),
                      }));
                    }}
                  >
                    {t('printDocument.removeSigner', { number })}
                  </button>
                )}
              </fieldset>
            );
          })}
          {!two && (
            <button
              type="button"
              className="button"
              onClick={() => {
                form.touch();
                setDraft((current) => ({
                  ...current,
                  signers: [...current.signers, { ...emptySigner }],
                }));
              }}
            >
              {t('printDocument.addSigner')}
            </button>
          )}
        </fieldset>
        <FormFooter
          phase={form.phase}
          generalError={form.errors.general}
          submitLabel={t('common.save')}
        />
      </form>
      <figure className="document-preview" aria-label={t('printDocument.preview')}>
        <figcaption className="field__hint">{t('printDocument.preview')}</figcaption>
        {(printed.letterhead.length > 0 || settings.printDocument.logo) && (
          <div className="document-preview__kop" data-testid="document-preview-kop">
            <div>{logoPreview && <img src={logoPreview} alt={t('printDocument.logo')} />}</div>
            <div>
              {printed.letterhead.map((line, i) =>
                line === line.toUpperCase() ? (
                  <p key={i} className="document-preview__name">
                    {line}
                  </p>
                ) : (
                  <p key={i} className="document-preview__line">
                    {line}
                  </p>
                ),
              )}
            </div>
            <div />
          </div>
        )}
        <div className="document-preview__signers" data-testid="document-preview-signers">
          {previewSigners.map((signer, index) => (
            <div key={index} className="document-preview__signer">
              {index === previewSigners.length - 1 ? (
                <p>{`${printed.place.trim() || t('printDocument.placeBlank')}, ${t('printDocument.previewDate')}`}</p>
              ) : (
                <p>&nbsp;</p>
              )}
              <p>{roleOf(signer, index)}</p>
              <p>{signer.position}</p>
              <div className="document-preview__sign-space" />
              <p className="document-preview__signer-name">{signer.name}</p>
              {signer.nip.trim() && <p>{`NIP ${formatNip(signer.nip)}`}</p>}
            </div>
          ))}
        </div>
      </figure>
    </section>
  );
}
