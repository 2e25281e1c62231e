// index.html tells zod to parse without compiling, before any module loads (its first script):
// this checks that it says so there, and that zod takes its settings from that global.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const HTML = readFileSync(join(process.cwd(), 'client/index.html'), 'utf8')
const SETTING = 'window.__zod_globalConfig = { jitless: true }'

describe('zod settings', () => {
  it('are set by a classic script of index.html, before its module script', () => {
    const setting = HTML.indexOf(SETTING)
    expect(setting).toBeGreaterThan(0)
    expect(HTML.lastIndexOf('<script>', setting)).toBeGreaterThan(0)
    expect(setting).toBeLessThan(HTML.indexOf('<script type="module"'))
  })

  it('are the object zod reads: set before zod loads, zod parses without compiling', async () => {
    const global = globalThis as unknown as { __zod_globalConfig?: object }
    global.__zod_globalConfig = { jitless: true }
    const { z } = await import('zod')
    expect(z.config()).toBe(global.__zod_globalConfig)
    expect(z.config().jitless).toBe(true)
    // Parsing is unchanged: values and issues as before.
    const schema = z.object({ year: z.coerce.number().int(), parent: z.string().min(1) })
    expect(schema.parse({ year: '2024', parent: 'LONG_AN' })).toEqual({
      year: 2024,
      parent: 'LONG_AN',
    })
    const failed = schema.safeParse({ year: 'abc', parent: '' })
    expect(failed.error?.issues.map((i) => i.path[0])).toEqual(['year', 'parent'])
  })
})
