import { describe, expect, it } from 'vitest'
import { PRINT_PAGE_SIZE, PRINT_ROW_CAP, readWholeList, type ListPage } from './whole-list-pages.ts'

/** A server-paged list of `count` rows numbered from 1, recording the windows asked for. */
function pagedList(count: number) {
  const asked: string[] = []
  const readPage = (page: number, size: number): Promise<ListPage<number>> => {
    asked.push(`${page}×${size}`)
    const from = (page - 1) * size
    const items = Array.from(
      { length: Math.max(0, Math.min(size, count - from)) },
      (_, i) => from + i + 1,
    )
    return Promise.resolve({ items, matched: count })
  }
  return { asked, readPage }
}

describe('readWholeList', () => {
  it('reads 1,234 rows in pages of 500, every row once and in order', async () => {
    const list = pagedList(1234)
    const whole = await readWholeList(list.readPage)
    expect(list.asked).toEqual(['1×500', '2×500', '3×500'])
    expect(whole.kind).toBe('whole')
    if (whole.kind !== 'whole') return
    expect(whole.total).toBe(1234)
    expect(whole.rows[0]).toBe(1)
    expect(whole.rows[500]).toBe(501)
    expect(whole.rows.at(-1)).toBe(1234)
    expect(new Set(whole.rows).size).toBe(1234)
  })

  it('reads a list of one page with one request', async () => {
    const list = pagedList(120)
    const whole = await readWholeList(list.readPage)
    expect(list.asked).toEqual(['1×500'])
    expect(whole).toMatchObject({ kind: 'whole', total: 120 })
  })

  it('prints up to 2,000 rows; above, says how many there are and reads no more', async () => {
    expect(PRINT_PAGE_SIZE).toBe(500)
    expect(PRINT_ROW_CAP).toBe(2000)
    const atCap = await readWholeList(pagedList(2000).readPage)
    expect(atCap).toMatchObject({ kind: 'whole', total: 2000 })
    const over = pagedList(10_600)
    expect(await readWholeList(over.readPage)).toEqual({ kind: 'too-many', total: 10_600 })
    expect(over.asked).toEqual(['1×500'])
  })

  it('ends when the list shrinks while it is read', async () => {
    let calls = 0
    const whole = await readWholeList<number>((page) => {
      calls += 1
      return Promise.resolve(page === 1 ? { items: [1, 2], matched: 5 } : { items: [], matched: 2 })
    }, 2)
    expect(calls).toBe(2)
    expect(whole).toEqual({ kind: 'whole', rows: [1, 2], total: 2 })
  })
})
