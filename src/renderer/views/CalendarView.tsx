import { useTranslation } from 'react-i18next';
import { EmptyState } from '../components/EmptyState';
import { CalendarIcon, CheckIcon, CircleIcon } from '../components/icons';
import { LoadProblem } from '../components/LoadProblem';
import { routeHash, type SettingsSection } from '../navigation/routes';
import { navigate } from '../navigation/use-route';
import { useCampaigns, useChannels, usePeople } from '../stores/collections';
import { useSettings } from '../stores/settings';
import { ScreenHeader } from './ScreenHeader';
import { officeProfileGaps } from './office-profile';

/**
 * Placeholder until the monthly calendar lands: it tells the user the one thing that blocks
 * planning (no channel) or what is left to prepare.
 */
export function CalendarView() {
  const { t } = useTranslation();
  const channels = useChannels();

  return (
    <>
      <ScreenHeader title={t('calendar.title')} />
      {channels.status === 'error' ? (
        <LoadProblem
          message={channels.loadError?.message ?? ''}
          onRetry={() => void channels.load()}
        />
      ) : channels.status !== 'ready' ? null : channels.rows.some((channel) => channel.active) ? (
        <EmptyState title={t('calendar.soonTitle')} icon={<CalendarIcon size={40} />}>
          <p>{t('calendar.soonBody')}</p>
          <SetupChecklist />
        </EmptyState>
      ) : (
        <EmptyState
          title={t('calendar.noChannelsTitle')}
          icon={<CalendarIcon size={40} />}
          action={
            <button
              type="button"
              className="button button--primary"
              onClick={() => navigate({ screen: 'settings', section: 'channels' })}
            >
              {t('calendar.addChannel')}
            </button>
          }
        >
          <p>{t('calendar.noChannelsBody')}</p>
        </EmptyState>
      )}
    </>
  );
}

function SetupChecklist() {
  const { t } = useTranslation();
  const settings = useSettings((state) => state.settings);
  // Select the stored arrays and filter here: a selector that builds a new array on every call
  // makes zustand re-render forever.
  const people = usePeople((state) => state.rows).filter((person) => person.active);
  const channels = useChannels((state) => state.rows).filter((channel) => channel.active);
  const campaigns = useCampaigns((state) => state.rows).filter((campaign) => !campaign.archived);

  const canPlan = people.some((person) => person.role !== 'approver');
  const canApprove = people.some((person) => person.role !== 'planner');
  const steps: { label: string; done: boolean; section: SettingsSection }[] = [
    {
      label: t('calendar.checkOffice'),
      done: settings ? officeProfileGaps(settings).length === 0 : false,
      section: 'office',
    },
    {
      label: t('calendar.checkChannels', { count: channels.length }),
      done: channels.length > 0,
      section: 'channels',
    },
    {
      label: t('calendar.checkPeople', { count: people.length }),
      done: canPlan && canApprove,
      section: 'people',
    },
    {
      label: t('calendar.checkCampaigns', { count: campaigns.length }),
      done: campaigns.length > 0,
      section: 'campaigns',
    },
  ];

  return (
    <section className="checklist" aria-labelledby="setup-checklist-title">
      <h3 id="setup-checklist-title">{t('calendar.checklistTitle')}</h3>
      <ul>
        {steps.map((step) => (
          <li
            key={step.section}
            className={step.done ? 'checklist__item checklist__item--done' : 'checklist__item'}
          >
            <span className="checklist__mark">{step.done ? <CheckIcon /> : <CircleIcon />}</span>
            <span className="checklist__label">
              {step.label}
              <span className="visually-hidden">
                : {step.done ? t('calendar.done') : t('calendar.todo')}
              </span>
            </span>
            {!step.done && (
              <a
                className="checklist__link"
                href={routeHash({ screen: 'settings', section: step.section })}
              >
                {t('calendar.complete')}
                <span className="visually-hidden">: {step.label}</span>
              </a>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
