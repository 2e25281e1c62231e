// The response schemas the document names, each a zod schema of shared/dto (or shared/errors),
// named after its type. The JSON Schemas under components/schemas are generated from these.
import { ApiErrorBodySchema } from '#shared/errors.ts'
import { AuditEntrySchema, AuditPageSchema } from '#shared/dto/audit.ts'
import {
  AwardBreakdownLineSchema,
  AwardCohortSummarySchema,
  AwardEntrySchema,
  AwardReportSchema,
} from '#shared/dto/award.ts'
import {
  AwardDecisionSchema,
  AwardDecisionDigestSchema,
  AwardTotalsSchema,
  GradeBandSchema,
  PublishedFlagSchema,
  SourceIssuerSchema,
  SourcePublicationSchema,
  TaskCountsSchema,
} from '#shared/dto/calculated.ts'
import {
  CohortLinkSchema,
  CohortLinksSchema,
  CohortListSchema,
  CohortRefSchema,
  CohortSummarySchema,
} from '#shared/dto/cohort.ts'
import { ComparisonSchema, CompareYearSchema } from '#shared/dto/compare.ts'
import { DataQualityReportSchema } from '#shared/dto/data-quality.ts'
import { HealthSchema } from '#shared/dto/health.ts'
import {
  ImportBatchListSchema,
  ImportBatchSchema,
  ImportIssueSchema,
  ImportRejectionSchema,
  ImportResultSchema,
  ImportUndoStatusListSchema,
  ImportUndoStatusSchema,
  ImportUndoResultSchema,
} from '#shared/dto/import.ts'
import { FieldResultSchema, ProfileYearSchema, UnitProfileSchema } from '#shared/dto/profile.ts'
import {
  CohortYearStatusListSchema,
  CohortYearStatusSchema,
  PublicationResultSchema,
  PublicationStatusReportSchema,
} from '#shared/dto/publication.ts'
import {
  NotComparableReasonSchema,
  NotComparableSchema,
  PublishedResultSchema,
  RankHistorySchema,
  RankingEntrySchema,
  RankingSchema,
  RankingSummarySchema,
  StandingSchema,
} from '#shared/dto/ranking.ts'
import { SchemeListSchema, SchemeSaveResultSchema, SchemeSchema } from '#shared/dto/scheme.ts'
import {
  ScorecardCellSchema,
  ScorecardReferenceSchema,
  ScorecardRowSchema,
  ScorecardSchema,
} from '#shared/dto/scorecard.ts'
import { SettingsSchema } from '#shared/dto/settings.ts'
import { UnitSummarySchema } from '#shared/dto/summary.ts'
import {
  TaskCohortSummarySchema,
  TaskEntrySchema,
  TaskReportSchema,
  TaskSummarySchema,
} from '#shared/dto/task.ts'
import {
  LineageEntrySchema,
  PlacementSchema,
  UnitDetailSchema,
  UnitKindSchema,
  UnitListSchema,
  UnitRefSchema,
  UnitSchema,
  UnitTitleSchema,
} from '#shared/dto/unit.ts'
import {
  CurrentUserSchema,
  LoginResponseSchema,
  LoginUnlockSchema,
  SessionUserSchema,
  UserAccountSchema,
  UserListSchema,
  UserResponseSchema,
} from '#shared/dto/user.ts'
import type { z } from 'zod'

/** Component name → schema. A schema nested in another is referenced by name, not repeated. */
export const COMPONENTS: Record<string, z.ZodType> = {
  Error: ApiErrorBodySchema,
  Health: HealthSchema,
  UnitKind: UnitKindSchema,
  UnitTitle: UnitTitleSchema,
  UnitRef: UnitRefSchema,
  Unit: UnitSchema,
  UnitList: UnitListSchema,
  Placement: PlacementSchema,
  LineageEntry: LineageEntrySchema,
  UnitDetail: UnitDetailSchema,
  GradeBand: GradeBandSchema,
  PublishedFlag: PublishedFlagSchema,
  NotComparableReason: NotComparableReasonSchema,
  CohortSummary: CohortSummarySchema,
  CohortList: CohortListSchema,
  CohortLink: CohortLinkSchema,
  CohortLinks: CohortLinksSchema,
  CohortRef: CohortRefSchema,
  PublishedResult: PublishedResultSchema,
  Standing: StandingSchema,
  NotComparable: NotComparableSchema,
  RankingEntry: RankingEntrySchema,
  Ranking: RankingSchema,
  RankingSummary: RankingSummarySchema,
  RankHistory: RankHistorySchema,
  TaskCounts: TaskCountsSchema,
  TaskSummary: TaskSummarySchema,
  TaskEntry: TaskEntrySchema,
  TaskReport: TaskReportSchema,
  TaskCohortSummary: TaskCohortSummarySchema,
  AwardTotals: AwardTotalsSchema,
  AwardDecision: AwardDecisionSchema,
  AwardDecisionDigest: AwardDecisionDigestSchema,
  AwardBreakdownLine: AwardBreakdownLineSchema,
  AwardEntry: AwardEntrySchema,
  AwardReport: AwardReportSchema,
  AwardCohortSummary: AwardCohortSummarySchema,
  FieldResult: FieldResultSchema,
  ProfileYear: ProfileYearSchema,
  UnitProfile: UnitProfileSchema,
  UnitSummary: UnitSummarySchema,
  CompareYear: CompareYearSchema,
  Comparison: ComparisonSchema,
  ScorecardCell: ScorecardCellSchema,
  ScorecardRow: ScorecardRowSchema,
  ScorecardReference: ScorecardReferenceSchema,
  Scorecard: ScorecardSchema,
  CurrentUser: CurrentUserSchema,
  UserAccount: UserAccountSchema,
  LoginResponse: LoginResponseSchema,
  SessionUser: SessionUserSchema,
  UserResponse: UserResponseSchema,
  UserList: UserListSchema,
  LoginUnlock: LoginUnlockSchema,
  AuditEntry: AuditEntrySchema,
  AuditPage: AuditPageSchema,
  Settings: SettingsSchema,
  ImportIssue: ImportIssueSchema,
  ImportResult: ImportResultSchema,
  ImportRejection: ImportRejectionSchema,
  ImportBatch: ImportBatchSchema,
  ImportBatchList: ImportBatchListSchema,
  ImportUndoStatus: ImportUndoStatusSchema,
  ImportUndoStatusList: ImportUndoStatusListSchema,
  ImportUndoResult: ImportUndoResultSchema,
  CohortYearStatus: CohortYearStatusSchema,
  CohortYearStatusList: CohortYearStatusListSchema,
  SourceIssuer: SourceIssuerSchema,
  SourcePublication: SourcePublicationSchema,
  PublicationStatusReport: PublicationStatusReportSchema,
  PublicationResult: PublicationResultSchema,
  DataQualityReport: DataQualityReportSchema,
  Scheme: SchemeSchema,
  SchemeList: SchemeListSchema,
  SchemeSaveResult: SchemeSaveResultSchema,
}
