import { ruleInputSchema, type PresetName, type RuleInput } from '../overlap/rule';

export const CUSTOM_FIELDS = ['distanceMeters', 'toleranceMinutes', 'minOverlapMinutes'] as const;
export type CustomField = (typeof CUSTOM_FIELDS)[number];

/** The rule as the resident picks it: a preset, or three numbers typed in the advanced section. */
export type RuleChoice = { preset: PresetName; isCustom: boolean; custom: Record<CustomField, string> };

export const INITIAL_RULE_CHOICE: RuleChoice = {
  preset: 'same-place',
  isCustom: false,
  custom: { distanceMeters: '50', toleranceMinutes: '0', minOverlapMinutes: '15' },
};

/** What is wrong with a typed field: its name and the range it must lie in. */
export type RuleFieldError = { field: CustomField; min: number; max: number };

/**
 * The rule input the choice stands for.
 *
 * @example
 * ruleInputOf({ preset: 'after-case', isCustom: false, custom }) // → { preset: 'after-case' }
 */
export function ruleInputOf(choice: RuleChoice): RuleInput {
  if (!choice.isCustom) return { preset: choice.preset };
  const number = (text: string) => (text.trim() === '' ? NaN : Number(text));
  return {
    distanceMeters: number(choice.custom.distanceMeters),
    toleranceMinutes: number(choice.custom.toleranceMinutes),
    minOverlapMinutes: number(choice.custom.minOverlapMinutes),
  };
}

const parametersSchema = ruleInputSchema.options[1];

/** The bounds the API accepts for a field, read from the schema itself so the page and the API agree. */
function boundsOf(field: CustomField): { min: number; max: number } {
  const schema = parametersSchema.shape[field].unwrap();
  return { min: schema.minValue ?? 0, max: schema.maxValue ?? Infinity };
}

/**
 * The first typed field the API would refuse, or null: checked against the API's own schema, so the page
 * never parses an error message to find out.
 *
 * @example
 * ruleFieldError({ ...choice, isCustom: true, custom: { distanceMeters: '-5', toleranceMinutes: '0', minOverlapMinutes: '15' } })
 * // → { field: 'distanceMeters', min: 0, max: 5000 }
 */
export function ruleFieldError(choice: RuleChoice): RuleFieldError | null {
  if (!choice.isCustom) return null;
  const input = ruleInputOf(choice) as Record<CustomField, number>;
  for (const field of CUSTOM_FIELDS) {
    if (!parametersSchema.shape[field].safeParse(input[field]).success) return { field, ...boundsOf(field) };
  }
  return null;
}
