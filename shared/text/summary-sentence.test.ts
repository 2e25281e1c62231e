import { describe, expect, it } from 'vitest'
import type { UnitKind, UnitTitle } from '../domain/units.ts'
import {
  englishName,
  summarySentence,
  vietnameseInSentence,
  type SummaryFacts,
  type SummaryOptions,
} from './summary-sentence.ts'

// DOMAIN.md seed article: Thạnh Hóa 2023 = 80.1/100, +5.35 on 2022, 5th of 15, up 7 places.
const thanhHoa: SummaryFacts = {
  year: 2023,
  unitName: 'Huyện Thạnh Hóa',
  unitTitle: 'HUYEN',
  unitKind: 'DISTRICT',
  points: 80.1,
  maxPoints: 100,
  indexPct: 80.1,
  rank: 5,
  total: 15,
  cohortBlock: null,
  tied: false,
  previous: { year: 2022, indexPct: 74.75, rank: 12 },
  notComparable: null,
}

// Tây Ninh after the 2025 merger, from a national table that gives only the index.
const tayNinh2025: Partial<SummaryFacts> = {
  year: 2025,
  unitName: 'Tỉnh Tây Ninh',
  unitTitle: 'TINH',
  unitKind: 'PROVINCE',
  points: null,
  maxPoints: null,
  indexPct: 88.5,
  rank: 5,
  total: 34,
  previous: { year: 2024, indexPct: 85, rank: 20 },
}

type Case = [
  name: string,
  change: Partial<SummaryFacts>,
  options: SummaryOptions | undefined,
  vi: string,
  en: string,
]

