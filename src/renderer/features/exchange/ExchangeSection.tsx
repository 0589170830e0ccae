import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatFingerprint, fingerprintMatches } from '../../../shared/exchange/fingerprint';
import { levelOfCode, officeLevels, type OfficeLevel } from '../../../shared/exchange/region';
import { wordApiError, wordKeyed } from '../../api/error-words';
import { Dialog, ModalDialog } from '../../components/Dialog';
import { SelectField, TextField } from '../../components/fields';
import { useIsAdmin } from '../../stores/session';
import { formatInstant } from '../assets/format';
import { useExchange } from './store';
import './exchange.css';

/**
 * Settings › Pertukaran antar-kantor: this office's identity (region code, name, level, the key's
 * fingerprint to read aloud, its identity file), the exchange folder, the offices it knows (an
 * identity file imported only once its fingerprint is confirmed) and what arrived, with
 * "Periksa sekarang". Administrators change things; everyone reads the log.
 */
export function ExchangeSection({ zone }: { zone: string }) {
  const { t, i18n } = useTranslation();
  const status = useExchange((state) => state.status);
  const error = useExchange((state) => state.error);
  const notice = useExchange((state) => state.notice);
  const pending = useExchange((state) => state.pending);
  const isAdmin = useIsAdmin();
  useEffect(() => void useExchange.getState().load(), []);
  if (!status) return null;

  return (
    <div className="exchange">
      <p>{t('exchange.intro')}</p>
      <div className="exchange__messages">
        {error && !pending && (
          <p className="field__error" role="alert">
            {wordApiError(error, i18n)}
          </p>
        )}
        <p role="status">
          {notice &&
            (t as (key: string, params?: object) => string)(
              `exchange.${notice.key}`,
              notice.params,
            )}
        </p>
      </div>
      {isAdmin ? (
        <>
          <IdentityPart key={status.identity?.fingerprint ?? 'none'} />
          {status.identity && <FolderPart key={status.identity.folder ?? 'none'} />}
        </>
      ) : (
        <IdentityFacts />
      )}
      {status.identity && <OfficesPart zone={zone} admin={isAdmin} />}
      {status.identity && <ArrivalsPart zone={zone} admin={isAdmin} />}
      {pending && <ImportDialog />}
    </div>
  );
}

