import { useEffect, useId, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../../shared/domain/settings';
import { todayIn } from '../../../shared/time';
import { useCampaigns, useChannels } from '../../stores/collections';
import { useTargets, type TargetsForm } from '../kinerja/targets-store';
import '../kinerja/kinerja.css';

type ChannelField = keyof TargetsForm['channels'][string];
const channelFields: readonly ChannelField[] = [
  'postsPerMonth',
  'engagementRate',
  'followerGrowth',
];
const ikuFields = ['posts', 'engagement', 'followers', 'pillars'] as const;

/**
 * Settings › Target kinerja: the year's targets (IKU) per channel and content pillar with the
 * office's own wording, the on-time tolerance, and followers per channel at the end of a month.
 */
export function TargetsSection({ settings }: { settings: Settings }) {
  const { t } = useTranslation();
  const ids = useId();
  const today = todayIn(settings.timeZone);
  const thisYear = Number(today.slice(0, 4));
  const year = useTargets((state) => state.year) ?? thisYear;
  const form = useTargets((state) => state.form);
  const errors = useTargets((state) => state.errors);
  const busy = useTargets((state) => state.busy);
  const problem = useTargets((state) => state.problem);
  const saved = useTargets((state) => state.saved);
  const channels = useChannels((state) => state.rows).filter((channel) => channel.active);
  const pillars = useCampaigns((state) => state.rows).filter((campaign) => !campaign.archived);

  useEffect(() => {
    void useTargets.getState().load(thisYear, today.slice(0, 7));
  }, [thisYear, today]);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void useTargets.getState().save();
  };
  const errorText = (key: string) => {
    const kind = errors[key];
    return kind ? t(`kinerja.targets.errors.${kind}`) : undefined;
  };
  const edit = useTargets((state) => state.edit);

  return (
    <div className="kinerja-targets">
      <div className="field field--compact">
        <label className="field__label" htmlFor={`${ids}-year`}>
          {t('kinerja.targets.year')}
        </label>
        <select
          id={`${ids}-year`}
          value={year}
          disabled={busy}
          onChange={(event) =>
            void useTargets.getState().load(Number(event.target.value), `${event.target.value}-12`)
          }
        >
          {[thisYear - 1, thisYear, thisYear + 1].map((option) => (
            <option key={option} value={option}>
              {option}
            </option>
          ))}
        </select>
      </div>
      {problem && (
        <p className="notice notice--error" role="alert">
          {problem}
        </p>
      )}
      <p className="visually-hidden" role="status">
        {saved === 'targets' ? t('kinerja.targets.saved', { year }) : ''}
        {saved === 'followers' ? t('kinerja.followers.saved') : ''}
      </p>
      {form && (
        <form aria-label={t('kinerja.targets.formLabel', { year })} noValidate onSubmit={onSubmit}>
          <table className="kinerja-import__table kinerja-targets__table">
            <caption>{t('kinerja.targets.channelsCaption', { year })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('kinerja.targets.channel')}</th>
                {channelFields.map((field) => (
                  <th key={field} scope="col">
                    {t(`kinerja.targets.fields.${field}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {channels.map((channel) => (
                <tr key={channel.id}>
                  <th scope="row">{channel.name}</th>
                  {channelFields.map((field) => {
                    const key = `channels.${channel.id}.${field}`;
                    const error = errorText(key);
                    return (
                      <td key={field}>
                        <input
                          type="text"
                          inputMode="decimal"
                          name={key}
                          aria-label={t('kinerja.targets.cellLabel', {
                            channel: channel.name,
                            field: t(`kinerja.targets.fields.${field}`),
                          })}
                          aria-invalid={error ? true : undefined}
                          value={form.channels[channel.id]?.[field] ?? ''}
                          onChange={(event) => {
                            const value = event.target.value;
                            edit((current) => ({
                              ...current,
                              channels: {
                                ...current.channels,
                                [channel.id]: {
                                  postsPerMonth: '',
                                  engagementRate: '',
                                  followerGrowth: '',
                                  ...current.channels[channel.id],
                                  [field]: value,
                                },
                              },
                            }));
                          }}
                        />
                        {error && (
                          <span className="field__error" role="alert">
                            {error}
                          </span>
                        )}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>

          {pillars.length > 0 && (
            <fieldset className="field">
              <legend className="field__label">{t('kinerja.targets.pillarsLegend')}</legend>
              {pillars.map((pillar) => {
                const error = errorText(`pillars.${pillar.id}`);
                return (
                  <div key={pillar.id} className="field field--compact">
                    <label className="field__label" htmlFor={`${ids}-pillar-${pillar.id}`}>
                      {t('kinerja.targets.pillarShare', { pillar: pillar.name })}
                    </label>
                    <input
                      id={`${ids}-pillar-${pillar.id}`}
                      type="text"
                      inputMode="decimal"
                      aria-invalid={error ? true : undefined}
                      value={form.pillars[pillar.id] ?? ''}
                      onChange={(event) => {
                        const value = event.target.value;
                        edit((current) => ({
                          ...current,
                          pillars: { ...current.pillars, [pillar.id]: value },
                        }));
                      }}
                    />
                    {error && (
                      <p className="field__error" role="alert">
                        {error}
                      </p>
                    )}
                  </div>
                );
              })}
              {errors.pillarsTotal && (
                <p className="field__error" role="alert">
                  {t('kinerja.targets.errors.total')}
                </p>
              )}
            </fieldset>
          )}

          <div className={`field${errors.tolerance ? ' field--invalid' : ''}`}>
            <label className="field__label" htmlFor={`${ids}-tolerance`}>
              {t('kinerja.targets.tolerance')}
            </label>
            <input
              id={`${ids}-tolerance`}
              type="text"
              inputMode="numeric"
              aria-describedby={`${ids}-tolerance-hint`}
              aria-invalid={errors.tolerance ? true : undefined}
              value={form.tolerance}
              onChange={(event) => {
                const value = event.target.value;
                edit((current) => ({ ...current, tolerance: value }));
              }}
            />
            <p className="field__hint" id={`${ids}-tolerance-hint`}>
              {t('kinerja.targets.toleranceHint')}
            </p>
            {errors.tolerance && (
              <p className="field__error" role="alert">
                {t('kinerja.targets.errors.tolerance')}
              </p>
            )}
          </div>

          <fieldset className="field">
            <legend className="field__label">{t('kinerja.targets.ikuLegend')}</legend>
            <p className="field__hint">{t('kinerja.targets.ikuHint')}</p>
            {ikuFields.map((field) => (
              <div key={field} className="field">
                <label className="field__label" htmlFor={`${ids}-iku-${field}`}>
                  {t(`kinerja.targets.iku.${field}`)}
                </label>
                <input
                  id={`${ids}-iku-${field}`}
                  type="text"
                  maxLength={300}
                  value={form.iku[field]}
                  onChange={(event) => {
                    const value = event.target.value;
                    edit((current) => ({ ...current, iku: { ...current.iku, [field]: value } }));
                  }}
                />
              </div>
            ))}
          </fieldset>
          <button type="submit" className="button button--primary" disabled={busy}>
            {t('kinerja.targets.save')}
          </button>
        </form>
      )}
      {form && <FollowersForm year={year} channels={channels} />}
    </div>
  );
}

/** Followers per channel at the end of a month, typed in from each platform's page. */
function FollowersForm({
  year,
  channels,
}: {
  year: number;
  channels: readonly { id: string; name: string }[];
}) {
  const { t, i18n } = useTranslation();
  const ids = useId();
  const month = useTargets((state) => state.month);
  const followers = useTargets((state) => state.followers);
  const followerErrors = useTargets((state) => state.followerErrors);
  const busy = useTargets((state) => state.busy);
  const monthName = new Intl.DateTimeFormat(i18n.language.startsWith('en') ? 'en-GB' : 'id-ID', {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const months = Array.from(
    { length: 12 },
    (_, index) => `${year}-${String(index + 1).padStart(2, '0')}`,
  );
  return (
    <form
      className="kinerja-followers"
      aria-label={t('kinerja.followers.title')}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void useTargets.getState().saveFollowers();
      }}
    >
      <h3>{t('kinerja.followers.title')}</h3>
      <p className="field__hint">{t('kinerja.followers.hint')}</p>
      <div className="field field--compact">
        <label className="field__label" htmlFor={`${ids}-month`}>
          {t('kinerja.followers.month')}
        </label>
        <select
          id={`${ids}-month`}
          value={month}
          onChange={(event) => useTargets.getState().setMonth(event.target.value)}
        >
          {months.map((value) => (
            <option key={value} value={value}>
              {monthName.format(new Date(`${value}-01T00:00:00Z`))}
            </option>
          ))}
        </select>
      </div>
      {channels.map((channel) => (
        <div
          key={channel.id}
          className={`field field--compact${followerErrors[channel.id] ? ' field--invalid' : ''}`}
        >
          <label className="field__label" htmlFor={`${ids}-f-${channel.id}`}>
            {t('kinerja.followers.channel', { channel: channel.name })}
          </label>
          <input
            id={`${ids}-f-${channel.id}`}
            type="text"
            inputMode="numeric"
            aria-invalid={followerErrors[channel.id] ? true : undefined}
            value={followers[channel.id] ?? ''}
            onChange={(event) =>
              useTargets.getState().typeFollowers(channel.id, event.target.value)
            }
          />
          {followerErrors[channel.id] && (
            <p className="field__error" role="alert">
              {t('kinerja.figures.badNumber')}
            </p>
          )}
        </div>
      ))}
      <button type="submit" className="button" disabled={busy}>
        {t('kinerja.followers.save')}
      </button>
    </form>
  );
}
