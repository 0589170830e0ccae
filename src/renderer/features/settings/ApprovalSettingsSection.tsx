import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../../shared/domain/settings';
import { FormFooter } from '../../components/FormFooter';
import { useFormSubmit } from '../../forms/use-form-submit';
import { useSettings } from '../../stores/settings';
import { TimeField } from '../editor/TimeField';
import './settings-extra.css';

const approvalFields = ['allowSelfApproval', 'approvalSteps', 'defaultPostTime'] as const;

/**
 * Self-approval for one-person offices, and the time an idea gets when it is given a day. The
 * API applies the self-approval rule itself; the editor reads the same setting only to decide
 * whether to offer "Setujui".
 */
export function ApprovalSettingsSection({ settings }: { settings: Settings }) {
  const { t } = useTranslation();
  const update = useSettings((state) => state.update);
  const formRef = useRef<HTMLFormElement>(null);
  const form = useFormSubmit<Settings>(approvalFields, formRef);
  const [allowSelfApproval, setAllowSelfApproval] = useState(settings.allowSelfApproval);
  const [approvalSteps, setApprovalSteps] = useState(settings.approvalSteps);
  const [defaultPostTime, setDefaultPostTime] = useState(settings.defaultPostTime);
  const ids = useId();
  const timeError = form.errors.byField.defaultPostTime;

  return (
    <form
      ref={formRef}
      aria-label={t('approval.settingsTitle')}
      noValidate
      onSubmit={async (event) => {
        event.preventDefault();
        const result = await form.submit(() =>
          update({ allowSelfApproval, approvalSteps, defaultPostTime }),
        );
        if (result?.ok) {
          setAllowSelfApproval(result.value.allowSelfApproval);
          setApprovalSteps(result.value.approvalSteps);
          setDefaultPostTime(result.value.defaultPostTime);
        }
      }}
    >
      <fieldset className="field" aria-describedby={`${ids}-steps-hint`}>
        <legend className="field__label">{t('approval.stepsLegend')}</legend>
        {([1, 2] as const).map((steps) => (
          <label key={steps} className="toggle-row">
            <input
              type="radio"
              name="approvalSteps"
              value={steps}
              checked={approvalSteps === steps}
              onChange={() => {
                form.touch();
                setApprovalSteps(steps);
              }}
            />
            <span className="toggle-row__label">
              {t(steps === 1 ? 'approval.stepsOne' : 'approval.stepsTwo')}
            </span>
          </label>
        ))}
        <p className="field__hint" id={`${ids}-steps-hint`}>
          {t('approval.stepsHint')}
        </p>
      </fieldset>
      <div className="toggle-row">
        <input
          id={`${ids}-self`}
          name="allowSelfApproval"
          type="checkbox"
          checked={allowSelfApproval}
          aria-describedby={`${ids}-self-hint`}
          onChange={(event) => {
            form.touch();
            setAllowSelfApproval(event.target.checked);
          }}
        />
        <span>
          <label htmlFor={`${ids}-self`} className="toggle-row__label">
            {t('approval.allowSelfApproval')}
          </label>
          <span className="toggle-row__hint" id={`${ids}-self-hint`}>
            {t('approval.allowSelfApprovalHint')}
          </span>
        </span>
      </div>
      <div className="field--time">
        <TimeField
          id={`${ids}-time`}
          label={t('approval.defaultPostTime')}
          name="defaultPostTime"
          value={defaultPostTime}
          onValue={(value) => {
            form.touch();
            setDefaultPostTime(value);
          }}
          error={timeError}
          describedBy={`${ids}-time-hint`}
        />
        <p className="field__hint" id={`${ids}-time-hint`}>
          {t('approval.defaultPostTimeHint')}
        </p>
      </div>
      <FormFooter
        phase={form.phase}
        generalError={form.errors.general}
        submitLabel={t('common.save')}
      />
    </form>
  );
}
