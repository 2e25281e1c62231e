import { describe, expect, it } from 'vitest'
import { remembered, VersionMemo } from './version-memo.ts'

describe('VersionMemo', () => {
  it('reads a key once, and concurrent askers share that read', async () => {
    const memo = new VersionMemo('v1')
    let reads = 0
    const read = async () => {
      reads += 1
      await new Promise((resolve) => setTimeout(resolve, 5))
      return { years: [2023, 2024] }
    }
    const [a, b] = await Promise.all([memo.get('k', read), memo.get('k', read)])
    const c = await memo.get('k', read)
    expect(reads).toBe(1)
    expect(a).toBe(b)
    expect(c).toBe(a)
    expect(await memo.get('other', read)).toEqual({ years: [2023, 2024] })
    expect(reads).toBe(2)
  })

  it('freezes what it keeps, deeply: a reader that alters it fails loudly', async () => {
    const memo = new VersionMemo('v1')
    const kept = await memo.get('k', async () => ({ years: [2024], shape: { total: 3 } }))
    expect(Object.isFrozen(kept)).toBe(true)
    expect(() => kept.years.push(2025)).toThrow(TypeError)
    expect(() => {
      kept.shape.total = 4
    }).toThrow(TypeError)
  })

  it('forgets a read that failed, so the next request reads again', async () => {
    const memo = new VersionMemo('v1')
    let reads = 0
    const failing = async () => {
      reads += 1
      throw new Error(`unknown parent (read ${reads})`)
    }
    await expect(memo.get('k', failing)).rejects.toThrow('read 1')
    await expect(memo.get('k', failing)).rejects.toThrow('read 2')
    expect(memo.size).toBe(0)
    expect(await memo.get('k', async () => 'found')).toBe('found')
  })

  it('remembered reads straight through without a memo', async () => {
    let reads = 0
    const read = async () => ++reads
    expect(await remembered(null, ['k'], read)).toBe(1)
    expect(await remembered(undefined, ['k'], read)).toBe(2)
    const memo = new VersionMemo('v1')
    expect(await remembered(memo, ['k', 2024, true], read)).toBe(3)
    expect(await remembered(memo, ['k', 2024, true], read)).toBe(3)
    // Keys are the parts as a list: ['k', 2024] and ['k', '2024'] are different reads.
    expect(await remembered(memo, ['k', '2024', true], read)).toBe(4)
  })
})
