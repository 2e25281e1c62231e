import { describe, expect, it } from 'vitest'
import {
  awardsSourceLine,
  digestAwardDecisions,
  type AwardDecision,
  decisionDateText,
  issuerText,
  sourceLine,
  type SourceIssuer,
  type SourcePublication,
  yearSpanText,
} from './source-line.ts'

const tayNinh = { name: 'Tỉnh Tây Ninh', kind: 'PROVINCE', title: 'TINH' } as const
const longAn = { name: 'Tỉnh Long An', kind: 'PROVINCE', title: 'TINH' } as const

const published = (
  year: number,
  no: string,
  date: string,
  issuer: SourceIssuer = longAn,
): SourcePublication => ({
  year,
  status: 'PUBLISHED',
  decisionNo: no,
  decisionDate: date,
  issuer,
})
const draft = (year: number): SourcePublication => ({
  year,
  status: 'DRAFT',
  decisionNo: null,
  decisionDate: null,
  issuer: longAn,
})

describe('sourceLine', () => {
  it('names the one decision that published the figures, with its date, issuer and year', () => {
    const p = published(2023, '2729/QĐ-UBND', '2023-12-29', tayNinh)
    expect(sourceLine(p, 'vi', [2023])).toBe(
      'Nguồn: Quyết định số 2729/QĐ-UBND ngày 29/12/2023 của UBND tỉnh Tây Ninh (số liệu năm 2023)',
    )
    expect(sourceLine(p, 'en', [2023])).toBe(
      "Source: Decision No. 2729/QĐ-UBND of 29 December 2023 by the People's Committee of Tây Ninh Province (data for 2023)",
    )
  })

  it('says draft when nothing in the span is published', () => {
    expect(sourceLine([draft(2025)], 'vi', [2025])).toBe(
      'Dự thảo — chưa công bố (số liệu năm 2025)',
    )
    expect(sourceLine([], 'en', [2025])).toBe('Draft — not published (data for 2025)')
  })

  it('lists each decision of a span once, with its year, and the years the content spans', () => {
    const line = sourceLine(
      [
        published(2022, '221/QĐ-UBND', '2023-03-13'),
        published(2023, '228/QĐ-UBND', '2024-03-14'),
        draft(2024),
      ],
      'vi',
      [2022, 2023, 2024],
    )
    expect(line).toBe(
      'Nguồn: Quyết định của UBND tỉnh Long An: số 221/QĐ-UBND ngày 13/03/2023 (năm 2022); ' +
        'số 228/QĐ-UBND ngày 14/03/2024 (năm 2023); năm 2024: Dự thảo — chưa công bố ' +
        '(số liệu các năm 2022–2024)',
    )
  })

  it('gives the years the content spans, not only the latest', () => {
    const line = sourceLine(published(2024, '235/QĐ-UBND', '2025-03-15'), 'vi', [2019, 2024])
    expect(line).toContain('(số liệu các năm 2019, 2024)')
    expect(line).toContain('năm 2019: Dự thảo — chưa công bố')
  })

  it('marks a partly published year', () => {
    const mixed: SourcePublication = {
      ...published(2023, '12/QĐ-UBND', '2024-01-15'),
      status: 'MIXED',
    }
    expect(sourceLine(mixed, 'en', [2023])).toBe(
      "Source: Decision No. 12/QĐ-UBND of 15 January 2024 by the People's Committee of Long An Province; 2023: partly an unpublished draft (data for 2023)",
    )
  })

  it('falls back to the published results when the decision number was not stored', () => {
    const p: SourcePublication = {
      ...published(2023, '', ''),
      decisionNo: null,
      decisionDate: null,
    }
    expect(sourceLine(p, 'vi', [2023])).toBe(
      'Nguồn: Kết quả đã công bố của UBND tỉnh Long An (số liệu năm 2023)',
    )
    // With the date it was published on.
    expect(sourceLine({ ...p, decisionDate: '2025-04-06' }, 'en', [2023])).toBe(
      "Source: Results published on 6 April 2025 by the People's Committee of Long An Province (data for 2023)",
    )
  })

  it('names each year for what it is when some were stored without a decision number', () => {
    const country = { name: 'Việt Nam', kind: 'COUNTRY' as const, title: null }
    const years: SourcePublication[] = [
      { ...published(2023, '', ''), decisionNo: null, decisionDate: null, issuer: country },
      { ...published(2024, '', ''), decisionNo: null, decisionDate: '2025-04-06', issuer: country },
      { ...published(2025, '99/QĐ-BNV', '2026-03-02'), issuer: country },
    ]
    expect(sourceLine(years, 'vi')).toBe(
      'Nguồn: Bộ Nội vụ: kết quả đã công bố (năm 2023); kết quả công bố ngày 06/04/2025 (năm 2024); ' +
        'Quyết định số 99/QĐ-BNV ngày 02/03/2026 (năm 2025) (số liệu các năm 2023–2025)',
    )
    expect(sourceLine(years, 'en')).toBe(
      'Source: The Ministry of Home Affairs: published results (2023); results published on 6 April 2025 (2024); ' +
        'Decision No. 99/QĐ-BNV of 2 March 2026 (2025) (data for 2023–2025)',
    )
  })
})

