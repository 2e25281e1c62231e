// The Kysely view of the database (one hand-written interface, STYLE B.6). Row aliases are
// `Selectable<…>`; they never leave the server — mappers turn them into shared/dto types.
import type { Insertable, Selectable, Updateable } from 'kysely'

export type UnitTable = {
  code: string
  name: string
  /** The name as foldUnitName keys it (abbreviations written out, "UBND" dropped…): names are matched on it. */
  name_key: string
  /** The level (UNIT_KINDS); the title, which can change, is on the placement. */
  kind: string
  /** ISO dates, inclusive; null is open. */
  valid_from: string | null
  valid_to: string | null
  import_batch_id: string | null
  updated_at: string
}

/** A unit's parent and title for a period (ADR 014). A unit's placements never overlap. */
export type UnitPlacementTable = {
  unit_code: string
  valid_from: string
  valid_to: string | null
  parent_code: string | null
  title: string | null
  import_batch_id: string | null
}

export type UnitLineageTable = {
  id: string
  event: string
  from_code: string
  /** null only for DISSOLVE. */
  to_code: string | null
  effective_date: string
  note: string | null
}

export type SchemeTable = {
  id: string
  province_code: string
  unit_kind: string
  year_from: number
  year_to: number | null
  name: string
  decision_no: string | null
  updated_at: string
}

export type SchemeFieldTable = {
  scheme_id: string
  field_code: string
  max_points: number
  component: string
  sort_order: number
  /** The field's appraisal and survey parts when it has both (they add up to max_points); null: all of it is `component`. */
  appraisal_max: number | null
  survey_max: number | null
}

export type SchemeGradeBandTable = {
  scheme_id: string
  grade_code: string
  label_vi: string
  label_en: string
  min_pct: number
  sort_order: number
  /** 1: the band starts at min_pct ("A ≥ 90"); 0: above it ("Xuất sắc > 95"). */
  min_inclusive: number
}

/** A criterion (tiêu chí) of a scheme's field, with its maximum and the part it belongs to. */
export type SchemeCriterionTable = {
  scheme_id: string
  field_code: string
  criterion_code: string
  name: string
  max_points: number
  component: string
  sort_order: number
}

export type AssessmentTable = {
  unit_code: string
  year: number
  /** null for index-only results (a published table of percentages). */
  max_points: number | null
  points: number | null
  /** points ÷ max_points × 100 rounded to 2 decimals, or the published index of an index-only row (what rank() orders by). */
  index_pct: number
  /** Computed from the scheme's bands; null when no scheme covers the unit and year. */
  grade: string | null
  status: string
  decision_no: string | null
  decision_date: string | null
  published_rank: number | null
  published_grade: string | null
  published_index_pct: number | null
  import_batch_id: string | null
  updated_at: string
  /** Per-field points as JSON text, {"CODE":[points,max|null]} (server/db/field-points.ts). */
  field_points: string | null
  /** The cohort the decision ranked the unit in (ADR 014): its parent (null: not ranked) … */
  cohort_parent_code: string | null
  /** … and its block ('' the default cohort of the level under that parent). */
  cohort_block: string
  /** The number of units the decision ranked in that cohort, as published. */
  published_cohort_size: number | null
}

/**
 * A unit's rank in its cohort-year (derived, ADR 010): scope ALL ranks every assessment, scope
 * PUBLISHED only published ones. Rebuilt by refreshCohortRanks() in every writer's transaction.
 */
export type CohortRankTable = {
  parent_code: string
  kind: string
  block: string
  scope: RankScope
  year: number
  unit_code: string
  rank: number
  index_pct: number
  /** Facts stored beside the rank (ADR 015), from the assessment and the previous year. */
  points: number | null
  /** The computed grade, else the published one. */
  grade: string | null
  /** The same unit in the same cohort the year before: index, rank and size as published. */
  prev_index_pct: number | null
  prev_rank: number | null
  prev_total: number | null
  /** The change as the product may claim it (ADR 014); null where withheld or new. */
  delta_pct: number | null
  rank_change: number | null
  /** Why a change is withheld (LINEAGE, SCHEME, COHORT; COHORT_SIZE, AMONG_LOADED: rank move only). */
  not_comparable: string | null
  /** Place in the cohort-year by unit name (Vietnamese collation, then code), from 1. */
  name_order: number
  /** The unit's name folded for search: lower case, no diacritics (foldLabel). */
  search_key: string
}

export type RankScope = 'ALL' | 'PUBLISHED'

