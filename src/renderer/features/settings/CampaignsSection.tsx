import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Campaign } from '../../../shared/domain/campaigns';
import { ColorField, TextAreaField, TextField } from '../../components/fields';
import { FormFooter } from '../../components/FormFooter';
import { useFormSubmit } from '../../forms/use-form-submit';
import { useCampaigns } from '../../stores/collections';
import { RecordList } from './RecordList';

const campaignFields = ['name', 'color', 'description'] as const;
/** The contract's default pillar colour: a calm blue-grey that does not compete with channel colours. */
const defaultCampaignColor = '#607d8b';

interface CampaignDraft {
  name: string;
  color: string;
  description: string;
}

export function CampaignsSection() {
  const { t } = useTranslation();
  const campaigns = useCampaigns();

  return (
    <>
      <RecordList<Campaign>
        rows={campaigns.rows}
        status={campaigns.status}
        loadError={campaigns.loadError}
        onRetry={() => void campaigns.load()}
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
            {campaign.archived && (
              <span className="badge badge--muted">{t('common.archived')}</span>
            )}
          </>
        )}
        Editor={CampaignEditor}
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
      <CampaignAddForm />
    </>
  );
}

function CampaignFields({
  draft,
  setDraft,
  errors,
  autoFocus,
}: {
  draft: CampaignDraft;
  setDraft(update: (draft: CampaignDraft) => CampaignDraft): void;
  errors: Partial<Record<string, string>>;
  autoFocus?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <>
      <div className="form-grid form-grid--inline">
        <TextField
          label={t('campaigns.name')}
          name="name"
          value={draft.name}
          onValue={(name) => setDraft((current) => ({ ...current, name }))}
          placeholder={t('campaigns.namePlaceholder')}
          error={errors.name}
          maxLength={120}
          autoComplete="off"
          autoFocus={autoFocus}
        />
        <ColorField
          label={t('campaigns.color')}
          name="color"
          value={draft.color}
          onValue={(color) => setDraft((current) => ({ ...current, color }))}
          error={errors.color}
        />
      </div>
      <TextAreaField
        label={
          <>
            {t('campaigns.notes')} <span className="field__optional">{t('common.optional')}</span>
          </>
        }
        name="description"
        value={draft.description}
        onValue={(description) => setDraft((current) => ({ ...current, description }))}
        placeholder={t('campaigns.notesPlaceholder')}
        error={errors.description}
        rows={2}
        maxLength={1000}
      />
    </>
  );
}

const blankDraft = (): CampaignDraft => ({
  name: '',
  color: defaultCampaignColor,
  description: '',
});

function CampaignAddForm() {
  const { t } = useTranslation();
  const create = useCampaigns((state) => state.create);
  const [draft, setDraftState] = useState<CampaignDraft>(blankDraft);
  const formRef = useRef<HTMLFormElement>(null);
  const form = useFormSubmit<Campaign>(campaignFields, formRef);
  const setDraft = (update: (draft: CampaignDraft) => CampaignDraft) => {
    form.touch();
    setDraftState(update);
  };

  return (
    <form
      ref={formRef}
      className="add-form"
      aria-label={t('campaigns.addTitle')}
      noValidate
      onSubmit={async (event) => {
        event.preventDefault();
        const result = await form.submit(() => create(draft));
        if (result?.ok) setDraftState(blankDraft());
      }}
    >
      <h3 className="add-form__title">{t('campaigns.addTitle')}</h3>
      <CampaignFields draft={draft} setDraft={setDraft} errors={form.errors.byField} />
      <FormFooter
        phase={form.phase}
        generalError={form.errors.general}
        submitLabel={t('campaigns.add')}
      />
    </form>
  );
}

function CampaignEditor({ row: campaign, done }: { row: Campaign; done(): void }) {
  const { t } = useTranslation();
  const update = useCampaigns((state) => state.update);
  const [draft, setDraft] = useState<CampaignDraft>({
    name: campaign.name,
    color: campaign.color,
    description: campaign.description,
  });
  const formRef = useRef<HTMLFormElement>(null);
  const form = useFormSubmit<Campaign>(campaignFields, formRef);

  return (
    <form
      ref={formRef}
      className="record-editor"
      aria-label={t('campaigns.editTitle', { name: campaign.name })}
      noValidate
      onSubmit={async (event) => {
        event.preventDefault();
        const result = await form.submit(() => update({ id: campaign.id, ...draft }));
        if (result?.ok) done();
      }}
    >
      <CampaignFields draft={draft} setDraft={setDraft} errors={form.errors.byField} autoFocus />
      <FormFooter
        phase={form.phase}
        generalError={form.errors.general}
        submitLabel={t('common.save')}
        onCancel={done}
      />
    </form>
  );
}
