// Schemas of the shapes declared beside their calculations in shared/kpi, shared/domain and
// shared/text: the types stay there (the code that computes them owns them), and each schema
// proves with SameType that it describes exactly that type.
import { z } from 'zod'
import { TASK_STATUSES, type TaskCounts } from '../domain/task-statuses.ts'
import type { AwardTotals } from '../kpi/award-totals.ts'
import type { GradeBand } from '../kpi/grade.ts'
import { PUBLISHED_FLAGS } from '../kpi/published-flags.ts'
import type {
  AwardDecision,
  AwardDecisionDigest,
  SourceIssuer,
  SourcePublication,
} from '../text/source-line.ts'
import type { Expect, SameType } from './same-type.ts'
import { UnitKindSchema, UnitTitleSchema } from './unit.ts'

/** A scheme's grade band; `minInclusive` false: the index must exceed minPct (absent: ≥). */
export const GradeBandSchema = z.object({
  code: z.string(),
  labelVi: z.string(),
  labelEn: z.string(),
  minPct: z.number(),
  minInclusive: z.boolean().optional().describe('false: the index must exceed minPct; absent: ≥'),
})
type _GradeBand = Expect<SameType<z.infer<typeof GradeBandSchema>, GradeBand>>

export const PublishedFlagSchema = z.enum(PUBLISHED_FLAGS)

export const TaskCountsSchema = z.record(z.enum(TASK_STATUSES), z.number().int())
type _TaskCounts = Expect<SameType<z.infer<typeof TaskCountsSchema>, TaskCounts>>

export const AwardTotalsSchema = z.object({
  total: z.number().int(),
  collective: z.number().int(),
  individual: z.number().int(),
  household: z.number().int(),
  /** Recipients per award code. */
  byCode: z.record(z.string(), z.number().int()).describe('Recipients per award code'),
  /** Recipients per issuing level. */
  byIssuer: z.record(z.string(), z.number().int()).describe('Recipients per issuing level'),
})
type _AwardTotals = Expect<SameType<z.infer<typeof AwardTotalsSchema>, AwardTotals>>

export const AwardDecisionSchema = z.object({
  decisionNo: z.string().nullable(),
  decisionDate: z.string().nullable(),
})
type _AwardDecision = Expect<SameType<z.infer<typeof AwardDecisionSchema>, AwardDecision>>

export const AwardDecisionDigestSchema = z.object({
  /** The numbered decisions (distinct number and date). */
  count: z.number().int(),
  firstDate: z.string().nullable(),
  lastDate: z.string().nullable(),
  /** Every numbered decision by date, then number, when at most 20; else empty. */
  listed: z.array(AwardDecisionSchema),
})
type _AwardDecisionDigest = Expect<
  SameType<z.infer<typeof AwardDecisionDigestSchema>, AwardDecisionDigest>
>

/** Who issued a cohort's decision: the parent unit whose People's Committee issued it. */
export const SourceIssuerSchema = z.object({
  name: z.string(),
  kind: UnitKindSchema,
  title: UnitTitleSchema.nullable(),
})
type _SourceIssuer = Expect<SameType<z.infer<typeof SourceIssuerSchema>, SourceIssuer>>

export const SourcePublicationSchema = z.object({
  year: z.number().int(),
  status: z.enum(['PUBLISHED', 'DRAFT', 'MIXED']),
  decisionNo: z.string().nullable(),
  /** ISO date (YYYY-MM-DD). */
  decisionDate: z.string().nullable(),
  issuer: SourceIssuerSchema.nullable(),
})
type _SourcePublication = Expect<
  SameType<z.infer<typeof SourcePublicationSchema>, SourcePublication>
>
