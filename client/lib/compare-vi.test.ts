import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { compareVietnamese } from '#shared/text/compare-vietnamese.ts'
import { compareVi } from './compare-vi.ts'

/** The names column of a seeds CSV (no quoted commas in these files' names). */
function seedNames(file: string): string[] {
  const [head, ...lines] = readFileSync(join(process.cwd(), 'seeds', file), 'utf8')
    .trim()
    .split(/\r?\n/)
  const column = (head ?? '').split(',').indexOf('name')
  return lines.map((line) => line.split(',')[column] ?? '')
}

/** Generated names over the letters, tones, cases, digits and marks unit names are made of. */
function generatedNames(count: number): string[] {
  const parts = [
    ...'aàảãáạăằẳẵắặâầẩẫấậbcdđeèẻẽéẹêềểễếệghiìỉĩíịklmnoòỏõóọôồổỗốộơờởỡớợpqrstuùủũúụưừửữứựvxyỳỷỹýỵ',
    ...'AĂÂĐÊÔƠƯÁÀẠẮẦẾỐỚỨ',
    ...'0123456789',
    ' ',
    ' ',
    '-',
    '.',
    ',',
    '(',
    ')',
    '/',
    'Phường ',
    'Xã ',
    'Huyện ',
  ]
  let seed = 11
  const next = () => (seed = (seed * 16807) % 2147483647) / 2147483647
  return Array.from({ length: count }, () =>
    Array.from(
      { length: 1 + Math.floor(next() * 8) },
      () => parts[Math.floor(next() * parts.length)],
    ).join(''),
  )
}

const sign = (n: number) => Math.sign(n)

describe('compareVi', () => {
  it('orders every name of the demo data as the server’s collation does', () => {
    const names = [...new Set([...seedNames('units.csv'), ...seedNames('units-2025.csv')])]
    expect(names.length).toBeGreaterThan(100)
    expect([...names].sort(compareVi)).toEqual([...names].sort(compareVietnamese))
  })

  it('agrees with the collation on every pair of generated names', () => {
    const names = generatedNames(400)
    const disagreements: string[][] = []
    for (const a of names)
      for (const b of names)
        if (sign(compareVi(a, b)) !== sign(compareVietnamese(a, b))) disagreements.push([a, b])
    expect(disagreements).toEqual([])
  })

  it('orders letters, tones, case and numbers as Vietnamese does', () => {
    const sorted = (list: string[]) => [...list].sort(compareVi)
    expect(sorted(['Kiến Tường', 'Đức Hòa', 'Dương', 'Ân Thi', 'An Phú'])).toEqual([
      'An Phú',
      'Ân Thi',
      'Dương',
      'Đức Hòa',
      'Kiến Tường',
    ])
    expect(sorted(['bạ', 'bá', 'bã', 'bả', 'bà', 'ba', 'Ba'])).toEqual([
      'ba',
      'Ba',
      'bà',
      'bả',
      'bã',
      'bá',
      'bạ',
    ])
    expect(sorted(['Phường 10', 'Phường 2', 'Phường 1A', 'Phường 1'])).toEqual([
      'Phường 1',
      'Phường 1A',
      'Phường 2',
      'Phường 10',
    ])
    // Composed or decomposed, the same name.
    expect(compareVi('Hòa', 'Ho\u0300a')).toBe(0)
  })

  it('agrees with the collation on what converted files hold: ð for đ, long numbers, spaces', () => {
    const names = [
      'Đông Hà',
      'Ðông Hà',
      'ðông',
      'Dương Minh Châu',
      'đông hà',
      'Phường 9007199254740993',
      'Phường 9007199254740992',
      'Phường 010',
      'Phường 10',
      'Phường\u00A010',
      'Phường 2',
      'Xã 7-8',
      'Xã 7–8',
      'Xã 7 8',
    ]
    expect([...names].sort(compareVi)).toEqual([...names].sort(compareVietnamese))
  })
})
