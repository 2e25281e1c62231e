import i18next from 'i18next'
import { afterAll, describe, expect, it } from 'vitest'
import { initI18n, warmTranslator } from './i18n.ts'

describe('warmTranslator', () => {
  afterAll(() => i18next.changeLanguage('vi'))

  it('looks up a plain string and one with values, in either language', async () => {
    initI18n('vi')
    for (const lng of ['vi', 'en']) {
      await i18next.changeLanguage(lng)
      // A missing key would come back as itself.
      expect(warmTranslator()).toEqual(['PAR Dashboard', 'A (B)'])
    }
  })
})