const cases: Case[] = [
  [
    'the seed article, word for word',
    {},
    undefined,
    'Năm 2023, Chỉ số CCHC của huyện Thạnh Hóa đạt 80,10/100 điểm, tăng 5,35 điểm so với năm 2022; xếp hạng 05/15 huyện, thị xã, thành phố, tăng 07 hạng.',
    "In 2023, Thạnh Hóa district's PAR Index reached 80.10/100 points, up 5.35 points on 2022; ranked 5th of 15 districts, up 7 places.",
  ],
  [
    'the seed article with unpadded ranks (national press)',
    {},
    { padRanks: false },
    'Năm 2023, Chỉ số CCHC của huyện Thạnh Hóa đạt 80,10/100 điểm, tăng 5,35 điểm so với năm 2022; xếp hạng 5/15 huyện, thị xã, thành phố, tăng 7 hạng.',
    "In 2023, Thạnh Hóa district's PAR Index reached 80.10/100 points, up 5.35 points on 2022; ranked 5th of 15 districts, up 7 places.",
  ],
  [
    'the title inferred from the name when the placement gives none',
    { unitTitle: null },
    undefined,
    'Năm 2023, Chỉ số CCHC của huyện Thạnh Hóa đạt 80,10/100 điểm, tăng 5,35 điểm so với năm 2022; xếp hạng 05/15 huyện, thị xã, thành phố, tăng 07 hạng.',
    "In 2023, Thạnh Hóa district's PAR Index reached 80.10/100 points, up 5.35 points on 2022; ranked 5th of 15 districts, up 7 places.",
  ],
  [
    'a fall in points and rank',
    { points: 70.5, indexPct: 70.5, rank: 13 },
    undefined,
    'Năm 2023, Chỉ số CCHC của huyện Thạnh Hóa đạt 70,50/100 điểm, giảm 4,25 điểm so với năm 2022; xếp hạng 13/15 huyện, thị xã, thành phố, giảm 01 hạng.',
    "In 2023, Thạnh Hóa district's PAR Index reached 70.50/100 points, down 4.25 points on 2022; ranked 13th of 15 districts, down 1 place.",
  ],
  [
    'a fall with unpadded ranks',
    { points: 70.5, indexPct: 70.5, rank: 13 },
    { padRanks: false },
    'Năm 2023, Chỉ số CCHC của huyện Thạnh Hóa đạt 70,50/100 điểm, giảm 4,25 điểm so với năm 2022; xếp hạng 13/15 huyện, thị xã, thành phố, giảm 1 hạng.',
    "In 2023, Thạnh Hóa district's PAR Index reached 70.50/100 points, down 4.25 points on 2022; ranked 13th of 15 districts, down 1 place.",
  ],
  [
    'no change in points nor rank',
    { points: 74.75, indexPct: 74.75, rank: 12 },
    undefined,
    'Năm 2023, Chỉ số CCHC của huyện Thạnh Hóa đạt 74,75/100 điểm, giữ nguyên so với năm 2022; xếp hạng 12/15 huyện, thị xã, thành phố, giữ nguyên hạng.',
    "In 2023, Thạnh Hóa district's PAR Index reached 74.75/100 points, unchanged on 2022; ranked 12th of 15 districts, the same as in 2022.",
  ],
  [
    'a tie',
    { tied: true, rank: 2, previous: { year: 2022, indexPct: 79.1, rank: 3 } },
    undefined,
    'Năm 2023, Chỉ số CCHC của huyện Thạnh Hóa đạt 80,10/100 điểm, tăng 1,00 điểm so với năm 2022; đồng hạng 02/15 huyện, thị xã, thành phố, tăng 01 hạng.',
    "In 2023, Thạnh Hóa district's PAR Index reached 80.10/100 points, up 1.00 points on 2022; ranked joint 2nd of 15 districts, up 1 place.",
  ],
  [
    'a first year: nothing to compare',
    { previous: null },
    undefined,
    'Năm 2023, Chỉ số CCHC của huyện Thạnh Hóa đạt 80,10/100 điểm; xếp hạng 05/15 huyện, thị xã, thành phố.',
    "In 2023, Thạnh Hóa district's PAR Index reached 80.10/100 points; ranked 5th of 15 districts.",
  ],
  [
    'a previous index without a rank',
    { previous: { year: 2022, indexPct: 74.75, rank: null } },
    undefined,
    'Năm 2023, Chỉ số CCHC của huyện Thạnh Hóa đạt 80,10/100 điểm, tăng 5,35 điểm so với năm 2022; xếp hạng 05/15 huyện, thị xã, thành phố.',
    "In 2023, Thạnh Hóa district's PAR Index reached 80.10/100 points, up 5.35 points on 2022; ranked 5th of 15 districts.",
  ],
  [
    'a previous rank without an index',
    { previous: { year: 2022, indexPct: null, rank: 12 } },
    undefined,
    'Năm 2023, Chỉ số CCHC của huyện Thạnh Hóa đạt 80,10/100 điểm; xếp hạng 05/15 huyện, thị xã, thành phố, tăng 07 hạng.',
    "In 2023, Thạnh Hóa district's PAR Index reached 80.10/100 points; ranked 5th of 15 districts, up 7 places.",
  ],
  [
    'a department with a maximum that is not 100: points/max, the index, and the index compared',
    {
      unitName: 'Sở Nội vụ',
      unitTitle: 'SO',
      unitKind: 'DEPARTMENT',
      points: 68.5,
      maxPoints: 71.5,
      indexPct: 95.8,
      rank: 1,
      total: 20,
      previous: { year: 2022, indexPct: 90.1, rank: 3 },
    },
    undefined,
    'Năm 2023, Chỉ số CCHC của Sở Nội vụ đạt 68,50/71,5 điểm (chỉ số 95,80%), tăng 5,70 điểm phần trăm so với năm 2022; xếp hạng 01/20 sở, ban, ngành, tăng 02 hạng.',
    "In 2023, Sở Nội vụ's PAR Index reached 68.50/71.5 points (95.80%), up 5.70 percentage points on 2022; ranked 1st of 20 departments, up 2 places.",
  ],
  [
    'a department known only by its name',
    {
      unitName: 'Sở Tài nguyên và Môi trường',
      unitTitle: null,
      unitKind: 'DEPARTMENT',
      points: 85.3,
      indexPct: 85.3,
      rank: 4,
      total: 21,
      previous: null,
    },
    undefined,
    'Năm 2023, Chỉ số CCHC của Sở Tài nguyên và Môi trường đạt 85,30/100 điểm; xếp hạng 04/21 sở, ban, ngành.',
    "In 2023, Sở Tài nguyên và Môi trường's PAR Index reached 85.30/100 points; ranked 4th of 21 departments.",
  ],
  [
    'a board',
    {
      unitName: 'Ban Quản lý các khu công nghiệp',
      unitTitle: 'BAN',
      unitKind: 'DEPARTMENT',
      points: 79,
      indexPct: 79,
      rank: 18,
      total: 21,
      previous: { year: 2022, indexPct: 81.5, rank: 15 },
    },
    undefined,
    'Năm 2023, Chỉ số CCHC của Ban Quản lý các khu công nghiệp đạt 79,00/100 điểm, giảm 2,50 điểm so với năm 2022; xếp hạng 18/21 sở, ban, ngành, giảm 03 hạng.',
    "In 2023, Ban Quản lý các khu công nghiệp's PAR Index reached 79.00/100 points, down 2.50 points on 2022; ranked 18th of 21 departments, down 3 places.",
  ],
  [
    'a ministry in a national index-only table',
    {
      year: 2024,
      unitName: 'Bộ Tư pháp',
      unitTitle: 'BO',
      unitKind: 'MINISTRY',
      points: null,
      maxPoints: null,
      indexPct: 90.12,
      rank: 4,
      total: 17,
      previous: { year: 2023, indexPct: 88.62, rank: 6 },
    },
    { padRanks: false },
    'Năm 2024, Chỉ số CCHC của Bộ Tư pháp đạt 90,12%, tăng 1,50 điểm phần trăm so với năm 2023; xếp hạng 4/17 bộ, cơ quan ngang bộ, tăng 2 hạng.',
    "In 2024, Bộ Tư pháp's PAR Index reached 90.12%, up 1.50 percentage points on 2023; ranked 4th of 17 ministries, up 2 places.",
  ],
  [
    'a commune with whole numbers and a double-digit rise',
    {
      unitName: 'Xã Mỹ Bình',
      unitTitle: 'XA',
      unitKind: 'COMMUNE',
      points: 90,
      indexPct: 90,
      rank: 1,
      total: 13,
      previous: { year: 2022, indexPct: 80, rank: 11 },
    },
    undefined,
    'Năm 2023, Chỉ số CCHC của xã Mỹ Bình đạt 90,00/100 điểm, tăng 10,00 điểm so với năm 2022; xếp hạng 01/13 xã, phường, thị trấn, tăng 10 hạng.',
    "In 2023, Mỹ Bình commune's PAR Index reached 90.00/100 points, up 10.00 points on 2022; ranked 1st of 13 communes, up 10 places.",
  ],
  [
    'a district-level city (title THANH_PHO)',
    { unitName: 'Thành phố Tân An', unitTitle: 'THANH_PHO', previous: null },
    undefined,
    'Năm 2023, Chỉ số CCHC của thành phố Tân An đạt 80,10/100 điểm; xếp hạng 05/15 huyện, thị xã, thành phố.',
    "In 2023, Tân An city's PAR Index reached 80.10/100 points; ranked 5th of 15 districts.",
  ],
  [
    'a numbered ward ranked in the wards block',
    {
      year: 2025,
      unitName: 'Phường 1',
      unitTitle: 'PHUONG',
      unitKind: 'COMMUNE',
      points: 85.2,
      indexPct: 85.2,
      rank: 3,
      total: 52,
      cohortBlock: 'Phường',
      previous: null,
    },
    undefined,
    'Năm 2025, Chỉ số CCHC của Phường 1 đạt 85,20/100 điểm; xếp hạng 03/52 phường.',
    "In 2025, Ward 1's PAR Index reached 85.20/100 points; ranked 3rd of 52 wards.",
  ],
  [
    'a named ward',
    {
      year: 2025,
      unitName: 'Phường Long Xuyên',
      unitTitle: 'PHUONG',
      unitKind: 'COMMUNE',
      rank: 2,
      total: 14,
      cohortBlock: 'Phường',
      previous: null,
    },
    undefined,
    'Năm 2025, Chỉ số CCHC của phường Long Xuyên đạt 80,10/100 điểm; xếp hạng 02/14 phường.',
    "In 2025, Long Xuyên ward's PAR Index reached 80.10/100 points; ranked 2nd of 14 wards.",
  ],
  [
    'a numbered commune in the block of communes and special zones',
    {
      year: 2025,
      unitName: 'Xã 3',
      unitTitle: 'XA',
      unitKind: 'COMMUNE',
      rank: 10,
      total: 40,
      cohortBlock: 'Xã, đặc khu',
      previous: null,
    },
    undefined,
    'Năm 2025, Chỉ số CCHC của Xã 3 đạt 80,10/100 điểm; xếp hạng 10/40 xã, đặc khu.',
    "In 2025, Commune 3's PAR Index reached 80.10/100 points; ranked 10th of 40 communes and special zones.",
  ],
  [
    'a named commune',
    {
      year: 2025,
      unitName: 'Xã Tân Hòa',
      unitTitle: 'XA',
      unitKind: 'COMMUNE',
      rank: 7,
      total: 40,
      cohortBlock: 'Xã, đặc khu',
      previous: null,
    },
    undefined,
    'Năm 2025, Chỉ số CCHC của xã Tân Hòa đạt 80,10/100 điểm; xếp hạng 07/40 xã, đặc khu.',
    "In 2025, Tân Hòa commune's PAR Index reached 80.10/100 points; ranked 7th of 40 communes and special zones.",
  ],
  [
    'a special zone',
    {
      year: 2025,
      unitName: 'Đặc khu Phú Quốc',
      unitTitle: 'DAC_KHU',
      unitKind: 'COMMUNE',
      points: 91.05,
      indexPct: 91.05,
      rank: 1,
      total: 40,
      cohortBlock: 'Xã, đặc khu',
      previous: null,
    },
    undefined,
    'Năm 2025, Chỉ số CCHC của Đặc khu Phú Quốc đạt 91,05/100 điểm; xếp hạng 01/40 xã, đặc khu.',
    "In 2025, Phú Quốc Special Zone's PAR Index reached 91.05/100 points; ranked 1st of 40 communes and special zones.",
  ],
  [
    'an index-only province, compared',
    { ...tayNinh2025, year: 2024, total: 63, previous: { year: 2023, indexPct: 86.4, rank: 12 } },
    { padRanks: false },
    'Năm 2024, Chỉ số CCHC của tỉnh Tây Ninh đạt 88,50%, tăng 2,10 điểm phần trăm so với năm 2023; xếp hạng 5/63 tỉnh, thành phố, tăng 7 hạng.',
    "In 2024, Tây Ninh province's PAR Index reached 88.50%, up 2.10 percentage points on 2023; ranked 5th of 63 provinces, up 7 places.",
  ],
  [
    'points without a maximum: the index is said',
    { points: 80.1, maxPoints: null, previous: null },
    undefined,
    'Năm 2023, Chỉ số CCHC của huyện Thạnh Hóa đạt 80,10%; xếp hạng 05/15 huyện, thị xã, thành phố.',
    "In 2023, Thạnh Hóa district's PAR Index reached 80.10%; ranked 5th of 15 districts.",
  ],
  [
    'not comparable: the unit was merged (LINEAGE)',
    { ...tayNinh2025, notComparable: { reason: 'LINEAGE', previousYear: 2024 } },
    undefined,
    'Năm 2025, Chỉ số CCHC của tỉnh Tây Ninh đạt 88,50%; xếp hạng 05/34 tỉnh, thành phố; không so sánh được với năm 2024 (đơn vị được sắp xếp lại).',
    "In 2025, Tây Ninh province's PAR Index reached 88.50%; ranked 5th of 34 provinces; not comparable with 2024 (the unit was reorganised).",
  ],
  [
    'not comparable: another scheme (SCHEME)',
    { notComparable: { reason: 'SCHEME', previousYear: 2022 } },
    undefined,
    'Năm 2023, Chỉ số CCHC của huyện Thạnh Hóa đạt 80,10/100 điểm; xếp hạng 05/15 huyện, thị xã, thành phố; không so sánh được với năm 2022 (phương pháp đánh giá thay đổi).',
    "In 2023, Thạnh Hóa district's PAR Index reached 80.10/100 points; ranked 5th of 15 districts; not comparable with 2022 (the assessment method changed).",
  ],
  [
    'not comparable: another cohort (COHORT), even without a previous year given',
    {
      year: 2025,
      unitName: 'Phường 1',
      unitTitle: 'PHUONG',
      unitKind: 'COMMUNE',
      rank: 3,
      total: 52,
      cohortBlock: 'Phường',
      previous: null,
      notComparable: { reason: 'COHORT', previousYear: 2024 },
    },
    { padRanks: false },
    'Năm 2025, Chỉ số CCHC của Phường 1 đạt 80,10/100 điểm; xếp hạng 3/52 phường; không so sánh được với năm 2024 (khác nhóm xếp hạng).',
    "In 2025, Ward 1's PAR Index reached 80.10/100 points; ranked 3rd of 52 wards; not comparable with 2024 (ranked in another group).",
  ],
  [
    'another number of units ranked (COHORT_SIZE): the index compared, the rank not',
    { ...tayNinh2025, notComparable: { reason: 'COHORT_SIZE', previousYear: 2024 } },
    undefined,
    'Năm 2025, Chỉ số CCHC của tỉnh Tây Ninh đạt 88,50%, tăng 3,50 điểm phần trăm so với năm 2024; xếp hạng 05/34 tỉnh, thành phố (số đơn vị xếp hạng thay đổi, không so sánh thứ hạng).',
    "In 2025, Tây Ninh province's PAR Index reached 88.50%, up 3.50 percentage points on 2024; ranked 5th of 34 provinces (the number of units ranked changed; ranks not compared).",
  ],
  [
    'COHORT_SIZE with points on 100 and a tie',
    { tied: true, notComparable: { reason: 'COHORT_SIZE', previousYear: 2022 } },
    { padRanks: false },
    'Năm 2023, Chỉ số CCHC của huyện Thạnh Hóa đạt 80,10/100 điểm, tăng 5,35 điểm so với năm 2022; đồng hạng 5/15 huyện, thị xã, thành phố (số đơn vị xếp hạng thay đổi, không so sánh thứ hạng).',
    "In 2023, Thạnh Hóa district's PAR Index reached 80.10/100 points, up 5.35 points on 2022; ranked joint 5th of 15 districts (the number of units ranked changed; ranks not compared).",
  ],
  [
    'the year before ranked only among the units loaded (AMONG_LOADED): the index compared, the rank not',
    { ...tayNinh2025, notComparable: { reason: 'AMONG_LOADED', previousYear: 2024 } },
    undefined,
    'Năm 2025, Chỉ số CCHC của tỉnh Tây Ninh đạt 88,50%, tăng 3,50 điểm phần trăm so với năm 2024; xếp hạng 05/34 tỉnh, thành phố (hạng năm 2024 chỉ tính trong số đơn vị đã nhập, không so sánh thứ hạng).',
    "In 2025, Tây Ninh province's PAR Index reached 88.50%, up 3.50 percentage points on 2024; ranked 5th of 34 provinces (the 2024 rank is among the units loaded only; ranks not compared).",
  ],
  [
    'decomposed (NFD) name and block come out composed (NFC)',
    {
      unitName: 'Xã Tân Hòa'.normalize('NFD'),
      unitTitle: 'XA',
      unitKind: 'COMMUNE',
      cohortBlock: 'Xã, đặc khu'.normalize('NFD'),
      previous: null,
    },
    undefined,
    'Năm 2023, Chỉ số CCHC của xã Tân Hòa đạt 80,10/100 điểm; xếp hạng 05/15 xã, đặc khu.',
    "In 2023, Tân Hòa commune's PAR Index reached 80.10/100 points; ranked 5th of 15 communes and special zones.",
  ],
]