function IdentityPart() {
  const { t } = useTranslation();
  const identity = useExchange((state) => state.status?.identity ?? null);
  const busy = useExchange((state) => state.busy);
  const [draft, setDraft] = useState(() => ({
    code: identity?.code ?? '',
    name: identity?.name ?? '',
    level: identity?.level ?? ('kabupaten_kota' as OfficeLevel),
  }));
  const codeLevel = levelOfCode(draft.code.trim());
  const codeError =
    draft.code.trim() !== '' && codeLevel === null ? t('exchange.identity.codeHint') : undefined;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void useExchange.getState().saveIdentity({ ...draft, code: draft.code.trim() });
  };
  const download = async () => {
    const file = await useExchange.getState().identityFile();
    if (!file) return;
    const url = URL.createObjectURL(new Blob([file.text], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = file.fileName;
    link.click();
    URL.revokeObjectURL(url);
  };

  return (
    <form className="exchange__part" onSubmit={submit} noValidate>
      <h3>{t('exchange.identity.heading')}</h3>
      {!identity && <p className="field__hint">{t('exchange.identity.notSet')}</p>}
      <TextField
        label={t('exchange.identity.code')}
        name="code"
        value={draft.code}
        onValue={(code) => {
          const level = levelOfCode(code.trim());
          setDraft({ ...draft, code, ...(level && { level }) });
        }}
        hint={t('exchange.identity.codeHint')}
        error={codeError}
        inputMode="decimal"
      />
      <TextField
        label={t('exchange.identity.name')}
        name="name"
        value={draft.name}
        onValue={(name) => setDraft({ ...draft, name })}
      />
      <SelectField
        label={t('exchange.identity.level')}
        name="level"
        value={draft.level}
        options={officeLevels.map((level) => ({
          value: level,
          label: t(`exchange.level.${level}`),
        }))}
        onValue={(level) => setDraft({ ...draft, level })}
      />
      {identity && (
        <dl className="exchange__facts">
          <dt>{t('exchange.identity.fingerprint')}</dt>
          <dd>
            <code className="exchange__fingerprint">{formatFingerprint(identity.fingerprint)}</code>
            <p className="field__hint">{t('exchange.identity.fingerprintHint')}</p>
          </dd>
        </dl>
      )}
      <div className="exchange__actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {t('exchange.identity.save')}
        </button>
        {identity && (
          <button type="button" className="button" onClick={() => void download()}>
            {t('exchange.identity.export')}
          </button>
        )}
      </div>
    </form>
  );
}

/** What a colleague who is not an administrator sees of this office's identity. */
function IdentityFacts() {
  const { t } = useTranslation();
  const identity = useExchange((state) => state.status?.identity ?? null);
  return (
    <div className="exchange__part">
      <h3>{t('exchange.identity.heading')}</h3>
      {identity ? (
        <dl className="exchange__facts">
          <dt>{t('exchange.identity.name')}</dt>
          <dd>
            {identity.name} ({identity.code}, {t(`exchange.level.${identity.level}`)})
          </dd>
          <dt>{t('exchange.identity.fingerprint')}</dt>
          <dd>
            <code className="exchange__fingerprint">{formatFingerprint(identity.fingerprint)}</code>
          </dd>
          <dt>{t('exchange.folder.heading')}</dt>
          <dd>{identity.folder ?? t('exchange.folder.none')}</dd>
        </dl>
      ) : (
        <p>{t('exchange.identity.notSet')}</p>
      )}
    </div>
  );
}

function FolderPart() {
  const { t } = useTranslation();
  const identity = useExchange((state) => state.status!.identity!);
  const busy = useExchange((state) => state.busy);
  const [folder, setFolder] = useState(identity.folder ?? '');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void useExchange.getState().saveFolder(folder.trim() === '' ? null : folder.trim());
  };
  return (
    <form className="exchange__part" onSubmit={submit} noValidate>
      <h3>{t('exchange.folder.heading')}</h3>
      <TextField
        label={t('exchange.folder.label')}
        name="folder"
        value={folder}
        onValue={setFolder}
        hint={t('exchange.folder.hint', { outbox: `${identity.code}/outbox/` })}
      />
      <div className="exchange__actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {t('exchange.folder.save')}
        </button>
      </div>
    </form>
  );
}

