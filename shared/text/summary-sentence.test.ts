import { describe, expect, it } from 'vitest'
import {
  englishName,
  summarySentence,
  vietnameseInSentence,
  type SummaryFacts,
} from './summary-sentence.ts'

// DOMAIN.md seed article: Thạnh Hóa 2023 = 80.1/100, +5.35 on 2022, 5th of 15, up 7 places.
const thanhHoa: SummaryFacts = {
  year: 2023,
  unitName: 'Huyện Thạnh Hóa',
  points: 80.1,
  maxPoints: 100,
  indexPct: 80.1,
  rank: 5,
  total: 15,
  tied: false,
  previous: { year: 2022, indexPct: 74.75, rank: 12 },
}

describe('summarySentence (vi)', () => {
  it.each<[string, Partial<SummaryFacts>, string]>([
    [
      'the seed article, word for word',
      {},
      'Năm 2023, Chỉ số CCHC của huyện Thạnh Hóa đạt 80,1/100 điểm, tăng 5,35 điểm so với năm 2022; xếp hạng 05/15, tăng 07 hạng.',
    ],
    [
      'a fall in points and rank',
      {
        points: 70.5,
        indexPct: 70.5,
        rank: 13,
        previous: { year: 2022, indexPct: 74.75, rank: 12 },
      },
      'Năm 2023, Chỉ số CCHC của huyện Thạnh Hóa đạt 70,5/100 điểm, giảm 4,25 điểm so với năm 2022; xếp hạng 13/15, giảm 01 hạng.',
    ],
    [
      'no change in points nor rank',
      { points: 74.75, indexPct: 74.75, rank: 12 },
      'Năm 2023, Chỉ số CCHC của huyện Thạnh Hóa đạt 74,75/100 điểm, giữ nguyên so với năm 2022; xếp hạng 12/15, giữ nguyên thứ hạng.',
    ],
    [
      'a tie',
      { tied: true },
      'Năm 2023, Chỉ số CCHC của huyện Thạnh Hóa đạt 80,1/100 điểm, tăng 5,35 điểm so với năm 2022; đồng hạng 05/15, tăng 07 hạng.',
    ],
    [
      'a first year: nothing to compare',
      { previous: null },
      'Năm 2023, Chỉ số CCHC của huyện Thạnh Hóa đạt 80,1/100 điểm; xếp hạng 05/15.',
    ],
    [
      'a previous index without a rank in the cohort',
      { previous: { year: 2022, indexPct: 74.75, rank: null } },
      'Năm 2023, Chỉ số CCHC của huyện Thạnh Hóa đạt 80,1/100 điểm, tăng 5,35 điểm so với năm 2022; xếp hạng 05/15.',
    ],
    [
      'a maximum that is not 100: points/max, the index, and the index compared',
      {
        unitName: 'Sở Nội vụ',
        points: 68.5,
        maxPoints: 71.5,
        indexPct: 95.8,
        rank: 1,
        total: 20,
        previous: { year: 2022, indexPct: 90.1, rank: 3 },
      },
      'Năm 2023, Chỉ số CCHC của sở Nội vụ đạt 68,5/71,5 điểm (chỉ số 95,8%), tăng 5,7 điểm phần trăm so với năm 2022; xếp hạng 01/20, tăng 02 hạng.',
    ],
    [
      'a commune with whole numbers and a double-digit rise',
      {
        unitName: 'Xã Mỹ Bình',
        points: 90,
        indexPct: 90,
        rank: 1,
        total: 13,
        previous: { year: 2022, indexPct: 80, rank: 11 },
      },
      'Năm 2023, Chỉ số CCHC của xã Mỹ Bình đạt 90/100 điểm, tăng 10 điểm so với năm 2022; xếp hạng 01/13, tăng 10 hạng.',
    ],
  ])('%s', (_name, change, expected) => {
    expect(summarySentence({ ...thanhHoa, ...change }, 'vi')).toBe(expected)
  })
})

describe('summarySentence (en)', () => {
  it.each<[string, Partial<SummaryFacts>, string]>([
    [
      'the seed article',
      {},
      "In 2023, Thạnh Hóa district's PAR Index reached 80.1/100 points, up 5.35 points on 2022; ranked 5th of 15, up 7 places.",
    ],
    [
      'a fall of one place',
      { points: 70.5, indexPct: 70.5, rank: 13 },
      "In 2023, Thạnh Hóa district's PAR Index reached 70.5/100 points, down 4.25 points on 2022; ranked 13th of 15, down 1 place.",
    ],
    [
      'no change',
      { points: 74.75, indexPct: 74.75, rank: 12 },
      "In 2023, Thạnh Hóa district's PAR Index reached 74.75/100 points, unchanged on 2022; ranked 12th of 15, the same as in 2022.",
    ],
    [
      'a tie',
      { tied: true, rank: 2, previous: { year: 2022, indexPct: 79.1, rank: 3 } },
      "In 2023, Thạnh Hóa district's PAR Index reached 80.1/100 points, up 1 point on 2022; ranked joint 2nd of 15, up 1 place.",
    ],
    [
      'a first year',
      { previous: null },
      "In 2023, Thạnh Hóa district's PAR Index reached 80.1/100 points; ranked 5th of 15.",
    ],
    [
      'a maximum that is not 100',
      {
        unitName: 'Thành phố Long Xuyên',
        points: 68.5,
        maxPoints: 71.5,
        indexPct: 95.8,
        rank: 1,
        previous: { year: 2022, indexPct: 90.1, rank: 3 },
      },
      "In 2023, Long Xuyên city's PAR Index reached 68.5/71.5 points (95.8%), up 5.7 percentage points on 2022; ranked 1st of 15, up 2 places.",
    ],
  ])('%s', (_name, change, expected) => {
    expect(summarySentence({ ...thanhHoa, ...change }, 'en')).toBe(expected)
  })
})

describe('unit names in running text', () => {
  it.each([
    ['Huyện Thạnh Hóa', 'huyện Thạnh Hóa', 'Thạnh Hóa district'],
    ['Thị xã Kiến Tường', 'thị xã Kiến Tường', 'Kiến Tường town'],
    ['Thành phố Tân An', 'thành phố Tân An', 'Tân An city'],
    ['Xã Mỹ Bình', 'xã Mỹ Bình', 'Mỹ Bình commune'],
    ['Phường Mỹ Long', 'phường Mỹ Long', 'Mỹ Long ward'],
    ['Thị trấn Thạnh Hóa', 'thị trấn Thạnh Hóa', 'Thạnh Hóa township'],
    ['Sở Nội vụ', 'sở Nội vụ', 'Sở Nội vụ'],
    ['Ban Quản lý Khu kinh tế', 'ban Quản lý Khu kinh tế', 'Ban Quản lý Khu kinh tế'],
    ['Tỉnh Long An', 'tỉnh Long An', 'Long An province'],
    ['Văn phòng UBND tỉnh', 'Văn phòng UBND tỉnh', 'Văn phòng UBND tỉnh'],
    // A name that merely starts with an administrative word is left alone.
    ['Xãhội', 'Xãhội', 'Xãhội'],
    // Decomposed input (NFD) comes out composed (NFC).
    ['Huyện Thạnh Hóa'.normalize('NFD'), 'huyện Thạnh Hóa', 'Thạnh Hóa district'],
  ])('%s → %s / %s', (name, vi, en) => {
    expect(vietnameseInSentence(name)).toBe(vi)
    expect(englishName(name)).toBe(en)
  })
})
