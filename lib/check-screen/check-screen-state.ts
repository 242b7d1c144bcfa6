import type { OverlapFeedback } from '../check/advice';
import type { PresetName } from '../overlap/rule';
import { INITIAL_RULE_CHOICE, type CustomField, type RuleChoice } from './rule-choice';
import type { CheckMode, CheckResultState, GivenTrajectory } from './types';

/** Where a running check is: downloading the public case tracks, or comparing. */
export type CheckStage = 'cases' | 'compare';

/** A running check's stage and, while comparing on this device, the fraction of the trajectory compared. */
export type CheckStatus = { kind: 'idle' } | { kind: 'checking'; stage: CheckStage; fraction?: number } | { kind: 'error'; message: string };

/** Everything the check screen remembers between renders (the trajectory input keeps its own form state). */
export type CheckScreenState = {
  given: GivenTrajectory | null;
  rule: RuleChoice;
  mode: CheckMode;
  status: CheckStatus;
  result: CheckResultState | null;
  /** The overlap shown on the map, by its index in the result. */
  selected: number | null;
  feedback: Record<string, OverlapFeedback>;
  /** Counts finished checks, so the page brings each new result into view once. */
  resultCount: number;
};

export type CheckScreenAction =
  | { type: 'trajectory-given'; given: GivenTrajectory | null }
  | { type: 'preset-picked'; preset: PresetName }
  | { type: 'custom-toggled'; isCustom: boolean }
  | { type: 'custom-typed'; field: CustomField; value: string }
  | { type: 'mode-picked'; mode: CheckMode }
  | { type: 'check-started' }
  | { type: 'check-stage'; stage: CheckStage }
  | { type: 'check-progress'; fraction: number }
  | { type: 'check-finished'; result: CheckResultState }
  | { type: 'check-failed'; message: string }
  | { type: 'overlap-selected'; index: number }
  | { type: 'feedback-given'; key: string; value: OverlapFeedback };

export function initialCheckScreenState(feedback: Record<string, OverlapFeedback> = {}): CheckScreenState {
  return { given: null, rule: INITIAL_RULE_CHOICE, mode: 'private', status: { kind: 'idle' }, result: null, selected: null, feedback, resultCount: 0 };
}

/**
 * The check screen's state transitions. Pure: the page dispatches, React renders.
 *
 * @example
 * checkScreenReducer(state, { type: 'check-started' }) // → { ...state, status: { kind: 'checking', stage: 'cases' }, selected: null }
 */
export function checkScreenReducer(state: CheckScreenState, action: CheckScreenAction): CheckScreenState {
  switch (action.type) {
    case 'trajectory-given':
      return { ...state, given: action.given };
    case 'preset-picked':
      return { ...state, rule: { ...state.rule, preset: action.preset } };
    case 'custom-toggled':
      return { ...state, rule: { ...state.rule, isCustom: action.isCustom } };
    case 'custom-typed':
      return { ...state, rule: { ...state.rule, custom: { ...state.rule.custom, [action.field]: action.value } } };
    case 'mode-picked':
      return { ...state, mode: action.mode };
    case 'check-started':
      return { ...state, status: { kind: 'checking', stage: 'cases' }, selected: null };
    case 'check-stage':
      return state.status.kind === 'checking' ? { ...state, status: { kind: 'checking', stage: action.stage } } : state;
    case 'check-progress':
      return state.status.kind === 'checking' && state.status.stage === 'compare' ? { ...state, status: { ...state.status, fraction: action.fraction } } : state;
    case 'check-finished':
      return { ...state, status: { kind: 'idle' }, result: action.result, selected: null, resultCount: state.resultCount + 1 };
    case 'check-failed':
      return { ...state, status: { kind: 'error', message: action.message } };
    case 'overlap-selected':
      return { ...state, selected: state.result && action.index >= 0 && action.index < state.result.answer.overlaps.length ? action.index : state.selected };
    case 'feedback-given':
      return { ...state, feedback: { ...state.feedback, [action.key]: action.value } };
  }
}