function OfficesPart({ zone, admin }: { zone: string; admin: boolean }) {
  const { t, i18n } = useTranslation();
  const offices = useExchange((state) => state.status!.offices);
  const inputId = useId();
  const fileRef = useRef<HTMLInputElement>(null);
  const [removing, setRemoving] = useState<{ code: string; name: string } | null>(null);
  const pick = async (file: File | undefined) => {
    if (file) await useExchange.getState().readIdentity(await file.text());
  };
  return (
    <section className="exchange__part" aria-labelledby={`${inputId}-heading`}>
      <h3 id={`${inputId}-heading`}>{t('exchange.offices.heading')}</h3>
      {offices.length === 0 ? (
        <p>{t('exchange.offices.empty')}</p>
      ) : (
        <table className="exchange__table">
          <thead>
            <tr>
              <th scope="col">{t('exchange.offices.code')}</th>
              <th scope="col">{t('exchange.offices.name')}</th>
              <th scope="col">{t('exchange.offices.fingerprint')}</th>
              <th scope="col">{t('exchange.offices.added')}</th>
              {admin && (
                <th scope="col">
                  <span className="exchange__hidden">{t('exchange.offices.remove')}</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {offices.map((office) => (
              <tr key={office.code}>
                <td>{office.code}</td>
                <td>
                  {office.name}
                  <br />
                  <span className="field__hint">{t(`exchange.level.${office.level}`)}</span>
                </td>
                <td>
                  <code className="exchange__fingerprint">
                    {formatFingerprint(office.fingerprint)}
                  </code>
                </td>
                <td>
                  {t('exchange.offices.addedBy', {
                    date: formatInstant(office.addedAt, zone, i18n.language),
                    name: office.addedBy,
                  })}
                </td>
                {admin && (
                  <td>
                    <button
                      type="button"
                      className="button"
                      aria-label={`${t('exchange.offices.remove')}: ${office.name}`}
                      onClick={() => setRemoving(office)}
                    >
                      {t('exchange.offices.remove')}
                    </button>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {admin && (
        <div className="exchange__actions">
          <button type="button" className="button" onClick={() => fileRef.current?.click()}>
            {t('exchange.offices.import')}
          </button>
          <input
            ref={fileRef}
            hidden
            type="file"
            accept=".json,application/json"
            onChange={(event) => {
              void pick(event.target.files?.[0]);
              event.target.value = '';
            }}
          />
        </div>
      )}
      {removing && (
        <Dialog
          title={t('exchange.offices.removeTitle', removing)}
          onClose={() => setRemoving(null)}
          onSubmit={() => {
            void useExchange.getState().removeOffice(removing.code);
            setRemoving(null);
          }}
          actions={
            <>
              <button type="button" className="button" onClick={() => setRemoving(null)}>
                {t('exchange.offices.removeCancel')}
              </button>
              <button type="submit" className="button button--danger">
                {t('exchange.offices.remove')}
              </button>
            </>
          }
        >
          <p>{t('exchange.offices.removeBody')}</p>
        </Dialog>
      )}
    </section>
  );
}

function ImportDialog() {
  const { t, i18n } = useTranslation();
  const pending = useExchange((state) => state.pending!);
  const error = useExchange((state) => state.error);
  const busy = useExchange((state) => state.busy);
  const [typed, setTyped] = useState('');
  const titleId = useId();
  const close = () => useExchange.getState().cancelPending();
  const matches = fingerprintMatches(typed, pending.fingerprint);
  return (
    <ModalDialog className="assets-dialog exchange__dialog" labelledBy={titleId} onClose={close}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void useExchange.getState().importPending(typed);
        }}
        noValidate
      >
        <h2 id={titleId}>
          {'file' in pending.source
            ? t('exchange.firstContact.title')
            : t('exchange.importDialog.title')}
        </h2>
        <div className="assets-dialog__body">
          <p>
            <strong>{pending.name}</strong> ({pending.code}, {t(`exchange.level.${pending.level}`)})
          </p>
          {'file' in pending.source && (
            <p className="field__hint">
              {t('exchange.firstContact.fromFolder', { file: pending.source.file })}
            </p>
          )}
          <p>{t('exchange.importDialog.compare', { name: pending.name, code: pending.code })}</p>
          <dl className="exchange__facts">
            <dt>{t('exchange.importDialog.shown')}</dt>
            <dd>
              <code className="exchange__fingerprint">
                {formatFingerprint(pending.fingerprint)}
              </code>
            </dd>
          </dl>
          <TextField
            label={t('exchange.importDialog.typed')}
            name="fingerprint"
            value={typed}
            onValue={setTyped}
            autoComplete="off"
            spellCheck={false}
            error={error ? wordApiError(error, i18n) : undefined}
          />
        </div>
        <div className="assets-dialog__actions">
          <button type="button" className="button" onClick={close}>
            {t('exchange.importDialog.cancel')}
          </button>
          <button type="submit" className="button button--primary" disabled={busy || !matches}>
            {t('exchange.importDialog.confirm')}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}

/**
 * First contact: each office whose identity card lies in the folder but is not known here with
 * that key, above the log that shows its files refused. A new office can be recognised once its
 * fingerprint is confirmed; a known code with another key is only a warning.
 */
function FirstContacts() {
  const { t } = useTranslation();
  const contacts = useExchange((state) => state.firstContacts);
  if (contacts.length === 0) return null;
  return (
    <ul className="exchange__first-contacts" aria-label={t('exchange.firstContact.heading')}>
      {contacts.map((contact) => {
        const level = t(`exchange.level.${contact.level}`);
        return (
          <li key={contact.code} className={contact.keyDiffers ? 'exchange__warning' : undefined}>
            {contact.keyDiffers ? (
              <>
                <strong>{t('exchange.firstContact.keyDiffers')}</strong>: {contact.name} (
                {contact.code}), {level}
                <p className="field__hint">
                  {t('exchange.firstContact.keyDiffersHint', { code: contact.code })}
                </p>
              </>
            ) : (
              <strong>{t('exchange.firstContact.newOffice', { ...contact, level })}</strong>
            )}
            <div>
              {t('exchange.offices.fingerprint')}:{' '}
              <code className="exchange__fingerprint">
                {formatFingerprint(contact.fingerprint)}
              </code>
            </div>
            {!contact.keyDiffers && (
              <button
                type="button"
                className="button"
                aria-label={`${t('exchange.firstContact.recognise')} ${contact.name}`}
                onClick={() => useExchange.getState().recognise(contact)}
              >
                {t('exchange.firstContact.recognise')}
              </button>
            )}
          </li>
        );
      })}
    </ul>
  );
}

function ArrivalsPart({ zone, admin }: { zone: string; admin: boolean }) {
  const { t, i18n } = useTranslation();
  const arrivals = useExchange((state) => state.arrivals);
  const checking = useExchange((state) => state.checking);
  const lastPass = useExchange((state) => state.lastPass);
  const kindWord = (kind: string | null) =>
    kind === 'identity' || kind === 'pack' || kind === 'report'
      ? t(`exchange.kind.${kind}`)
      : t('exchange.kind.other', { kind: kind ?? '?' });
  const waiting = (lastPass ?? []).filter(
    (item) => item.outcome === 'waiting' || item.outcome === 'failed',
  );
  return (
    <section className="exchange__part" aria-label={t('exchange.arrivals.heading')}>
      <h3>{t('exchange.arrivals.heading')}</h3>
      <div className="exchange__actions">
        <button
          type="button"
          className="button button--primary"
          disabled={checking}
          onClick={() => void useExchange.getState().checkNow()}
        >
          {checking ? t('exchange.arrivals.checking') : t('exchange.arrivals.checkNow')}
        </button>
      </div>
      {admin && <FirstContacts />}
      {waiting.length > 0 && (
        <ul className="exchange__waiting">
          {waiting.map((item) => (
            <li key={item.file}>
              {item.outcome === 'waiting'
                ? t('exchange.arrivals.waiting', { file: item.file })
                : t('exchange.arrivals.failed', { file: item.file, detail: item.detail ?? '' })}
            </li>
          ))}
        </ul>
      )}
      {arrivals.length === 0 ? (
        <p>{t('exchange.arrivals.empty')}</p>
      ) : (
        <table className="exchange__table">
          <thead>
            <tr>
              <th scope="col">{t('exchange.arrivals.when')}</th>
              <th scope="col">{t('exchange.arrivals.from')}</th>
              <th scope="col">{t('exchange.arrivals.what')}</th>
              <th scope="col">{t('exchange.arrivals.result')}</th>
            </tr>
          </thead>
          <tbody>
            {arrivals.map((arrival) => (
              <tr key={arrival.id}>
                <td>{formatInstant(arrival.at, zone, i18n.language)}</td>
                <td>
                  {arrival.senderName ?? arrival.senderCode} ({arrival.senderCode})
                </td>
                <td>
                  {t('exchange.arrivals.item', {
                    kind: kindWord(arrival.kind),
                    seq: arrival.seq ?? '?',
                  })}
                </td>
                <td>
                  {arrival.outcome === 'refused' ? (
                    <>
                      <strong>{t('exchange.arrivals.refused')}</strong>:{' '}
                      {wordKeyed(
                        {
                          message: '',
                          key: arrival.reasonKey ?? undefined,
                          params: arrival.reasonParams ?? undefined,
                        },
                        i18n,
                      )}
                    </>
                  ) : (
                    t(`exchange.arrivals.${arrival.outcome}`)
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
