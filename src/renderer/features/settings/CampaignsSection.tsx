import { useTranslation } from 'react-i18next';
import { nextPillarColor, type Campaign } from '../../../shared/domain/campaigns';
import { useCampaigns } from '../../stores/collections';
import type { RecordForm } from './records/record-form';
import { RecordSection } from './records/RecordSection';

interface CampaignDraft {
  name: string;
  color: string;
  description: string;
}

export function CampaignsSection() {
  const { t } = useTranslation();
  const campaigns = useCampaigns();
  const form: RecordForm<Campaign, CampaignDraft> = {
    fields: [
      {
        kind: 'text',
        name: 'name',
        label: t('campaigns.name'),
        placeholder: t('campaigns.namePlaceholder'),
        maxLength: 120,
      },
      { kind: 'color', name: 'color', label: t('campaigns.color') },
      {
        kind: 'textarea',
        name: 'description',
        label: t('campaigns.notes'),
        optional: true,
        wide: true,
        placeholder: t('campaigns.notesPlaceholder'),
        rows: 2,
        maxLength: 1000,
      },
    ],
    gridClass: 'form-grid form-grid--inline',
    // Each new pillar starts with the next colour of the palette, not the same grey.
    blank: () => ({
      name: '',
      color: nextPillarColor(campaigns.rows.map((campaign) => campaign.color)),
      description: '',
    }),
    fromRow: ({ name, color, description }) => ({ name, color, description }),
    create: (draft) => campaigns.create(draft),
    update: (campaign, draft) => campaigns.update({ id: campaign.id, ...draft }),
    texts: {
      addTitle: t('campaigns.addTitle'),
      add: t('campaigns.add'),
      editTitle: (name) => t('campaigns.editTitle', { name }),
    },
  };

  return (
    <RecordSection<Campaign, CampaignDraft>
      collection={campaigns}
      form={form}
      isActive={(campaign) => !campaign.archived}
      listLabel={t('campaigns.listLabel')}
      emptyText={t('campaigns.empty')}
      allInactiveText={t('campaigns.allArchived')}
      showInactiveLabel={t('campaigns.showArchived')}
      renderSummary={(campaign) => (
        <>
          <span
            className="swatch swatch--large"
            style={{ backgroundColor: campaign.color }}
            aria-hidden="true"
          />
          <span className="record__text">
            <span className="record__name">{campaign.name}</span>
            {campaign.description && <span className="record__meta">{campaign.description}</span>}
          </span>
          {campaign.archived && <span className="badge badge--muted">{t('common.archived')}</span>}
        </>
      )}
      deactivate={{
        text: t('common.archive'),
        label: (name) => t('common.archiveItem', { name }),
        run: (campaign) => campaigns.archive(campaign.id),
      }}
      reactivate={{
        text: t('common.restore'),
        label: (name) => t('common.restoreItem', { name }),
        run: (campaign) => campaigns.update({ id: campaign.id, archived: false }),
      }}
    />
  );
}
