export { buildCaseIndex, searchCaseIndex } from './build-case-index';
export type { BuildCaseIndexOptions, CaseIndex, CasePieces } from './build-case-index';
export { checkTrajectory } from './check-trajectory';
export { findCompanionOverlaps } from './companion';
export { cellReachMeters, pieceCellSpans } from './cell-spans';
export type { CellSpan } from './cell-spans';
export { findOverlaps } from './find-overlaps';
export {
  EARTH_RADIUS_METERS,
  createLocalProjection,
  planarDistanceMeters,
  projectLngLat,
  unprojectXY,
} from './local-projection';
export type { LocalProjection } from './local-projection';
export { closestApproach, pieceWindows } from './piece-windows';
export type { PieceWindow, PlanarPiece } from './piece-windows';
export { DEFAULT_RULE, PRESETS, PRESET_NAMES, resolveRule, ruleInputSchema } from './rule';
export type { CompanionRule, DistanceRule, OverlapRule, Preset, PresetName, RuleInput } from './rule';
export type { Overlap } from './types';
