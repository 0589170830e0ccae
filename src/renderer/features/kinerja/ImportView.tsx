import { useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { analyticsPlatformChoices } from '../../../shared/api/methods/analytics';
import { longDate, toDayMonthYear } from '../../../shared/time';
import { ScreenHeader } from '../../components/ScreenHeader';
import { Section } from '../../components/Section';
import { routeHash } from '../../navigation/routes';
import {
  unresolved,
  useAnalyticsImport,
  type ImportReply,
  type PlatformChoice,
  type RowChoice,
} from './import-store';
import './kinerja.css';

/**
 * Laporan › Impor data platform: the platforms' per-post exports come in here. A dry run first
 * (nothing written), the uncertain matches reviewed, then the import.
 */
export function ImportView() {
  const { t } = useTranslation();
  const stage = useAnalyticsImport((state) => state.stage);
  const problem = useAnalyticsImport((state) => state.problem);
  const check = useAnalyticsImport((state) => state.check);
  const result = useAnalyticsImport((state) => state.result);
  return (
    <>
      <ScreenHeader title={t('kinerja.importTitle')}>
        <p>{t('kinerja.import.intro')}</p>
      </ScreenHeader>
      <ChooseFile />
      {(stage === 'uploading' || stage === 'checking' || stage === 'importing') && (
        <p className="muted" role="status">
          {t(`kinerja.import.stages.${stage}`)}
        </p>
      )}
      {problem && (
        <p className="notice notice--error" role="alert">
          {problem}
        </p>
      )}
      {stage === 'done' && result ? (
        <Done result={result} />
      ) : (
        check && (stage === 'checked' || stage === 'importing') && <DryRun check={check} />
      )}
    </>
  );
}

function ChooseFile() {
  const { t } = useTranslation();
  const ids = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const source = useAnalyticsImport((state) => state.source);
  const platform = useAnalyticsImport((state) => state.platform);
  const stage = useAnalyticsImport((state) => state.stage);
  const busy = stage === 'uploading' || stage === 'checking' || stage === 'importing';
  const choose = () => {
    if (window.linimasaDesktop) void useAnalyticsImport.getState().chooseWithDialog();
    else inputRef.current?.click();
  };
  return (
    <Section title={t('kinerja.import.fileTitle')} description={t('kinerja.import.fileHint')}>
      <div className="field">
        <label className="field__label" htmlFor={`${ids}-platform`}>
          {t('kinerja.import.platform')}
        </label>
        <select
          id={`${ids}-platform`}
          value={platform}
          disabled={busy}
          onChange={(event) =>
            void useAnalyticsImport.getState().setPlatform(event.target.value as PlatformChoice)
          }
        >
          {analyticsPlatformChoices.map((choice) => (
            <option key={choice} value={choice}>
              {t(`kinerja.import.platforms.${choice}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="button-row">
        <button type="button" className="button button--primary" disabled={busy} onClick={choose}>
          {t('kinerja.import.choose')}
        </button>
        <span className="muted">{source ? source.name : t('kinerja.import.noFile')}</span>
      </div>
      <input
        ref={inputRef}
        type="file"
        accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        hidden
        aria-label={t('kinerja.import.fileLabel')}
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          // Cleared so that choosing the same file again still reports a change.
          event.currentTarget.value = '';
          if (file) void useAnalyticsImport.getState().chooseFile(file);
        }}
      />
    </Section>
  );
}

const outcomes = ['matched', 'uncertain', 'unmatched', 'unchanged'] as const;

function Counts({ reply }: { reply: ImportReply }) {
  const { t } = useTranslation();
  return (
    <ul className="kinerja-import__counts" aria-label={t('kinerja.import.countsLabel')}>
      {outcomes.map((outcome) => (
        <li key={outcome}>
          <strong>{reply.counts[outcome]}</strong> {t(`kinerja.import.outcomes.${outcome}`)}
        </li>
      ))}
    </ul>
  );
}

function DryRun({ check }: { check: ImportReply }) {
  const { t, i18n } = useTranslation();
  const stage = useAnalyticsImport((state) => state.stage);
  const choices = useAnalyticsImport((state) => state.choices);
  const left = unresolved(check, choices);
  return (
    <Section
      title={t('kinerja.import.dryRunTitle')}
      description={t('kinerja.import.dryRunFacts', {
        file: check.fileName,
        platform: t(`kinerja.import.platforms.${check.platform}`),
        channel: check.channelName,
        rows: check.rows,
        date: longDate(check.asOf, i18n.language),
      })}
    >
      {check.alreadyImported && (
        <p className="notice notice--warning" role="status">
          {t('kinerja.import.alreadyImported')}
        </p>
      )}
      <Counts reply={check} />
      {check.review.length > 0 && <Review check={check} />}
      <PreviewTable check={check} />
      {left > 0 && <p className="muted">{t('kinerja.import.leftForLater', { count: left })}</p>}
      <div className="button-row">
        <button
          type="button"
          className="button button--primary"
          disabled={stage !== 'checked' || check.alreadyImported}
          onClick={() => void useAnalyticsImport.getState().runImport()}
        >
          {t('kinerja.import.run')}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => useAnalyticsImport.getState().reset()}
        >
          {t('kinerja.import.cancel')}
        </button>
      </div>
    </Section>
  );
}

/** Each uncertain row: which planned post it is, published outside the plan, or later. */
function Review({ check }: { check: ImportReply }) {
  const { t, i18n } = useTranslation();
  const ids = useId();
  const choices = useAnalyticsImport((state) => state.choices);
  const valueOf = (choice: RowChoice | undefined) =>
    choice === undefined ? '' : typeof choice === 'string' ? choice : `post:${choice.postId}`;
  return (
    <div className="kinerja-import__review">
      <h3>{t('kinerja.import.reviewTitle')}</h3>
      <p className="muted">{t('kinerja.import.reviewHint')}</p>
      {check.review.map((row) => {
        const name = `${ids}-row-${row.row}`;
        const current = valueOf(choices[row.row]);
        const options: { value: string; label: string; choice: RowChoice }[] = [
          ...row.candidates.map((candidate) => ({
            value: `post:${candidate.postId}`,
            label: t('kinerja.import.itIs', { title: candidate.title }),
            choice: { postId: candidate.postId } as RowChoice,
          })),
          { value: 'unplanned', label: t('kinerja.import.unplanned'), choice: 'unplanned' },
          { value: 'skip', label: t('kinerja.import.skip'), choice: 'skip' },
        ];
        return (
          <fieldset key={row.row} className="kinerja-import__row">
            <legend>
              {t('kinerja.import.rowLegend', {
                row: row.row,
                date: longDate(row.day, i18n.language),
              })}
            </legend>
            <p className="kinerja-import__caption">{row.caption || '—'}</p>
            {options.map((option) => (
              <label key={option.value} className="radio">
                <input
                  type="radio"
                  name={name}
                  value={option.value}
                  checked={current === option.value}
                  onChange={() => useAnalyticsImport.getState().choose(row.row, option.choice)}
                />{' '}
                {option.label}
              </label>
            ))}
          </fieldset>
        );
      })}
    </div>
  );
}

function PreviewTable({ check }: { check: ImportReply }) {
  const { t, i18n } = useTranslation();
  const numbers = new Intl.NumberFormat(i18n.language.startsWith('en') ? 'en-GB' : 'id-ID');
  if (check.preview.length === 0) return null;
  return (
    <div className="kinerja-import__rows">
      <table className="kinerja-import__table">
        <caption>
          {check.preview.length < check.rows
            ? t('kinerja.import.rowsFirst', { shown: check.preview.length, rows: check.rows })
            : t('kinerja.import.rowsAll')}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('kinerja.import.columns.row')}</th>
            <th scope="col">{t('kinerja.import.columns.date')}</th>
            <th scope="col">{t('kinerja.import.columns.caption')}</th>
            <th scope="col">{t('kinerja.import.columns.outcome')}</th>
            <th scope="col">{t('kinerja.import.columns.post')}</th>
            <th scope="col">{t('kinerja.import.columns.views')}</th>
          </tr>
        </thead>
        <tbody>
          {check.preview.map((row) => (
            <tr key={row.row} data-outcome={row.outcome}>
              <td>{row.row}</td>
              <td>{toDayMonthYear(row.day)}</td>
              <td>{row.caption}</td>
              <td>{t(`kinerja.import.outcomes.${row.outcome}`)}</td>
              <td>{row.postTitle ?? '—'}</td>
              <td>{row.views === null ? '—' : numbers.format(row.views)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Done({ result }: { result: ImportReply }) {
  const { t } = useTranslation();
  return (
    <Section title={t('kinerja.import.doneTitle')}>
      <p role="status">
        {result.written
          ? t('kinerja.import.doneBody', { file: result.fileName, channel: result.channelName })
          : result.alreadyImported
            ? t('kinerja.import.alreadyImported')
            : t('kinerja.import.nothingNew')}
      </p>
      <Counts reply={result} />
      {result.counts.uncertain > 0 && (
        <p className="muted">
          {t('kinerja.import.pendingLater', { count: result.counts.uncertain })}
        </p>
      )}
      <div className="button-row">
        <a className="button button--primary" href={routeHash({ screen: 'report' })}>
          {t('kinerja.import.toReport')}
        </a>
        <button
          type="button"
          className="button"
          onClick={() => useAnalyticsImport.getState().reset()}
        >
          {t('kinerja.import.another')}
        </button>
      </div>
    </Section>
  );
}
