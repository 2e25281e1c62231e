import { describe, expect, it } from 'vitest'
import { ZOD_SETTINGS_GLOBAL } from './zod-interpreted.ts'

describe('zod-interpreted', () => {
  it('sets the object zod reads its settings from: z.config() answers with it', async () => {
    const { z } = await import('zod')
    const global = (globalThis as unknown as Record<string, unknown>)[ZOD_SETTINGS_GLOBAL]
    expect(z.config()).toBe(global)
    expect(z.config().jitless).toBe(true)
  })

  it('leaves parsing as it was: results and issues are the same', async () => {
    const { z } = await import('zod')
    const schema = z.object({ year: z.coerce.number().int(), parent: z.string().min(1) })
    expect(schema.parse({ year: '2024', parent: 'LONG_AN' })).toEqual({
      year: 2024,
      parent: 'LONG_AN',
    })
    const failed = schema.safeParse({ year: 'abc', parent: '' })
    expect(failed.success).toBe(false)
    expect(failed.error?.issues.map((i) => i.path[0])).toEqual(['year', 'parent'])
  })
})