/** Size of a cohort-year per scope (derived with cohort_rank). */
export type CohortYearTable = {
  parent_code: string
  kind: string
  block: string
  scope: RankScope
  year: number
  unit_count: number
  /** The size the decision published (null: not given). */
  published_size: number | null
  /** The cohort-year's counts as JSON (server/cohorts/cohort-year-counts.ts), kept with its facts. */
  counts: string | null
  /**
   * The ends of every order a ranking summary names, as JSON (server/cohorts/summary-ends.ts,
   * ADR 039), kept with its facts. Null only when written before they were stored.
   */
  summary_ends: string | null
  /**
   * The maximum points every ranked unit shares; null where they differ or a unit has none (an
   * index-only table).
   */
  shared_max_points: number | null
  /**
   * Ranked units whose decision's rank is on record (their `published_rank`); 0 when the published
   * table gave none and every rank shown is worked out from the index.
   */
  published_ranks: number | null
  /**
   * Units ranked in the cohort in this year or an earlier one (ADR 030): a rank history's size
   * up to this year. Null only when not stored (the history then counts its ranks).
   */
  units_to_date: number | null
}

/**
 * A field's best and summed points over a cohort-year's ranked assessments, per scope (derived
 * with cohort_rank, ADR 023): the cohort's best and average (total / count) a profile shows.
 */
export type CohortFieldStatTable = {
  parent_code: string
  kind: string
  block: string
  scope: RankScope
  year: number
  field_code: string
  best: number
  total: number
  count: number
}

/**
 * A unit's task results and award grants of one year, summed, under each cohort it belongs to
 * that year (ADR 030): ranked in it (cohort_rank, scope ALL) or, for a cohort's default block,
 * placed under its parent (placementsAt). One row per cohort, year and unit with any task row or
 * grant; derived from task_result, award_grant, unit_placement, unit and cohort_rank, and kept
 * by every writer of them in its transaction (server/cohorts/store-cohort-activity.ts).
 */
export type CohortActivityTable = {
  parent_code: string
  kind: string
  block: string
  year: number
  unit_code: string
  /**
   * The unit's name (as `unit.name`): rewritten with the unit's rows on every write of the unit,
   * so a page's band of tied units is ordered by name without a lookup per unit (ADR 041).
   */
  unit_name: string
  /** task_result rows of the unit-year (0: no task results; the unit is not in the task list). */
  task_rows: number
  done_on_time: number
  done_late: number
  in_progress: number
  overdue: number
  not_started: number
  cancelled: number
  /** award_grant rows of the unit-year (0: no grants: the unit is not in the awards list). */
  grant_rows: number
  /** Recipients granted to the unit that year (sum of the grants' count), and by type. */
  award_total: number
  award_collective: number
  award_individual: number
  award_household: number
  /**
   * The completion rate as the API rounds it (taskCompletion), in hundredths of a percent; null
   * when nothing is due (ADR 033).
   */
  completion_key: number | null
  /** Tasks planned, cancelled ones included. */
  task_planned: number
}

/**
 * A cohort-year with grants (ADR 032): its units with grants and the digest of the decisions
 * that granted them (numbered ones: distinct number and date), derived with cohort_activity.
 */
export type CohortAwardYearTable = {
  parent_code: string
  kind: string
  block: string
  year: number
  units: number
  decision_count: number
  first_decision_date: string | null
  last_decision_date: string | null
  /** JSON: the decisions by date, then number, when a source line lists them; else []. */
  decisions: string
}

/** A cohort-year with task results: its units, those with tasks due, its sums (ADR 033). */
export type CohortTaskYearTable = {
  parent_code: string
  kind: string
  block: string
  year: number
  units: number
  with_plan: number
  done_on_time: number
  done_late: number
  in_progress: number
  overdue: number
  not_started: number
  cancelled: number
}

/** A cohort-year's recipients by award, recipient type and issuing level (ADR 032). */
export type CohortAwardLineTable = {
  parent_code: string
  kind: string
  block: string
  year: number
  award_code: string
  recipient_type: string
  issuer_level: string
  count: number
  /** The grants summed (a line is kept while any grant has it, even of 0 recipients). */
  grants: number
}

/** A cohort-year's numbered decisions, each with its grants there (ADR 032). */
export type CohortAwardDecisionTable = {
  parent_code: string
  kind: string
  block: string
  year: number
  decision_no: string
  /** The decision's date (ISO), '' when undated. */
  date_key: string
  grants: number
}

