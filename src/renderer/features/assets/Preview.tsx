import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Asset } from '../../../shared/domain/assets';
import { formatDuration } from './format';
import { mediaSrc } from '../../media/media-src';

/** Zoom steps relative to "fit the panel"; past 100 % the original file replaces the thumbnail. */
const zoomSteps = [1, 1.5, 2, 3, 4, 6] as const;

/**
 * The detail panel's preview: a photo fitted to the panel that zooms in steps (scroll to pan),
 * a video or sound that plays from the library through the media handler, or, for a document,
 * a large type label. A missing file says so instead of showing a broken image.
 */
export function Preview({ asset }: { asset: Asset }) {
  const { t } = useTranslation();
  if (asset.status === 'missing') {
    return <p className="asset-preview__problem">{t('assets.detail.fileMissing')}</p>;
  }
  switch (asset.kind) {
    case 'image':
      return <ImagePreview asset={asset} />;
    case 'video':
      return (
        <div className="asset-preview">
          <video
            className="asset-preview__video"
            controls
            preload="metadata"
            poster={asset.media.thumbLarge ? mediaSrc(asset.media.thumbLarge) : undefined}
            src={mediaSrc(asset.media.original)}
            aria-label={t('assets.detail.videoLabel', { name: asset.title || asset.originalName })}
          />
        </div>
      );
    case 'audio':
      return (
        <div className="asset-preview asset-preview--doc">
          <span className="asset-kind asset-kind--audio asset-preview__kind" aria-hidden="true">
            {asset.ext.toUpperCase()}
          </span>
          <audio
            controls
            preload="metadata"
            src={mediaSrc(asset.media.original)}
            aria-label={t('assets.detail.audioLabel', { name: asset.title || asset.originalName })}
          />
        </div>
      );
    default:
      return (
        <div className="asset-preview asset-preview--doc">
          {asset.media.thumbLarge ? (
            <img
              className="asset-preview__image"
              src={mediaSrc(asset.media.thumbLarge)}
              alt={t('assets.detail.previewAlt', { name: asset.title || asset.originalName })}
            />
          ) : (
            <span
              className={`asset-kind asset-kind--${asset.kind} asset-preview__kind`}
              aria-hidden="true"
            >
              {asset.ext.toUpperCase()}
            </span>
          )}
          <p className="muted">
            {[
              t(`assets.kind.${asset.kind}`),
              asset.mime,
              asset.pageCount !== null
                ? t('assets.meta.pageCount', { count: asset.pageCount })
                : '',
              asset.durationMs !== null ? formatDuration(asset.durationMs) : '',
            ]
              .filter(Boolean)
              .join(' · ')}
          </p>
        </div>
      );
  }
}

function ImagePreview({ asset }: { asset: Asset }) {
  const { t } = useTranslation();
  const [step, setStep] = useState(0);
  const zoom = zoomSteps[step]!;
  // The 1024-px thumbnail is sharp enough to fit the panel; zoomed in, the original is.
  const source =
    zoom > 1 || !asset.media.thumbLarge ? asset.media.original : asset.media.thumbLarge;
  const alt = asset.description || asset.title || asset.originalName;
  return (
    <div className="asset-preview">
      <div className={`asset-preview__frame${zoom > 1 ? ' asset-preview__frame--zoomed' : ''}`}>
        <img
          className="asset-preview__image"
          src={mediaSrc(source)}
          alt={alt}
          style={
            zoom > 1 ? { width: `${zoom * 100}%`, maxWidth: 'none', maxHeight: 'none' } : undefined
          }
          draggable={false}
        />
      </div>
      <div className="asset-preview__zoom" role="group" aria-label={t('assets.detail.zoom')}>
        <button
          type="button"
          className="button button--small"
          aria-label={t('assets.detail.zoomOut')}
          title={t('assets.detail.zoomOut')}
          disabled={step === 0}
          onClick={() => setStep((value) => Math.max(0, value - 1))}
        >
          −
        </button>
        <span className="asset-preview__level" aria-live="polite">
          {step === 0 ? t('assets.detail.fitted') : `${Math.round(zoom * 100)}%`}
        </span>
        <button
          type="button"
          className="button button--small"
          aria-label={t('assets.detail.zoomIn')}
          title={t('assets.detail.zoomIn')}
          disabled={step === zoomSteps.length - 1}
          onClick={() => setStep((value) => Math.min(zoomSteps.length - 1, value + 1))}
        >
          +
        </button>
        <button
          type="button"
          className="button button--small"
          disabled={step === 0}
          onClick={() => setStep(0)}
        >
          {t('assets.detail.fit')}
        </button>
      </div>
    </div>
  );
}
