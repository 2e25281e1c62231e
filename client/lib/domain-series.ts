// Domain code lists → chart series and count rows, shared by several features (tasks, awards,
// unit profile). Labels come from the shared/domain label maps, never from components.
import {
  AWARD_CODES,
  AWARD_KINDS,
  ISSUER_LEVELS,
  ISSUER_LEVEL_LABELS,
} from '#shared/domain/award-kinds.ts'
import { TASK_STATUSES, TASK_STATUS_LABELS, type TaskStatus } from '#shared/domain/task-statuses.ts'
import type { AwardTotals } from '#shared/kpi/award-totals.ts'
import type { PatternKind } from './palette.ts'
import type { Language } from './format.ts'

export type StackSeries = { key: string; label: string; color: string; pattern: PatternKind }

/** Status colours (Okabe–Ito) with textures on the statuses that need attention. */
const STATUS_STYLE: Record<TaskStatus, { color: string; pattern: PatternKind }> = {
  DONE_ON_TIME: { color: '#009E73', pattern: 'solid' },
  DONE_LATE: { color: '#56B4E9', pattern: 'solid' },
  IN_PROGRESS: { color: '#E69F00', pattern: 'dots' },
  OVERDUE: { color: '#D55E00', pattern: 'cross' },
  NOT_STARTED: { color: '#CC79A7', pattern: 'hatch' },
  CANCELLED: { color: '#9CA3AF', pattern: 'solid' },
}

export function taskStatusSeries(lang: Language): StackSeries[] {
  return TASK_STATUSES.map((status) => ({
    key: status,
    label: TASK_STATUS_LABELS[status][lang],
    ...STATUS_STYLE[status],
  }))
}

export type CountRow = { key: string; label: string; count: number }

/** Totals by award type, in taxonomy order, zeros left out. */
export function byAwardType(totals: AwardTotals, lang: Language): CountRow[] {
  return AWARD_CODES.filter((code) => (totals.byCode[code] ?? 0) > 0).map((code) => ({
    key: code,
    label: AWARD_KINDS[code][lang],
    count: totals.byCode[code] ?? 0,
  }))
}

/** Totals by issuing level, from the State President down, zeros left out. */
export function byIssuer(totals: AwardTotals, lang: Language): CountRow[] {
  return ISSUER_LEVELS.filter((level) => (totals.byIssuer[level] ?? 0) > 0).map((level) => ({
    key: level,
    label: ISSUER_LEVEL_LABELS[level][lang],
    count: totals.byIssuer[level] ?? 0,
  }))
}
