import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Channel } from '../../../shared/domain/channels';
import {
  formatBytes,
  formatRatio,
  formatSeconds,
  mediaWarningText,
  type MediaFitKind,
  type MediaWarning,
  type MediaWording,
} from '../../../shared/domain/media-fit';
import type { Warning } from '../../../shared/domain/platform-limits';
import { sourceText } from './limits';

/**
 * The open platform warnings, each with where its limit comes from: the text checks, then the
 * attached media's (size, format, ratio, length, count). A warning never blocks saving a
 * draft; submitting over one needs the acknowledgement in the approval panel.
 */
export function LimitWarnings({
  warnings,
  mediaWarnings = [],
  channels,
  hasChannels,
}: {
  warnings: Warning[];
  mediaWarnings?: MediaWarning[];
  channels: Channel[];
  hasChannels: boolean;
}) {
  const { t, i18n } = useTranslation();
  const number = new Intl.NumberFormat(i18n.language);
  const wording = useMediaWording();
  const nameOf = (id: string) => channels.find((channel) => channel.id === id)?.name ?? '';
  const count = warnings.length + mediaWarnings.length;
  return (
    <section
      className={`limit-warnings${count ? ' limit-warnings--open' : ''}`}
      aria-labelledby="limit-warnings-title"
    >
      <h3 id="limit-warnings-title" className="limit-warnings__title">
        {t('editor.limits.heading')}
        {count > 0 && (
          <span className="limit-warnings__count">{t('editor.limits.count', { count })}</span>
        )}
      </h3>
      {!hasChannels ? (
        <p className="limit-warnings__none">{t('editor.limits.noChannel')}</p>
      ) : count === 0 ? (
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
                {t('editor.limits.source', {
                  source: sourceText([warning.sourceRef], i18n.language),
                })}
              </span>
            </li>
          ))}
          {mediaWarnings.map((warning) => (
            <li key={`${warning.channelId}-${warning.kind}`} className="limit-warning">
              <span className="limit-warning__text">
                {mediaWarningText(warning, nameOf(warning.channelId), wording)}
              </span>
              <span className="limit-warning__source">
                {t('editor.limits.source', {
                  source: sourceText(warning.sourceRefs, i18n.language),
                })}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Catalog keys are camelCase: i18next reads a `_suffix` as a plural or a context. */
const fitKeys = {
  media_count: 'mediaCount',
  image_bytes: 'imageBytes',
  image_min_width: 'imageMinWidth',
  image_max_width: 'imageMaxWidth',
  image_max_side: 'imageMaxSide',
  image_format: 'imageFormat',
  image_aspect: 'imageAspect',
  video_min_seconds: 'videoMinSeconds',
  video_max_seconds: 'videoMaxSeconds',
  video_bytes: 'videoBytes',
  video_format: 'videoFormat',
  video_aspect: 'videoAspect',
  video_ratio: 'videoRatio',
  document_pages: 'documentPages',
  media_kind: 'mediaKind',
} as const satisfies Record<MediaFitKind, string>;

/** The media warnings' words and numbers in the app's language. */
function useMediaWording(): MediaWording {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  return useMemo(() => {
    const number = new Intl.NumberFormat(language);
    const list = new Intl.ListFormat(language, { type: 'conjunction', style: 'short' });
    const ratio = (text: string) => formatRatio(text, language);
    return {
      template: (kind, values) => t(`attachments.fit.${fitKeys[kind]}`, values),
      noun: (kind) => t(`attachments.fit.nouns.${kind}`),
      bytes: (bytes) => formatBytes(bytes, language),
      seconds: (seconds) => formatSeconds(seconds, language),
      pixels: (px) => t('attachments.fit.pixels', { value: number.format(px) }),
      pages: (pages) => t('attachments.fit.pages', { value: number.format(pages) }),
      number: (value) => number.format(value),
      ratio,
      range: (min, max) =>
        min && max
          ? `${ratio(min)}–${ratio(max)}`
          : min
            ? t('attachments.fit.atLeast', { value: ratio(min) })
            : t('attachments.fit.atMost', { value: ratio(max ?? '') }),
      list: (items) => list.format(items),
    };
  }, [t, language]);
}
