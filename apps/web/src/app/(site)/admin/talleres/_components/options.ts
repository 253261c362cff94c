import { CAPACITY_TYPE_LABELS_ES, CAPACITY_TYPES } from "@lab/domain/indicator";
import {
  ALLIANCE_STATUS_LABELS,
  ALLIANCE_STATUSES,
  CAPACITY_LEVEL_LABELS,
  CAPACITY_LEVELS,
  CONTRIBUTION_STATUS_LABELS,
  CONTRIBUTION_STATUSES,
  INSTITUTION_TYPE_LABELS_ES,
  INSTITUTION_TYPES,
  LAB_FUNCTION_LABELS,
  LAB_FUNCTIONS,
} from "@lab/domain/workshop";

// The choices the workshop forms offer, with their Spanish labels (the workspace is Spanish).

import type { TOption } from "~/components/form-fields";

export type { TOption };

export const INSTITUTION_TYPE_OPTIONS: TOption[] = INSTITUTION_TYPES.map((value) => ({
  value,
  label: INSTITUTION_TYPE_LABELS_ES[value],
}));
export const CAPACITY_TYPE_OPTIONS: TOption[] = CAPACITY_TYPES.map((value) => ({
  value,
  label: CAPACITY_TYPE_LABELS_ES[value],
}));
export const CAPACITY_LEVEL_OPTIONS: TOption[] = CAPACITY_LEVELS.map((value) => ({
  value,
  label: CAPACITY_LEVEL_LABELS.es[value],
}));
export const CONTRIBUTION_STATUS_OPTIONS: TOption[] = CONTRIBUTION_STATUSES.map((value) => ({
  value,
  label: CONTRIBUTION_STATUS_LABELS.es[value],
}));
export const ALLIANCE_STATUS_OPTIONS: TOption[] = ALLIANCE_STATUSES.map((value) => ({
  value,
  label: ALLIANCE_STATUS_LABELS.es[value],
}));
export const LAB_FUNCTION_OPTIONS: TOption[] = LAB_FUNCTIONS.map((value) => ({
  value,
  label: LAB_FUNCTION_LABELS.es[value],
}));
