import { useTranslation } from 'react-i18next';
import type { Channel } from '../../../../shared/domain/channels';
import type { Warning } from '../../../../shared/domain/platform-limits';

/**
 * The open platform warnings, each with where its limit comes from. A warning never blocks
 * saving a draft; submitting over one needs the acknowledgement in the approval panel.
 */
export function LimitWarnings({
  warnings,
  channels,
  hasChannels,
}: {
  warnings: Warning[];
  channels: Channel[];
  hasChannels: boolean;
}) {
  const { t, i18n } = useTranslation();
  const number = new Intl.NumberFormat(i18n.language);
  const nameOf = (id: string) => channels.find((channel) => channel.id === id)?.name ?? '';
  return (
    <section
      className={`limit-warnings${warnings.length ? ' limit-warnings--open' : ''}`}
      aria-labelledby="limit-warnings-title"
    >
      <h3 id="limit-warnings-title" className="limit-warnings__title">
        {t('editor.limits.heading')}
        {warnings.length > 0 && (
          <span className="limit-warnings__count">
            {t('editor.limits.count', { count: warnings.length })}
          </span>
        )}
      </h3>
      {!hasChannels ? (
        <p className="limit-warnings__none">{t('editor.limits.noChannel')}</p>
      ) : warnings.length === 0 ? (
        <p className="limit-warnings__none">{t('editor.limits.none')}</p>
      ) : (
        <ul className="limit-warnings__list">
          {warnings.map((warning) => (
            <li key={`${warning.channelId}-${warning.kind}`} className="limit-warning">
              <span className="limit-warning__text">
                {t(`editor.limits.warnings.${warning.kind}`, {
                  channel: nameOf(warning.channelId),
                  actual: number.format(warning.actual),
                  limit: number.format(warning.limit),
                  unit: t(`editor.limits.units.${warning.unit}`),
                })}
              </span>
              <span className="limit-warning__source">
                {t('editor.limits.source', { source: warning.source })}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
