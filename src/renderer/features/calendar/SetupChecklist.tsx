import { useTranslation } from 'react-i18next';
import { CheckIcon, CircleIcon } from '../../components/icons';
import { routeHash, type SettingsSection } from '../../navigation/routes';
import { useCampaigns, useChannels, usePeople } from '../../stores/collections';
import { useSettings } from '../../stores/settings';
import { officeProfileGaps } from '../settings/office-profile';

/**
 * What is still missing before a month can be planned and approved: the office profile, a
 * channel, a planner and an approver, a content pillar. Shown above the calendar until done.
 */
export function SetupChecklist() {
  const { t } = useTranslation();
  const settings = useSettings((state) => state.settings);
  // Select the stored arrays and filter here: a selector that builds a new array on every call
  // makes zustand re-render forever.
  const people = usePeople((state) => state.rows).filter((person) => person.active);
  const channels = useChannels((state) => state.rows).filter((channel) => channel.active);
  const campaigns = useCampaigns((state) => state.rows).filter((campaign) => !campaign.archived);
  const peopleReady = usePeople((state) => state.status === 'ready');

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
  if (!peopleReady || steps.every((step) => step.done)) return null;

  return (
    <section className="checklist checklist--compact" aria-labelledby="setup-checklist-title">
      <h2 id="setup-checklist-title">{t('calendar.checklistTitle')}</h2>
      <p className="muted">{t('calendar.checklistIntro')}</p>
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
