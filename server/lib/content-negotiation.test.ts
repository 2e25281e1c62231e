import { Hono } from 'hono'
import { describe, expect, it } from 'vitest'
import { downloadRequest, XLSX_TYPE } from './content-negotiation.ts'
import { handleError } from './errors.ts'

const app = new Hono().get('/', (c) => c.json({ request: downloadRequest(c) })).onError(handleError)

async function asked(query: string, accept?: string) {
  const res = await app.request(`/${query}`, { headers: accept ? { Accept: accept } : {} })
  return { status: res.status, body: (await res.json()) as Record<string, unknown> }
}

describe('downloadRequest', () => {
  it('answers JSON unless a file is asked for', async () => {
    expect((await asked('')).body).toEqual({ request: null })
    expect((await asked('?format=json&lang=en')).body).toEqual({ request: null })
    // A browser's Accept lists many types; JSON listed wins, as it always did.
    expect((await asked('', `application/json, text/csv, ${XLSX_TYPE}`)).body).toEqual({
      request: null,
    })
  })

  it('reads the format from the query or the Accept header, XLSX in Vietnamese by default', async () => {
    expect((await asked('?format=xlsx')).body).toEqual({ request: { format: 'xlsx', lang: 'vi' } })
    expect((await asked('?format=xlsx&lang=en')).body).toEqual({
      request: { format: 'xlsx', lang: 'en' },
    })
    expect((await asked('', XLSX_TYPE)).body).toEqual({ request: { format: 'xlsx', lang: 'vi' } })
    expect((await asked('', 'text/csv')).body).toEqual({ request: { format: 'csv', lang: null } })
    expect((await asked('?format=csv&lang=vi')).body).toEqual({
      request: { format: 'csv', lang: 'vi' },
    })
  })

  it('refuses a format or language it cannot give, naming the parameter and the choices', async () => {
    const format = await asked('?format=pdf')
    expect(format.status).toBe(400)
    expect(format.body).toMatchObject({
      error: {
        code: 'VALIDATION_FAILED',
        message: 'Unknown format "pdf": use one of json, csv, xlsx',
        details: { field: 'format' },
      },
    })
    const lang = await asked('?format=csv&lang=fr')
    expect(lang.status).toBe(400)
    expect(lang.body).toMatchObject({
      error: { details: { field: 'lang', allowed: ['vi', 'en'] } },
    })
  })
})
