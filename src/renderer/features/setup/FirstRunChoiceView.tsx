import { useReducer } from 'react';
import { useTranslation } from 'react-i18next';
import { OfficeConnectSection } from '../settings/office-connect/OfficeConnectSection';
import { firstRunStart, firstRunStep, type FirstRunScreen } from './first-run-choice';
import './setup.css';

/**
 * The desktop app's first start: "Mulai kantor baru di komputer ini", "Buka folder data yang
 * ada" (main's open dialog) or "Hubungkan ke komputer kantor" (the same form as Settings ›
 * Hubungkan ke kantor). Main remembers the choice and restarts into it.
 */
export function FirstRunChoiceView() {
  const { t } = useTranslation();
  const [screen, dispatch] = useReducer(firstRunStep, firstRunStart as FirstRunScreen);
  const desktop = window.linimasaDesktop;

  const choose = async (choice: 'new' | 'existing') => {
    if (!desktop || (screen.view === 'choices' && screen.busy)) return;
    dispatch({ type: 'choose', choice });
    dispatch({ type: 'answered', result: await desktop.firstRun(choice) });
  };

  return (
    <main className="first-run-choice">
      <h1>{t('firstRunChoice.title')}</h1>
      {screen.view === 'restarting' && (
        <p role="status">{t('firstRunChoice.restarting', { dir: screen.dir })}</p>
      )}
      {screen.view === 'connect' && (
        <>
          <h2>{t('firstRunChoice.connect')}</h2>
          <OfficeConnectSection />
          <button type="button" className="button" onClick={() => dispatch({ type: 'back' })}>
            {t('firstRunChoice.back')}
          </button>
        </>
      )}
      {screen.view === 'choices' && (
        <>
          <p>{t('firstRunChoice.intro')}</p>
          <ul className="first-run-choice__options">
            <li>
              <button
                type="button"
                className="button button--primary"
                disabled={screen.busy}
                onClick={() => void choose('new')}
              >
                {t('firstRunChoice.new')}
              </button>
              <p className="field__hint">{t('firstRunChoice.newHint')}</p>
            </li>
            <li>
              <button
                type="button"
                className="button"
                disabled={screen.busy}
                onClick={() => void choose('existing')}
              >
                {t('firstRunChoice.existing')}
              </button>
              <p className="field__hint">{t('firstRunChoice.existingHint')}</p>
            </li>
            <li>
              <button
                type="button"
                className="button"
                disabled={screen.busy}
                onClick={() => dispatch({ type: 'connect' })}
              >
                {t('firstRunChoice.connect')}
              </button>
              <p className="field__hint">{t('firstRunChoice.connectHint')}</p>
            </li>
          </ul>
          {screen.problem && (
            <p className="field__error" role="alert">
              {t(`firstRunChoice.problems.${screen.problem.problem}`, { dir: screen.problem.dir })}
            </p>
          )}
        </>
      )}
    </main>
  );
}
