import i18n from 'i18next'
import { describe, expect, it } from 'vitest'
import type { UndoBlockers } from '#shared/dto/import.ts'
import { undoBlockedText } from './undo-blocked.ts'

const publication = (year: number, kind: string, decisionNo: string | null, inForce = true) => ({
  parent: { code: 'LONG_AN', name: 'Tỉnh Long An' },
  kind,
  block: '',
  year,
  decisionNo,
  decisionDate: decisionNo ? `${year + 1}-02-15` : null,
  inForce,
  rows: 15,
})

const blockers = (publications: UndoBlockers['publications']): UndoBlockers => ({
  publications,
  imports: [],
  edits: [],
  unnamed: 0,
})

describe('undoBlockedText', () => {
  const t = i18n.getFixedT('vi')

  it('says a file of many published years by cohort and years, each decision listed apart', () => {
    const years = [2019, 2020, 2021, 2022, 2024]
    const text = undoBlockedText(
      blockers([
        ...years.map((y) => publication(y, 'DISTRICT', `${y - 1800}/QĐ-UBND`)),
        publication(2023, 'DEPARTMENT', null, false),
      ]),
      'vi',
      t,
    )
    expect(text.reasons).toEqual([
      'năm 2019–2022, 2024 của Tỉnh Long An (cấp huyện) đã công bố',
      'năm 2023 của Tỉnh Long An (sở, ban, ngành) đã công bố',
    ])
    expect(text.advice).toContain('Kết quả đã công bố không hoàn tác được')
    expect(text.decisions).toEqual([
      'Năm 2019, Tỉnh Long An (cấp huyện): Quyết định 219/QĐ-UBND ngày 15/02/2020',
      'Năm 2020, Tỉnh Long An (cấp huyện): Quyết định 220/QĐ-UBND ngày 15/02/2021',
      'Năm 2021, Tỉnh Long An (cấp huyện): Quyết định 221/QĐ-UBND ngày 15/02/2022',
      'Năm 2022, Tỉnh Long An (cấp huyện): Quyết định 222/QĐ-UBND ngày 15/02/2023',
      'Năm 2023, Tỉnh Long An (sở, ban, ngành): một quyết định (sau đó chuyển về nháp)',
      'Năm 2024, Tỉnh Long An (cấp huyện): Quyết định 224/QĐ-UBND ngày 15/02/2025',
    ])
  })

  it('says two publications in the sentence, with no list', () => {
    const text = undoBlockedText(
      blockers([publication(2023, 'DISTRICT', '5/QĐ'), publication(2024, 'DISTRICT', null)]),
      'en',
      i18n.getFixedT('en'),
    )
    expect(text.reasons).toEqual([
      'Tỉnh Long An (districts), 2023, was published under Decision 5/QĐ of 15 February 2024',
      'Tỉnh Long An (districts), 2024, was published under a decision',
    ])
    expect(text.decisions).toBeNull()
  })

  it('asks for the later imports to be undone first only when nothing else blocks', () => {
    const later = { batchId: 'b2', fileName: 'b.csv', at: '2026-12-06T05:51:00', rows: 2 }
    const edit = { actor: 'a@b.vn', at: '2026-12-06T06:00:00', rows: 1 }
    const first = undoBlockedText({ ...blockers([]), imports: [later] }, 'vi', t)
    expect(first.advice).toMatch(/^Hãy hoàn tác lần nhập sau đó trước/)
    const edited = undoBlockedText({ ...blockers([]), imports: [later], edits: [edit] }, 'vi', t)
    expect(edited.reasons).toHaveLength(2)
    expect(edited.advice).toBe('Để sửa số liệu, hãy nhập tệp đã sửa.')
  })
})