describe('summarySentence', () => {
  it.each(cases)('%s', (_name, change, options, vi, en) => {
    const facts = { ...thanhHoa, ...change }
    expect(summarySentence(facts, 'vi', options)).toBe(vi)
    expect(summarySentence(facts, 'en', options)).toBe(en)
    expect(summarySentence(facts, 'vi', options).normalize('NFC')).toBe(
      summarySentence(facts, 'vi', options),
    )
  })
})

describe('the cohort named in the denominator', () => {
  it.each<[string | null, string, string]>([
    [null, '05/15 huyện, thị xã, thành phố.', '5th of 15 districts.'],
    ['', '05/15 huyện, thị xã, thành phố.', '5th of 15 districts.'],
    ['Phường', '05/15 phường.', '5th of 15 wards.'],
    ['Xã, đặc khu', '05/15 xã, đặc khu.', '5th of 15 communes and special zones.'],
    // An acronym keeps its capitals; a name written all in capitals is lowered whole.
    ['UBND cấp xã', '05/15 UBND cấp xã.', '5th of 15 in the block “UBND cấp xã”.'],
    ['PHƯỜNG', '05/15 phường.', '5th of 15 wards.'],
    // A block that names its units is said by them.
    ['  Khối  huyện ', '05/15 huyện.', '5th of 15 districts.'],
    ['Khối phường', '05/15 phường.', '5th of 15 wards.'],
  ])('block %j', (cohortBlock, vi, en) => {
    const facts = { ...thanhHoa, cohortBlock, previous: null }
    expect(summarySentence(facts, 'vi').endsWith(vi)).toBe(true)
    expect(summarySentence(facts, 'en').endsWith(en)).toBe(true)
  })
})

