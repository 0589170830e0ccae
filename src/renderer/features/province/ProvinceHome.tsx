import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ScreenHeader } from '../../components/ScreenHeader';
import { RollupView } from './RollupView';
import { SentPacks } from './SentPacks';
import './compose.css';

const tabs = ['rollup', 'packs'] as const;
type Tab = (typeof tabs)[number];

/**
 * A province's screen: "Rekap provinsi" over its regencies and cities, and "Paket ke
 * kabupaten/kota", the packs it sends them. Tabs as the ARIA pattern has them: arrow keys move
 * between tabs, one panel shows.
 */
export function ProvinceHome() {
  const { t } = useTranslation();
  const [tab, setTab] = useState<Tab>('rollup');
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
    const next = tabs[(tabs.indexOf(tab) + 1) % tabs.length]!;
    setTab(next);
    document.getElementById(`province-tab-${next}`)?.focus();
  };
  return (
    <section className="province-screen">
      {tab === 'rollup' ? (
        <ScreenHeader title={t('province.rollup.title')}>{t('province.rollup.intro')}</ScreenHeader>
      ) : (
        <ScreenHeader title={t('provinceSend.tabs.packs')}>{t('provinceSend.intro')}</ScreenHeader>
      )}
      <div
        className="province-tabs"
        role="tablist"
        aria-label={t('provinceSend.tabs.label')}
        onKeyDown={onKeyDown}
      >
        {tabs.map((name) => (
          <button
            key={name}
            id={`province-tab-${name}`}
            type="button"
            role="tab"
            className="province-tabs__tab"
            aria-selected={tab === name}
            aria-controls={`province-panel-${name}`}
            tabIndex={tab === name ? 0 : -1}
            onClick={() => setTab(name)}
          >
            {name === 'rollup' ? t('province.rollup.title') : t('provinceSend.tabs.packs')}
          </button>
        ))}
      </div>
      <div
        id={`province-panel-${tab}`}
        role="tabpanel"
        aria-labelledby={`province-tab-${tab}`}
        className="province-tabs__panel"
      >
        {tab === 'rollup' ? <RollupView /> : <SentPacks />}
      </div>
    </section>
  );
}
