// The ordered list of migrations. Listed by hand (not read from disk) so the same code runs
// under tsx, in a bundle and in tests without a file-system provider.
import type { Migration } from 'kysely/migration'
import * as createCoreTables from './2026_11_23_14_00_00_create_core_tables.ts'
import * as cohortRank from './2026_11_25_12_50_00_cohort_rank.ts'
import * as importSpeed from './2026_11_25_13_00_00_import_speed.ts'
import * as fieldPointsOnAssessment from './2026_11_25_22_30_00_field_points_on_assessment.ts'
import * as unitsThroughTime from './2026_12_01_21_00_00_units_through_time.ts'
import * as rulesAndCriteria from './2026_12_01_21_30_00_rules_and_criteria.ts'
import * as loginThrottle from './2026_12_01_22_30_00_login_throttle.ts'
import * as rankFacts from './2026_12_01_23_45_00_rank_facts.ts'
import * as cohortFieldStats from './2026_12_02_03_00_00_cohort_field_stats.ts'
import * as cohortYearCounts from './2026_12_02_06_30_00_cohort_year_counts.ts'
import * as cohortActivity from './2026_12_02_12_00_00_cohort_activity.ts'
import * as cohortAwards from './2026_12_02_16_00_00_cohort_awards.ts'
import * as taskCompletionKey from './2026_12_02_17_00_00_task_completion_key.ts'
import * as cohortYearSummaryEnds from './2026_12_03_15_00_00_cohort_year_summary_ends.ts'
import * as cohortActivityUnitName from './2026_12_03_17_30_00_cohort_activity_unit_name.ts'
import * as cohortListIndex from './2026_12_04_17_00_00_cohort_list_index.ts'
import * as cohortYearSharedMaxPoints from './2026_12_06_09_00_00_cohort_year_shared_max_points.ts'
import * as cohortYearPublishedRanks from './2026_12_06_13_00_00_cohort_year_published_ranks.ts'

export const migrations: Record<string, Migration> = {
  '2026_11_23_14_00_00_create_core_tables': createCoreTables,
  '2026_11_25_12_50_00_cohort_rank': cohortRank,
  '2026_11_25_13_00_00_import_speed': importSpeed,
  '2026_11_25_22_30_00_field_points_on_assessment': fieldPointsOnAssessment,
  '2026_12_01_21_00_00_units_through_time': unitsThroughTime,
  '2026_12_01_21_30_00_rules_and_criteria': rulesAndCriteria,
  '2026_12_01_22_30_00_login_throttle': loginThrottle,
  '2026_12_01_23_45_00_rank_facts': rankFacts,
  '2026_12_02_03_00_00_cohort_field_stats': cohortFieldStats,
  '2026_12_02_06_30_00_cohort_year_counts': cohortYearCounts,
  '2026_12_02_12_00_00_cohort_activity': cohortActivity,
  '2026_12_02_16_00_00_cohort_awards': cohortAwards,
  '2026_12_02_17_00_00_task_completion_key': taskCompletionKey,
  '2026_12_03_15_00_00_cohort_year_summary_ends': cohortYearSummaryEnds,
  '2026_12_03_17_30_00_cohort_activity_unit_name': cohortActivityUnitName,
  '2026_12_04_17_00_00_cohort_list_index': cohortListIndex,
  '2026_12_06_09_00_00_cohort_year_shared_max_points': cohortYearSharedMaxPoints,
  '2026_12_06_13_00_00_cohort_year_published_ranks': cohortYearPublishedRanks,
}