describe('unit names in running text', () => {
  it.each<[string, UnitTitle | null, UnitKind | null, string, string]>([
    ['Huyện Thạnh Hóa', 'HUYEN', 'DISTRICT', 'huyện Thạnh Hóa', 'Thạnh Hóa district'],
    ['Huyện Thạnh Hóa', null, null, 'huyện Thạnh Hóa', 'Thạnh Hóa district'],
    ['Thị xã Kiến Tường', null, 'DISTRICT', 'thị xã Kiến Tường', 'Kiến Tường town'],
    ['Thành phố Tân An', 'THANH_PHO', 'DISTRICT', 'thành phố Tân An', 'Tân An city'],
    ['Thành phố Cần Thơ', 'THANH_PHO_TW', 'PROVINCE', 'thành phố Cần Thơ', 'Cần Thơ city'],
    ['Thành phố Cần Thơ', null, 'PROVINCE', 'thành phố Cần Thơ', 'Cần Thơ city'],
    // Decree 30/2020/NĐ-CP: "Thành phố Hồ Chí Minh" keeps its capital.
    [
      'Thành phố Hồ Chí Minh',
      'THANH_PHO_TW',
      'PROVINCE',
      'Thành phố Hồ Chí Minh',
      'Hồ Chí Minh City',
    ],
    ['Tỉnh Tây Ninh', 'TINH', 'PROVINCE', 'tỉnh Tây Ninh', 'Tây Ninh province'],
    // A place published without its title gets it from the placement.
    ['Tây Ninh', 'TINH', 'PROVINCE', 'tỉnh Tây Ninh', 'Tây Ninh province'],
    ['Quận Hoàn Kiếm', 'QUAN', 'DISTRICT', 'quận Hoàn Kiếm', 'Hoàn Kiếm urban district'],
    ['Quận 1', 'QUAN', 'DISTRICT', 'Quận 1', 'District 1'],
    ['Phường 1', 'PHUONG', 'COMMUNE', 'Phường 1', 'Ward 1'],
    ['phường 12', null, 'COMMUNE', 'Phường 12', 'Ward 12'],
    ['Xã 3', 'XA', 'COMMUNE', 'Xã 3', 'Commune 3'],
    ['Phường Long Xuyên', 'PHUONG', 'COMMUNE', 'phường Long Xuyên', 'Long Xuyên ward'],
    ['Xã Tân Hòa', 'XA', 'COMMUNE', 'xã Tân Hòa', 'Tân Hòa commune'],
    ['Thị trấn Thạnh Hóa', 'THI_TRAN', 'COMMUNE', 'thị trấn Thạnh Hóa', 'Thạnh Hóa township'],
    ['Đặc khu Phú Quốc', 'DAC_KHU', 'COMMUNE', 'Đặc khu Phú Quốc', 'Phú Quốc Special Zone'],
    ['Đặc khu Phú Quốc', null, null, 'Đặc khu Phú Quốc', 'Phú Quốc Special Zone'],
    [
      'Sở Tài nguyên và Môi trường',
      'SO',
      'DEPARTMENT',
      'Sở Tài nguyên và Môi trường',
      'Sở Tài nguyên và Môi trường',
    ],
    ['Sở Nội vụ', null, null, 'Sở Nội vụ', 'Sở Nội vụ'],
    [
      'Ban Quản lý các khu công nghiệp',
      null,
      'DEPARTMENT',
      'Ban Quản lý các khu công nghiệp',
      'Ban Quản lý các khu công nghiệp',
    ],
    ['Bộ Tư pháp', 'BO', 'MINISTRY', 'Bộ Tư pháp', 'Bộ Tư pháp'],
    // An organisation's title is never prefixed to a name that does not carry it.
    ['Văn phòng UBND tỉnh', 'SO', 'DEPARTMENT', 'Văn phòng UBND tỉnh', 'Văn phòng UBND tỉnh'],
    // The published name's own word wins over a title that disagrees with it.
    ['Xã Tân Hòa', 'PHUONG', 'COMMUNE', 'xã Tân Hòa', 'Tân Hòa commune'],
    // A name that merely starts with a title word is left alone.
    ['Xãhội', null, null, 'Xãhội', 'Xãhội'],
    // Decomposed input (NFD) comes out composed (NFC); stray spaces are dropped.
    [
      'Huyện Thạnh Hóa'.normalize('NFD'),
      'HUYEN',
      'DISTRICT',
      'huyện Thạnh Hóa',
      'Thạnh Hóa district',
    ],
    ['  Huyện  Thạnh Hóa ', null, null, 'huyện Thạnh Hóa', 'Thạnh Hóa district'],
  ])('%s (%s) → %s / %s', (name, title, kind, vi, en) => {
    expect(vietnameseInSentence(name, title, kind)).toBe(vi)
    expect(englishName(name, title, kind)).toBe(en)
  })
})
