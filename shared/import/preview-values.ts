// The values an import preview shows of each row it would write, by kind: what an editor checks
// against the printed table before confirming (an assessment's points and index, not its
// bookkeeping). Keys are the stored columns; the page labels them.
import { TASK_STATUSES } from '../domain/task-statuses.ts'
import type { ImportFileKind } from './import-columns.ts'

export const PREVIEW_VALUES: Partial<Record<ImportFileKind, readonly string[]>> = {
  // The block last: which group of the table the row is ranked in (a heading's, or its own).
  assessments: [
    'points',
    'max_points',
    'index_pct',
    'grade',
    'published_rank',
    'published_grade',
    'cohort_block',
  ],
  // The counts by status, as the stored columns name them (the import's STATUS_COLUMNS).
  tasks: ['field_code', 'content_area', ...TASK_STATUSES.map((status) => status.toLowerCase())],
  awards: ['award_code', 'recipient_type', 'recipient_name', 'count'],
}