describe('parts of the source line', () => {
  it('writes issuers as official documents do', () => {
    expect(issuerText({ name: 'Huyện Thạnh Hóa', kind: 'DISTRICT', title: 'HUYEN' }, 'vi')).toBe(
      'UBND huyện Thạnh Hóa',
    )
    expect(
      issuerText({ name: 'Thành phố Tân An', kind: 'DISTRICT', title: 'THANH_PHO' }, 'en'),
    ).toBe("the People's Committee of Tân An City")
    expect(issuerText({ name: 'Việt Nam', kind: 'COUNTRY', title: null }, 'vi')).toBe('Bộ Nội vụ')
  })

  it('writes dates and year spans', () => {
    expect(decisionDateText('2020-03-01', 'vi')).toBe('01/03/2020')
    expect(decisionDateText('2020-03-01', 'en')).toBe('1 March 2020')
    expect(yearSpanText([2024, 2019, 2020, 2021, 2022, 2023])).toBe('2019–2024')
    expect(yearSpanText([2019, 2021, 2022])).toBe('2019, 2021–2022')
    // In order, each year once (the Data page's picker passes a cohort's years as listed).
    expect(yearSpanText([2025, 2022, 2023, 2019, 2020, 2021, 2023])).toBe('2019–2023, 2025')
    expect(yearSpanText([2024])).toBe('2024')
    expect(yearSpanText([])).toBe('')
  })
})

describe('awardsSourceLine: the decisions that granted the awards', () => {
  const lineOf = (list: readonly AwardDecision[], lang: 'vi' | 'en', years: number[]) =>
    awardsSourceLine(digestAwardDecisions(list), lang, years)
  const decision = (n: number, day: number) => ({
    decisionNo: `${n}/QĐ-UBND`,
    decisionDate: `2024-01-${String(day).padStart(2, '0')}`,
  })

  it('names one decision with its date', () => {
    expect(lineOf([decision(15, 10)], 'vi', [2023])).toBe(
      'Nguồn: Quyết định khen thưởng số 15/QĐ-UBND ngày 10/01/2024 (số liệu năm 2023)',
    )
    expect(lineOf([decision(15, 10)], 'en', [2023])).toBe(
      'Source: Award decision No. 15/QĐ-UBND of 10 January 2024 (data for 2023)',
    )
  })

  it('lists up to three decisions each with its date', () => {
    expect(lineOf([decision(15, 10), decision(120, 25)], 'vi', [2023])).toBe(
      'Nguồn: các quyết định khen thưởng số 15/QĐ-UBND ngày 10/01/2024; số 120/QĐ-UBND ngày 25/01/2024 (số liệu năm 2023)',
    )
  })

  it('lists the numbers of many decisions (one per ward) with their dates’ range', () => {
    const thirteen = Array.from({ length: 13 }, (_, i) => decision(700 + i, 13 + (i % 9)))
    const line = lineOf(thirteen, 'vi', [2023])
    expect(line).toMatch(/^Nguồn: 13 quyết định khen thưởng ngày 13\/01\/2024–21\/01\/2024, số /)
    for (const d of thirteen) expect(line).toContain(d.decisionNo)
    expect(line.endsWith('712/QĐ-UBND (số liệu năm 2023)')).toBe(true)
    expect(lineOf(thirteen.slice(0, 4), 'en', [2023])).toBe(
      'Source: 4 award decisions dated 13 January 2024–16 January 2024, Nos. 700/QĐ-UBND, 701/QĐ-UBND, 702/QĐ-UBND, 703/QĐ-UBND (data for 2023)',
    )
  })

  it('counts more than twenty decisions, which would fill an image', () => {
    const many = Array.from({ length: 21 }, (_, i) => decision(100 + i, 10))
    expect(lineOf(many, 'vi', [2025])).toBe(
      'Nguồn: 21 quyết định khen thưởng ngày 10/01/2024 (số liệu năm 2025)',
    )
  })

  it('says when the records carry no decision number', () => {
    expect(lineOf([{ decisionNo: null, decisionDate: null }], 'vi', [2023])).toBe(
      'Nguồn: hồ sơ khen thưởng của các đơn vị (không ghi số quyết định) (số liệu năm 2023)',
    )
  })
})
