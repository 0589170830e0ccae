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
            <ChoiceOption
              label={t('firstRunChoice.new')}
              hint={t('firstRunChoice.newHint')}
              primary
              disabled={screen.busy}
              onChoose={() => void choose('new')}
            />
            <ChoiceOption
              label={t('firstRunChoice.existing')}
              hint={t('firstRunChoice.existingHint')}
              disabled={screen.busy}
              onChoose={() => void choose('existing')}
            />
            <ChoiceOption
              label={t('firstRunChoice.connect')}
              hint={t('firstRunChoice.connectHint')}
              disabled={screen.busy}
              onChoose={() => dispatch({ type: 'connect' })}
            />
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

/** One of the three first-start choices: its button and the line that explains it. */
function ChoiceOption(props: {
  label: string;
  hint: string;
  primary?: boolean;
  disabled: boolean;
  onChoose: () => void;
}) {
  return (
    <li>
      <button
        type="button"
        className={props.primary ? 'button button--primary' : 'button'}
        disabled={props.disabled}
        onClick={props.onChoose}
      >
        {props.label}
      </button>
      <p className="field__hint">{props.hint}</p>
    </li>
  );
}
