import { describe, expect, it } from 'vitest'
import i18next from 'i18next'
import { initI18n } from '#client/app/i18n/i18n.ts'
import { awardDecisionsNote } from './award-decisions-note.ts'

initI18n('vi')
const vi = i18next.getFixedT('vi')
const en = i18next.getFixedT('en')

describe('the award decisions an awards page names', () => {
  it('counts many with their dates’ range (Tây Ninh’s communes, 2025: 18 decisions)', () => {
    const digest = { count: 18, firstDate: '2026-01-10', lastDate: '2026-01-26', listed: [] }
    expect(awardDecisionsNote(digest, 'vi', vi)).toBe(
      'Theo 18 quyết định khen thưởng, ngày 10/01/2026–26/01/2026.',
    )
    expect(awardDecisionsNote(digest, 'en', en)).toBe(
      'Granted by 18 award decisions dated 10 January 2026 to 26 January 2026.',
    )
    expect(awardDecisionsNote({ ...digest, lastDate: '2026-01-10' }, 'vi', vi)).toBe(
      'Theo 18 quyết định khen thưởng ngày 10/01/2026.',
    )
    expect(awardDecisionsNote({ ...digest, firstDate: null, lastDate: null }, 'vi', vi)).toBe(
      'Theo 18 quyết định khen thưởng.',
    )
  })

  it('names one decision by its number, and says when none is numbered', () => {
    const one = {
      count: 1,
      firstDate: '2024-01-10',
      lastDate: '2024-01-10',
      listed: [{ decisionNo: '15/QĐ-UBND', decisionDate: '2024-01-10' }],
    }
    expect(awardDecisionsNote(one, 'vi', vi)).toBe(
      'Theo quyết định khen thưởng số 15/QĐ-UBND ngày 10/01/2024.',
    )
    expect(awardDecisionsNote(one, 'en', en)).toBe(
      'Granted by award decision No. 15/QĐ-UBND of 10 January 2024.',
    )
    const none = { count: 0, firstDate: null, lastDate: null, listed: [] }
    expect(awardDecisionsNote(none, 'vi', vi)).toBe(
      'Theo hồ sơ khen thưởng của các đơn vị (không ghi số quyết định).',
    )
  })
})
