import { useTranslation } from 'react-i18next';
import type { ItemShortened } from '../../../shared/api/methods/province';

/** A name shown in a sentence: a very long one by its start. */
const nameInText = (name: string) => (name.length > 60 ? `${name.slice(0, 60)}…` : name);

/**
 * What the pack's limits took from the post an item was built from: a cut title, caption or
 * file name, media or hashtags left out. Said once per item, in the officer's words, so nothing
 * is lost without their knowing; the post in the calendar keeps everything.
 */
export function ShortenedNotice({ shortened }: { shortened: readonly ItemShortened[] }) {
  const { t, i18n } = useTranslation();
  if (shortened.length === 0) return null;
  const locale = i18n.language.startsWith('en') ? 'en-GB' : 'id-ID';
  const number = (value: number) => new Intl.NumberFormat(locale).format(value);
  const sentence = (cut: ItemShortened): string => {
    switch (cut.field) {
      case 'title':
        return t('provinceSend.compose.shortened.title', { limit: number(cut.limit) });
      case 'caption':
        return t('provinceSend.compose.shortened.caption', {
          platform: t(`channels.platforms.${cut.platform}`),
          limit: number(cut.limit),
        });
      case 'mediaName':
        return t('provinceSend.compose.shortened.mediaName', {
          name: nameInText(cut.name),
          limit: number(cut.limit),
        });
      case 'media':
        return t('provinceSend.compose.shortened.media', {
          count: cut.left,
          limit: number(cut.limit),
        });
      case 'hashtags':
        return t('provinceSend.compose.shortened.hashtags', {
          count: cut.left,
          limit: number(cut.limit),
          chars: number(cut.chars),
        });
    }
  };
  return (
    <div className="notice notice--warning compose-item__shortened" role="note">
      <p>{t('provinceSend.compose.shortened.intro')}</p>
      <ul>
        {shortened.map((cut, index) => (
          <li key={index}>{sentence(cut)}</li>
        ))}
      </ul>
    </div>
  );
}
