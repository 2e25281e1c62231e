import i18n from 'i18next'
import { describe, expect, it } from 'vitest'
import type { UndoBlockers } from '#shared/dto/import.ts'
import { permanentlyBlocked, undoBlockedText } from './undo-blocked.ts'

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
    const later = {
      batchId: 'b2',
      fileName: 'b.csv',
      at: '2026-12-06T05:51:00',
      rows: 2,
      rests: false,
    }
    const edit = { actor: 'a@b.vn', at: '2026-12-06T06:00:00', rows: 1 }
    const first = undoBlockedText({ ...blockers([]), imports: [later] }, 'vi', t)
    expect(first.advice).toMatch(/^Hãy hoàn tác lần nhập sau đó trước/)
    const edited = undoBlockedText({ ...blockers([]), imports: [later], edits: [edit] }, 'vi', t)
    expect(edited.reasons).toHaveLength(2)
    expect(edited.advice).toBe('Để sửa số liệu, hãy nhập tệp đã sửa.')
  })

  it('names a later import resting on the units a unit list added, to be undone first', () => {
    const text = undoBlockedText(
      {
        ...blockers([]),
        imports: [
          {
            batchId: 'b9',
            fileName: 'assessments-tay-ninh.csv',
            at: '2026-12-06T05:51:00',
            rows: 66,
            rests: true,
          },
        ],
      },
      'vi',
      t,
    )
    expect(text.reasons).toEqual([
      'lần nhập sau (tệp assessments-tay-ninh.csv, 06/12/2026, 05:51) có 66 dòng dựa vào đơn vị mà lần nhập này thêm',
    ])
    expect(text.advice).toMatch(/^Hãy hoàn tác lần nhập sau đó trước/)
  })

  it('says many imports resting on a unit list’s units as one list of files', () => {
    const file = (fileName: string, rows: number) => ({
      batchId: fileName,
      fileName,
      at: '2026-12-06T05:51:00',
      rows,
      rests: true,
    })
    const text = undoBlockedText(
      {
        ...blockers([]),
        imports: [file('a.csv', 20), file('b.csv', 32), file('c.csv', 192)],
      },
      'vi',
      t,
    )
    expect(text.reasons).toEqual([
      '3 lần nhập sau có dòng dựa vào đơn vị mà lần nhập này thêm (tệp a.csv, b.csv và c.csv)',
    ])
    // A year of files under one unit list: three named, the rest counted (the table lists them).
    const many = ['a', 'b', 'c', 'd', 'e'].map((n) => file(`${n}.csv`, 1))
    expect(undoBlockedText({ ...blockers([]), imports: many }, 'vi', t).reasons).toEqual([
      '5 lần nhập sau có dòng dựa vào đơn vị mà lần nhập này thêm (tệp a.csv, b.csv, c.csv và 2 lần nhập khác)',
    ])
    expect(
      undoBlockedText({ ...blockers([]), imports: many.slice(0, 4) }, 'vi', t).reasons[0],
    ).toContain('(tệp a.csv, b.csv, c.csv và d.csv)')
  })

  it('says an import is for good when one of the imports in its way was published', () => {
    const resting = {
      batchId: 'b9',
      fileName: 'assessments-long-an.csv',
      at: '2026-12-06T05:51:00',
      rows: 150,
      rests: true,
    }
    const text = undoBlockedText({ ...blockers([]), imports: [resting] }, 'vi', t, new Set(['b9']))
    expect(text.advice).toBe(
      'Trong các lần nhập đó có lần đã công bố, không hoàn tác được, nên lần nhập này cũng không ' +
        'hoàn tác được nữa. Để sửa số liệu, hãy nhập tệp đã sửa.',
    )
  })

  it('finds the imports that can never be undone, through the imports in their way', () => {
    const later = (batchId: string) => ({
      batchId,
      fileName: null,
      at: '2026-12-06T05:51:00',
      rows: 1,
      rests: true,
    })
    const published = blockers([publication(2023, 'DISTRICT', '5/QĐ')])
    expect(
      [
        ...permanentlyBlocked([
          { id: 'units', undoBlockedBy: { ...blockers([]), imports: [later('lineage')] } },
          { id: 'lineage', undoBlockedBy: { ...blockers([]), imports: [later('results')] } },
          { id: 'results', undoBlockedBy: published },
          { id: 'tasks', undoBlockedBy: null },
          { id: 'schemes', undoBlockedBy: { ...blockers([]), imports: [later('tasks')] } },
        ]),
      ].sort(),
    ).toEqual(['lineage', 'results', 'units'])
  })
})
