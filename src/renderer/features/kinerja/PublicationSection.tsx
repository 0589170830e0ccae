import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Channel } from '../../../shared/domain/channels';
import type { Post } from '../../../shared/domain/posts';
import type { ChannelPublication } from '../../../shared/domain/publication';
import { localParts, longDate, toInstant, zoneLabel } from '../../../shared/time';
import { DateInput } from '../../components/DateInput';
import { normaliseTime } from '../editor/draft';
import { formatInstant } from '../editor/format';
import { TimeField } from '../editor/TimeField';
import {
  figureNames,
  figuresAsTyped,
  usePublication,
  type FigureName,
  type StoredFigures,
} from './publication-store';
import './kinerja.css';

/**
 * The editor's "Terbit" section for an approved or published post: per channel, "Sudah terbit"
 * with the actual time (the scheduled time unless changed) and the link, which the server checks
 * against the platform's domains (its refusal is shown at the link field); "Batalkan tanda
 * terbit" to take it back; and, once out, the figures typed in by hand.
 */
export function PublicationSection({
  post,
  channels,
  zone,
  canMark,
}: {
  post: Post;
  channels: readonly Channel[];
  zone: string;
  /** The signed-in role may mark (who may `publish` in the state machine). */
  canMark: boolean;
}) {
  const { t } = useTranslation();
  const ids = useId();
  const publication = usePublication((state) => state.publication);
  const loadError = usePublication((state) => state.loadError);
  const notice = usePublication((state) => state.notice);
  const status = post.status;
  const version = post.version;

  useEffect(() => {
    void usePublication.getState().load(post.id);
  }, [post.id, status, version]);
  useEffect(() => () => usePublication.getState().reset(), []);

  const headingId = `${ids}-heading`;
  const state = publication?.postId === post.id ? publication : null;
  return (
    <section className="publication-section" aria-labelledby={headingId}>
      <h3 id={headingId} className="publication-section__title">
        {t('kinerja.publication.title')}
        {state && state.state !== 'none' && (
          <span className={`publication-state publication-state--${state.state}`}>
            {state.state === 'all' ? t('kinerja.published') : t('kinerja.partlyPublished')}
          </span>
        )}
      </h3>
      {loadError && (
        <p className="notice notice--error" role="alert">
          {loadError}
        </p>
      )}
      <p className="visually-hidden" role="status">
        {notice ?? ''}
      </p>
      {state && (
        <ul className="publication-section__channels">
          {state.channels.map((row) => {
            const channel = channels.find((item) => item.id === row.channelId);
            return (
              <li key={row.channelId} className="publication-channel">
                <ChannelRow
                  post={post}
                  channelId={row.channelId}
                  channelName={channel?.name ?? row.channelId}
                  mark={row.publication}
                  zone={zone}
                  canMark={canMark}
                />
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

function ChannelRow({
  post,
  channelId,
  channelName,
  mark,
  zone,
  canMark,
}: {
  post: Post;
  channelId: string;
  channelName: string;
  mark: ChannelPublication | null;
  zone: string;
  canMark: boolean;
}) {
  const { t, i18n } = useTranslation();
  const ids = useId();
  const busy = usePublication((state) => state.busy);
  const problem = usePublication((state) => state.problems[channelId] ?? null);
  const scheduled = post.scheduledAt ? localParts(post.scheduledAt, zone) : null;
  const [date, setDate] = useState(scheduled?.date ?? '');
  const [time, setTime] = useState(scheduled?.time ?? '');
  const [permalink, setPermalink] = useState('');
  const [timeProblem, setTimeProblem] = useState<string | null>(null);

  if (mark) {
    return (
      <div className="publication-channel__done">
        <p className="publication-channel__name">
          <strong>{channelName}</strong>
          {' — '}
          {t('kinerja.publication.publishedAt', {
            when: formatInstant(mark.publishedAt, zone, i18n.language),
          })}
          {mark.source === 'import' && ` (${t('kinerja.publication.fromImport')})`}
        </p>
        {mark.permalink && (
          <p className="publication-channel__link">
            <a href={mark.permalink} target="_blank" rel="noreferrer noopener">
              {mark.permalink}
            </a>
          </p>
        )}
        {problem && problem.field !== 'figures' && (
          <p className="field__error" role="alert">
            {problem.text}
          </p>
        )}
        {canMark && (
          <button
            type="button"
            className="button button--small button--quiet"
            disabled={busy}
            onClick={() => void usePublication.getState().unmark(channelId)}
          >
            {t('kinerja.publication.unmark', { channel: channelName })}
          </button>
        )}
        <StoredFiguresForm channelId={channelId} channelName={channelName} />
      </div>
    );
  }

  const submit = () => {
    setTimeProblem(null);
    const at = normaliseTime(time);
    if (!date || !at) {
      setTimeProblem(t('kinerja.publication.timeNeeded'));
      return;
    }
    void usePublication
      .getState()
      .mark(channelId, { publishedAt: toInstant(date, at, zone), permalink: permalink.trim() })
      .then((done) => {
        if (done) setPermalink('');
      });
  };
  const linkError = problem?.field === 'permalink' ? problem.text : undefined;
  const timeError = timeProblem ?? (problem?.field === 'publishedAt' ? problem.text : undefined);
  const otherError = problem && problem.field === null ? problem.text : null;
  return (
    <fieldset className="publication-channel__form" disabled={!canMark || busy}>
      <legend className="publication-channel__name">
        <strong>{channelName}</strong> — {t('kinerja.publication.notYet')}
      </legend>
      <div className="publication-channel__when">
        <div className="field field--compact">
          <label className="field__label" htmlFor={`${ids}-date`}>
            {t('kinerja.publication.date')}
          </label>
          <DateInput id={`${ids}-date`} value={date} onValue={setDate} />
        </div>
        <TimeField
          id={`${ids}-time`}
          label={t('kinerja.publication.time', { zone: zoneLabel(zone) })}
          name="publishedTime"
          value={time}
          onValue={setTime}
          error={timeError}
        />
      </div>
      <div className={`field${linkError ? ' field--invalid' : ''}`}>
        <label className="field__label" htmlFor={`${ids}-link`}>
          {t('kinerja.publication.link', { channel: channelName })}
        </label>
        <input
          id={`${ids}-link`}
          name="permalink"
          type="url"
          inputMode="url"
          value={permalink}
          placeholder="https://"
          aria-invalid={linkError ? true : undefined}
          aria-describedby={linkError ? `${ids}-link-error` : undefined}
          onChange={(event) => setPermalink(event.target.value)}
        />
        {linkError && (
          <p className="field__error" id={`${ids}-link-error`} role="alert">
            {linkError}
          </p>
        )}
      </div>
      {otherError && (
        <p className="field__error" role="alert">
          {otherError}
        </p>
      )}
      <button type="button" className="button button--small button--primary" onClick={submit}>
        {t('kinerja.publication.mark', { channel: channelName })}
      </button>
    </fieldset>
  );
}

/**
 * The figures form starts from what is stored for the channel; when that changes (a save, a
 * colleague's), the form starts again from it.
 */
function StoredFiguresForm({ channelId, channelName }: { channelId: string; channelName: string }) {
  const stored = usePublication((state) => state.figures[channelId] ?? null);
  const key = `${channelId}|${stored?.manual ? JSON.stringify(stored.manual) : ''}`;
  return <FiguresForm key={key} channelId={channelId} channelName={channelName} stored={stored} />;
}

/** The latest imported figures in one line: "Tayangan 2.300, Jangkauan 1.950, …". */
function importedLine(stored: StoredFigures, t: (key: string) => string, language: string) {
  const format = new Intl.NumberFormat(language.startsWith('en') ? 'en-GB' : 'id-ID');
  return figureNames
    .flatMap((name) => {
      const value = stored.imported?.figures[name];
      return value === null || value === undefined
        ? []
        : [`${t(`kinerja.figures.names.${name}`)} ${format.format(value)}`];
    })
    .join(', ');
}

/** Figures of one published channel typed in by hand, for channels without an export. */
function FiguresForm({
  channelId,
  channelName,
  stored,
}: {
  channelId: string;
  channelName: string;
  stored: StoredFigures | null;
}) {
  const { t, i18n } = useTranslation();
  const ids = useId();
  const busy = usePublication((state) => state.busy);
  const problem = usePublication((state) => state.problems[channelId] ?? null);
  const [typed, setTyped] = useState<Record<FigureName, string>>(() =>
    figuresAsTyped(stored?.manual?.figures ?? null, i18n.language),
  );
  const error = problem?.field === 'figures' ? problem.text : null;
  return (
    <details className="figures-form">
      <summary>{t('kinerja.figures.title', { channel: channelName })}</summary>
      <p className="field__hint">{t('kinerja.figures.hint')}</p>
      {stored?.manual && (
        <p className="field__hint">
          {t('kinerja.storedFigures.manualAsOf', {
            date: longDate(stored.manual.asOf, i18n.language),
          })}
        </p>
      )}
      {stored?.imported && (
        <p className="field__hint">
          {t('kinerja.storedFigures.imported', {
            date: longDate(stored.imported.asOf, i18n.language),
            figures: importedLine(stored, t as (key: string) => string, i18n.language),
          })}
        </p>
      )}
      <div className="figures-form__grid">
        {figureNames.map((name) => (
          <div key={name} className="field field--compact">
            <label className="field__label" htmlFor={`${ids}-${name}`}>
              {t(`kinerja.figures.names.${name}`)}
            </label>
            <input
              id={`${ids}-${name}`}
              name={name}
              type="text"
              inputMode="numeric"
              value={typed[name]}
              aria-invalid={error ? true : undefined}
              onChange={(event) => setTyped({ ...typed, [name]: event.target.value })}
            />
          </div>
        ))}
      </div>
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
      <button
        type="button"
        className="button button--small"
        disabled={busy}
        onClick={() => void usePublication.getState().saveFigures(channelId, typed)}
      >
        {t('kinerja.figures.save')}
      </button>
    </details>
  );
}
