import { CUSTOM_FIELDS, ruleFieldError, type CustomField, type RuleChoice } from '@/lib/check-screen/rule-choice';
import { translate } from '@/lib/i18n/locale';
import type { Locale, MessageKey } from '@/lib/i18n/messages';
import { PRESET_NAMES, type PresetName } from '@/lib/overlap/rule';

const PRESET_TEXT: Record<PresetName, [MessageKey, MessageKey]> = {
  'same-place': ['presetSamePlace', 'presetSamePlaceHint'],
  'after-case': ['presetAfterCase', 'presetAfterCaseHint'],
  companion: ['presetCompanion', 'presetCompanionHint'],
};

type Props = {
  locale: Locale;
  choice: RuleChoice;
  onPreset: (preset: PresetName) => void;
  onCustomToggle: (isCustom: boolean) => void;
  onCustomField: (field: CustomField, value: string) => void;
};

/** Step 2: what counts as an overlap — a preset, or three numbers in the advanced section. */
export function RuleStep({ locale, choice, onPreset, onCustomToggle, onCustomField }: Props) {
  const t = (key: MessageKey, values?: Record<string, string | number>) => translate(locale, key, values);
  const fieldError = ruleFieldError(choice);
  return (
    <section className="check-step" aria-labelledby="step-rule">
      <h2 id="step-rule">{t('stepRule')}</h2>
      <fieldset className="choice-list" disabled={choice.isCustom}>
        <legend className="visually-hidden">{t('stepRule')}</legend>
        {PRESET_NAMES.map((name) => (
          <label key={name} className="choice">
            <input type="radio" name="preset" value={name} checked={choice.preset === name} onChange={() => onPreset(name)} />
            <span>
              <strong>{t(PRESET_TEXT[name][0])}</strong>
              <small>{t(PRESET_TEXT[name][1])}</small>
            </span>
          </label>
        ))}
      </fieldset>
      <details className="advanced">
        <summary>{t('advanced')}</summary>
        <label className="check-row">
          <input type="checkbox" checked={choice.isCustom} onChange={(e) => onCustomToggle(e.target.checked)} />
          {t('useCustom')}
        </label>
        <div className="field-grid">
          {CUSTOM_FIELDS.map((field) => (
            <label key={field}>
              {t(field)}
              <input type="number" min={0} inputMode="decimal" disabled={!choice.isCustom} value={choice.custom[field]} onChange={(e) => onCustomField(field, e.target.value)} />
            </label>
          ))}
        </div>
        {fieldError ? (
          <p className="error-note" role="alert" data-testid="rule-error">
            {t('ruleInvalid', { field: t(fieldError.field), message: t('ruleRange', { min: fieldError.min, max: fieldError.max }) })}
          </p>
        ) : null}
      </details>
    </section>
  );
}
