import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { postStatuses } from '../../../shared/domain/post-status';
import { useCampaigns, useChannels } from '../../stores/collections';
import { useExports } from './store';
import { toggled, type ExportForm, type FormProblem } from './model';

interface Option {
  id: string;
  label: string;
  checked: boolean;
  mark?: ReactNode;
}

/**
 * Status, channel and pillar checkboxes. Statuses start at "Disetujui" only (what gets signed);
 * every channel and pillar starts ticked, and unticking one leaves it out.
 */
export function FilterFields({ form, problem }: { form: ExportForm; problem: FormProblem | null }) {
  const { t } = useTranslation();
  const setForm = useExports((state) => state.setForm);
  const channels = useChannels((state) => state.rows);
  const campaigns = useCampaigns((state) => state.rows);

  const statusOptions: Option[] = postStatuses.map((status) => ({
    id: status,
    label: t(`approval.status.${status}`),
    checked: form.statuses.includes(status),
  }));
  // Active ones first: an archived channel still has old posts, so it stays choosable.
  const channelOptions: Option[] = [...channels]
    .sort((a, b) => Number(b.active) - Number(a.active))
    .map((channel) => ({
      id: channel.id,
      label: channel.active ? channel.name : t('export.channels.inactive', { name: channel.name }),
      checked: !form.excludedChannelIds.includes(channel.id),
      mark: (
        <span className="swatch" style={{ backgroundColor: channel.color }} aria-hidden="true" />
      ),
    }));
  const campaignOptions: Option[] = [...campaigns]
    .sort((a, b) => Number(a.archived) - Number(b.archived))
    .map((campaign) => ({
      id: campaign.id,
      label: campaign.archived
        ? t('export.campaigns.archived', { name: campaign.name })
        : campaign.name,
      checked: !form.excludedCampaignIds.includes(campaign.id),
      mark: (
        <span className="swatch" style={{ backgroundColor: campaign.color }} aria-hidden="true" />
      ),
    }));

  return (
    <div className="export-filters">
      <CheckboxGroup
        legend={t('export.statuses.legend')}
        hint={t('export.statuses.hint')}
        options={statusOptions}
        error={problem === 'noStatus' ? t('export.statuses.none') : undefined}
        onToggle={(id) =>
          // In the workflow's order, whatever order they were ticked in.
          setForm({
            statuses: postStatuses.filter((status) =>
              status === id ? !form.statuses.includes(status) : form.statuses.includes(status),
            ),
          })
        }
      />
      <CheckboxGroup
        legend={t('export.channels.legend')}
        options={channelOptions}
        empty={t('export.channels.empty')}
        error={problem === 'noChannel' ? t('export.channels.none') : undefined}
        onToggle={(id) => setForm({ excludedChannelIds: toggled(form.excludedChannelIds, id) })}
      />
      <CheckboxGroup
        legend={t('export.campaigns.legend')}
        hint={campaignOptions.length > 0 ? t('export.campaigns.hint') : undefined}
        options={campaignOptions}
        empty={t('export.campaigns.empty')}
        error={problem === 'noCampaign' ? t('export.campaigns.none') : undefined}
        onToggle={(id) => setForm({ excludedCampaignIds: toggled(form.excludedCampaignIds, id) })}
      />
    </div>
  );
}

function CheckboxGroup({
  legend,
  hint,
  options,
  empty,
  error,
  onToggle,
}: {
  legend: string;
  hint?: string;
  options: Option[];
  empty?: string;
  error?: string;
  onToggle(id: string): void;
}) {
  return (
    <fieldset className="fieldset export-checks">
      <legend>{legend}</legend>
      {options.length === 0 ? (
        <p className="muted export-checks__empty">{empty}</p>
      ) : (
        <ul className="export-checks__list">
          {options.map((option) => (
            <li key={option.id}>
              <label className="export-checks__option">
                <input
                  type="checkbox"
                  checked={option.checked}
                  onChange={() => onToggle(option.id)}
                />
                {option.mark}
                <span>{option.label}</span>
              </label>
            </li>
          ))}
        </ul>
      )}
      {hint && <p className="field__hint">{hint}</p>}
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}