export type TaskResultTable = {
  unit_code: string
  year: number
  field_code: string
  content_area: string
  done_on_time: number
  done_late: number
  in_progress: number
  overdue: number
  not_started: number
  cancelled: number
  import_batch_id: string | null
  updated_at: string
}

export type AwardTypeTable = {
  code: string
  name_vi: string
  name_en: string
  family: string
  /** Comma-separated recipient types. */
  recipients: string
  /** Comma-separated issuer levels. */
  issuers: string
  sort_order: number
}

/** Who may issue an award during a period ('YYYY-MM-DD', both days included; valid_to null = open). */
export type AwardIssuerRuleTable = {
  award_code: string
  issuer_level: string
  valid_from: string
  valid_to: string | null
}

export type AwardGrantTable = {
  id: string
  grant_key: string
  unit_code: string
  year: number
  award_code: string
  recipient_type: string
  count: number
  recipient_name: string | null
  issuer_level: string
  decision_no: string | null
  decision_date: string | null
  reason: string
  import_batch_id: string | null
  updated_at: string
}

export type ImportBatchTable = {
  id: string
  kind: string
  file_name: string | null
  content_hash: string
  status: string
  row_count: number
  inserted: number
  updated: number
  unchanged: number
  created_by: string | null
  created_at: string
  undone_by: string | null
  undone_at: string | null
}

export type AuditLogTable = {
  id: string
  at: string
  actor_id: string | null
  actor_email: string | null
  action: string
  entity: string
  entity_key: string
  before_json: string | null
  after_json: string | null
  import_batch_id: string | null
}

export type AppUserTable = {
  id: string
  email: string
  name: string
  role: string
  password_hash: string
  created_at: string
  disabled_at: string | null
}

export type UserSessionTable = {
  /** SHA-256 of the session token: a leaked table does not leak live sessions. */
  id: string
  user_id: string
  created_at: string
  expires_at: string
}

export type LoginAttemptTable = {
  id: string
  /** The row's kind: `ATTEMPT` (being checked, or failed) or `SIGNED_IN` (a known address). */
  attempt_key: string
  at: string
  /** The lower-cased email typed (null only in rows older than the login_throttle migration). */
  account: string | null
  /** The client address, '' when the server could not tell it. */
  address: string | null
  /** `KNOWN` when the account signed in from this address before, else `NEW`. */
  address_status: string | null
}

export type AppSettingTable = {
  key: string
  value: string
  updated_at: string
}

export type Database = {
  unit: UnitTable
  unit_placement: UnitPlacementTable
  unit_lineage: UnitLineageTable
  scheme: SchemeTable
  scheme_field: SchemeFieldTable
  scheme_grade_band: SchemeGradeBandTable
  assessment: AssessmentTable
  cohort_rank: CohortRankTable
  cohort_year: CohortYearTable
  cohort_field_stat: CohortFieldStatTable
  cohort_activity: CohortActivityTable
  cohort_award_year: CohortAwardYearTable
  cohort_task_year: CohortTaskYearTable
  cohort_award_line: CohortAwardLineTable
  cohort_award_decision: CohortAwardDecisionTable
  task_result: TaskResultTable
  award_type: AwardTypeTable
  award_grant: AwardGrantTable
  import_batch: ImportBatchTable
  audit_log: AuditLogTable
  app_user: AppUserTable
  user_session: UserSessionTable
  login_attempt: LoginAttemptTable
  app_setting: AppSettingTable
  scheme_criterion: SchemeCriterionTable
  award_issuer_rule: AwardIssuerRuleTable
}

export type UnitRow = Selectable<UnitTable>
export type NewUnit = Insertable<UnitTable>
export type UnitUpdate = Updateable<UnitTable>
export type UnitPlacementRow = Selectable<UnitPlacementTable>
export type UnitLineageRow = Selectable<UnitLineageTable>
export type AssessmentRow = Selectable<AssessmentTable>
export type TaskResultRow = Selectable<TaskResultTable>
export type AwardGrantRow = Selectable<AwardGrantTable>
export type SchemeRow = Selectable<SchemeTable>
export type SchemeFieldRow = Selectable<SchemeFieldTable>
export type SchemeGradeBandRow = Selectable<SchemeGradeBandTable>
export type SchemeCriterionRow = Selectable<SchemeCriterionTable>
export type AwardIssuerRuleRow = Selectable<AwardIssuerRuleTable>
export type ImportBatchRow = Selectable<ImportBatchTable>
export type AuditLogRow = Selectable<AuditLogTable>
export type AppUserRow = Selectable<AppUserTable>
