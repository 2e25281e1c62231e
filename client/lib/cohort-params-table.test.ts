import { describe, expect, it } from 'vitest'
import { RANKING_TABLE_SORT } from '#client/cohorts/utils/ranking-sorts.ts'
import { TASK_TABLE_SORT } from '#client/features/tasks/utils/task-sorts.ts'
import {
  isHistoryStep,
  pageCount,
  pageRange,
  pageWindow,
  parseTableSearch,
  TABLE_PAGE_SIZE,
  withTableSearch,
} from './cohort-params-table.ts'
import { pageQueryOf } from '#client/cohorts/api/cohort-read.ts'

const at = (search: string) => new URLSearchParams(search)
const cohort = { parent: 'LONG_AN', kind: 'DISTRICT', block: null, year: 2023 } as const

describe('parseTableSearch', () => {
  it('opens in the table’s own order, on the first page, with no search', () => {
    expect(parseTableSearch(at('parent=LONG_AN'), RANKING_TABLE_SORT)).toEqual({
      sort: 'rank',
      dir: 'asc',
      q: '',
      page: 1,
    })
    expect(parseTableSearch(at(''), TASK_TABLE_SORT)).toEqual({
      sort: 'completionPct',
      dir: 'desc',
      q: '',
      page: 1,
    })
  })
  it('reads sort, direction, search and page', () => {
    expect(
      parseTableSearch(
        at('sort=deltaPct&dir=desc&q=th%E1%BA%A1nh%20h%C3%B3a&page=3'),
        RANKING_TABLE_SORT,
      ),
    ).toEqual({
      sort: 'deltaPct',
      dir: 'desc',
      q: 'thạnh hóa',
      page: 3,
    })
  })
  it('keeps the sort of links from before, under its new name', () => {
    expect(parseTableSearch(at('sort=delta&dir=desc'), RANKING_TABLE_SORT)).toMatchObject({
      sort: 'deltaPct',
      dir: 'desc',
    })
    expect(parseTableSearch(at('sort=unit'), RANKING_TABLE_SORT)).toMatchObject({
      sort: 'name',
      dir: 'asc',
    })
  })
  it('falls back on anything malformed instead of failing the page', () => {
    for (const search of [
      'sort=drop%20table&dir=up&page=-2',
      'sort=constructor&page=1.5',
      'sort=toString&page=abc',
      'page=0',
    ])
      expect(parseTableSearch(at(search), RANKING_TABLE_SORT)).toEqual({
        sort: 'rank',
        dir: 'asc',
        q: '',
        page: 1,
      })
  })
  it('trims the search, collapses its spaces, composes it (NFC) and bounds its length', () => {
    const decomposed = 'Tha\u0323nh   Ho\u0301a '
    expect(parseTableSearch(at(`q=${encodeURIComponent(decomposed)}`), RANKING_TABLE_SORT).q).toBe(
      'Thạnh Hóa',
    )
    expect(parseTableSearch(at(`q=${'a'.repeat(500)}`), RANKING_TABLE_SORT).q).toHaveLength(100)
  })
})

describe('withTableSearch', () => {
  it('keeps the cohort filters and leaves defaults out of the URL', () => {
    const next = withTableSearch(
      at('parent=LONG_AN&kind=DISTRICT&year=2023&sort=name&dir=asc'),
      RANKING_TABLE_SORT,
      { sort: 'rank', dir: 'asc' },
    )
    expect(next.toString()).toBe('parent=LONG_AN&kind=DISTRICT&year=2023')
  })
  it('goes back to the first page on a new sort or search, and keeps the page otherwise', () => {
    const on3 = at('parent=LONG_AN&sort=indexPct&dir=desc&page=3')
    expect(
      withTableSearch(on3, RANKING_TABLE_SORT, { sort: 'indexPct', dir: 'asc' }).get('page'),
    ).toBeNull()
    expect(withTableSearch(on3, RANKING_TABLE_SORT, { q: 'ben luc' }).get('page')).toBeNull()
    expect(withTableSearch(on3, RANKING_TABLE_SORT, { page: 4 }).get('page')).toBe('4')
    const searched = withTableSearch(on3, RANKING_TABLE_SORT, { q: 'ben luc' })
    expect(searched.get('q')).toBe('ben luc')
    expect(searched.get('sort')).toBe('indexPct')
    expect(withTableSearch(searched, RANKING_TABLE_SORT, { q: '' }).get('q')).toBeNull()
  })
})

describe('isHistoryStep', () => {
  const step = (from: string, next: Parameters<typeof withTableSearch>[2]) =>
    isHistoryStep(at(from), withTableSearch(at(from), RANKING_TABLE_SORT, next), RANKING_TABLE_SORT)
  it('makes a sort, a direction or a page a step Back returns from', () => {
    expect(step('parent=LONG_AN', { sort: 'deltaPct', dir: 'asc' })).toBe(true)
    expect(step('parent=LONG_AN&sort=deltaPct&dir=asc', { sort: 'deltaPct', dir: 'desc' })).toBe(
      true,
    )
    expect(step('parent=LONG_AN&page=2', { page: 3 })).toBe(true)
    expect(step('parent=LONG_AN&q=tan&page=2', { page: 1 })).toBe(true)
  })
  it('makes a search a step when it starts, and replaces it while it is typed or cleared', () => {
    expect(step('parent=LONG_AN&page=3', { q: 't' })).toBe(true)
    expect(step('parent=LONG_AN&q=t', { q: 'tan' })).toBe(false)
    expect(step('parent=LONG_AN&q=tan', { q: 'tan an' })).toBe(false)
    expect(step('parent=LONG_AN&q=tan', { q: '' })).toBe(false)
  })
  it('makes no change no step', () => {
    expect(step('parent=LONG_AN&sort=name', { sort: 'name', dir: 'asc' })).toBe(false)
    expect(step('parent=LONG_AN', { page: 1 })).toBe(false)
  })
})

describe('pages', () => {
  it('asks for one page with a limit, and an offset past the first', () => {
    expect(pageWindow(1)).toEqual({ limit: TABLE_PAGE_SIZE, offset: 0 })
    expect(pageWindow(3)).toEqual({ limit: TABLE_PAGE_SIZE, offset: 2 * TABLE_PAGE_SIZE })
    expect(pageQueryOf(cohort, { sort: 'deltaPct', dir: 'desc', q: 'thanh hoa', page: 2 })).toEqual(
      {
        parent: 'LONG_AN',
        kind: 'DISTRICT',
        year: '2023',
        sort: 'deltaPct',
        dir: 'desc',
        q: 'thanh hoa',
        limit: '50',
        offset: '50',
      },
    )
    expect(
      pageQueryOf({ ...cohort, block: 'Phường' }, { sort: 'rank', dir: 'asc', q: '', page: 1 }, 5),
    ).toEqual({
      parent: 'LONG_AN',
      kind: 'DISTRICT',
      cohort: 'Phường',
      year: '2023',
      sort: 'rank',
      dir: 'asc',
      limit: '5',
    })
  })
  it('says which rows a page shows and how many pages there are', () => {
    expect(pageRange(1, 15)).toEqual({ first: 1, last: 15 })
    expect(pageRange(3, 50)).toEqual({ first: 101, last: 150 })
    expect(pageRange(1, 0)).toEqual({ first: 0, last: 0 })
    expect(pageCount(10_600)).toBe(212)
    expect(pageCount(50)).toBe(1)
    expect(pageCount(0)).toBe(1)
  })
})
