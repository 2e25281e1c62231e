// A cohort-year and a unit-year shaped as the API answers them (Long An's districts, 2023, after
// the seed article: Thạnh Hóa 80,1 điểm, hạng 5/15, +5,35 điểm, +7 hạng), for the report's tests:
// six of the fifteen districts loaded, each with the rank the decision published. The same six
// without published ranks are the partial table whose ranks are among the units loaded.
import type { ProfileYear } from '#shared/dto/profile.ts'
import type { NotComparable, Ranking, RankingEntry } from '#shared/dto/ranking.ts'
import type { SourcePublication } from '#shared/text/source-line.ts'

const BANDS = [
  { code: 'GOOD', labelVi: 'Tốt', labelEn: 'Good', minPct: 80 },
  { code: 'FAIR', labelVi: 'Khá', labelEn: 'Fair', minPct: 70 },
  { code: 'AVERAGE', labelVi: 'Trung bình', labelEn: 'Average', minPct: 60 },
  { code: 'POOR', labelVi: 'Kém', labelEn: 'Poor', minPct: 0 },
]

function entry(
  code: string,
  name: string,
  rank: number,
  indexPct: number,
  grade: string,
  delta: number | null,
  rankChange: number | null,
): RankingEntry {
  return {
    unit: { code, name },
    rank,
    computedRank: rank,
    indexPct,
    points: indexPct,
    maxPoints: 100,
    grade,
    previous:
      delta === null
        ? null
        : { year: 2022, indexPct: indexPct - delta, rank: rank + (rankChange ?? 0), total: 15 },
    deltaPct: delta,
    rankChange,
    notComparable: null,
    published: { rank, grade, indexPct },
    flags: [],
    status: 'PUBLISHED',
  }
}

export const LONG_AN_2023: Ranking & { year: number } = {
  year: 2023,
  parent: { code: 'LONG_AN', name: 'Tỉnh Long An' },
  kind: 'DISTRICT',
  block: null,
  total: 15,
  ranked: 6,
  matched: 6,
  maxPoints: 100,
  publishedRanks: 6,
  sort: 'rank',
  dir: 'asc',
  offset: 0,
  years: [2022, 2023],
  gradeBands: BANDS,
  items: [
    entry('LONG_AN.TAN_AN', 'Thành phố Tân An', 1, 88.42, 'GOOD', 2.1, 0),
    entry('LONG_AN.BEN_LUC', 'Huyện Bến Lức', 2, 85.3, 'GOOD', -1.25, -1),
    entry('LONG_AN.KIEN_TUONG', 'Thị xã Kiến Tường', 3, 82.07, 'GOOD', 0.5, 1),
    entry('LONG_AN.THANH_HOA', 'Huyện Thạnh Hóa', 5, 80.1, 'GOOD', 5.35, 7),
    entry('LONG_AN.DUC_HUE', 'Huyện Đức Huệ', 12, 72.4, 'FAIR', -3.6, -4),
    entry('LONG_AN.TAN_HUNG', 'Huyện Tân Hưng', 15, 65.25, 'AVERAGE', null, null),
  ],
}

export const THANH_HOA_2023: ProfileYear = {
  year: 2023,
  cohort: { parent: LONG_AN_2023.parent, kind: 'DISTRICT', block: null },
  indexPct: 80.1,
  schemeId: 'LONG_AN:DISTRICT:2022',
  points: 80.1,
  maxPoints: 100,
  rank: 5,
  computedRank: 4,
  total: 15,
  amongLoaded: false,
  ranked: 6,
  grade: 'GOOD',
  status: 'PUBLISHED',
  published: { rank: 5, grade: 'GOOD', indexPct: 80.1 },
  flags: [],
  previous: { year: 2022, indexPct: 74.75, rank: 12, total: 15 },
  deltaPct: 5.35,
  rankChange: 7,
  notComparable: null,
  fields: [
    { code: 'LEADERSHIP', points: 8.5, maxPoints: 9, cohortBest: 9, cohortAverage: 8.1 },
    { code: 'PROCEDURES', points: 11.25, maxPoints: 13, cohortBest: 12.5, cohortAverage: 11 },
    { code: 'DIGITAL_GOVERNMENT', points: 9.1, maxPoints: 12, cohortBest: 11, cohortAverage: 9.4 },
  ],
  tasks: {
    counts: {
      DONE_ON_TIME: 50,
      DONE_LATE: 5,
      IN_PROGRESS: 2,
      OVERDUE: 1,
      NOT_STARTED: 0,
      CANCELLED: 1,
    },
    planned: 59,
    completionPct: (55 / 58) * 100,
    onTimePct: (50 / 58) * 100,
    byField: [],
  },
  awards: {
    total: 18,
    collective: 10,
    individual: 8,
    household: 0,
    byCode: { MERIT_CERTIFICATE: 16, PROVINCE_MERIT_CERTIFICATE: 2 },
    byIssuer: { DISTRICT: 16, PROVINCE: 2 },
  },
  awardDecisions: [
    { decisionNo: '1234/QĐ-UBND', decisionDate: '2023-12-20' },
    { decisionNo: '56/QĐ-UBND', decisionDate: '2024-01-10' },
  ],
}

export const THANH_HOA_SUMMARY =
  'Năm 2023, Chỉ số CCHC của huyện Thạnh Hóa đạt 80,10/100 điểm, tăng 5,35 điểm so với năm 2022; xếp hạng 5/15, tăng 7 hạng.'

export const PUBLISHED_2023: SourcePublication = {
  year: 2023,
  status: 'PUBLISHED',
  decisionNo: '228/QĐ-UBND',
  decisionDate: '2024-03-14',
  issuer: { name: 'Tỉnh Long An', kind: 'PROVINCE', title: null },
}

export const DRAFT_2023: SourcePublication = {
  ...PUBLISHED_2023,
  status: 'DRAFT',
  decisionNo: null,
  decisionDate: null,
}

export const THANH_HOA = {
  code: 'LONG_AN.THANH_HOA',
  name: 'Huyện Thạnh Hóa',
  kind: 'DISTRICT' as const,
  title: null,
}

/** The API withholds a rank move to or from a rank among the units loaded (comparability.ts). */
const RANK_MOVE_WITHHELD: NotComparable = {
  reason: 'AMONG_LOADED',
  rankOnly: true,
  previousYear: 2022,
  predecessors: [],
}

/** The six districts with no rank published: each ranked among the six loaded, of fifteen. */
export const LONG_AN_PARTIAL_2023: Ranking & { year: number } = {
  ...LONG_AN_2023,
  items: LONG_AN_2023.items.map((item, i) => ({
    ...item,
    rank: i + 1,
    computedRank: i + 1,
    published: null,
    rankChange: null,
    notComparable: item.previous ? RANK_MOVE_WITHHELD : null,
  })),
}

/** Thạnh Hóa's year in that partial table: fourth of the six loaded. */
export const THANH_HOA_PARTIAL_2023: ProfileYear = {
  ...THANH_HOA_2023,
  rank: 4,
  computedRank: 4,
  total: 6,
  amongLoaded: true,
  published: null,
  rankChange: null,
  notComparable: RANK_MOVE_WITHHELD,
}
