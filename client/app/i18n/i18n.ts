import i18next from 'i18next'
import { initReactI18next } from 'react-i18next'
import { isLanguage, type Language } from '#client/lib/format.ts'
import { dataEn } from './data.en.ts'
import { dataVi } from './data.vi.ts'
import { en } from './en.ts'
import { vi } from './vi.ts'

const STORAGE_KEY = 'par.lang'

function storedLanguage(): Language {
  try {
    const value = globalThis.localStorage?.getItem(STORAGE_KEY)
    return isLanguage(value) ? value : 'vi'
  } catch {
    return 'vi'
  }
}

function reflect(lang: string) {
  if (typeof document !== 'undefined') document.documentElement.lang = lang
}

/** Initialises i18next once: Vietnamese by default, the choice persisted in localStorage. */
export function initI18n(lang: Language = storedLanguage()) {
  if (!i18next.isInitialized) {
    void i18next.use(initReactI18next).init({
      resources: {
        vi: { translation: { ...vi, ...dataVi } },
        en: { translation: { ...en, ...dataEn } },
      },
      lng: lang,
      fallbackLng: 'vi',
      supportedLngs: ['vi', 'en'],
      interpolation: { escapeValue: false },
      returnNull: false,
    })
    i18next.on('languageChanged', (next) => {
      reflect(next)
      try {
        globalThis.localStorage?.setItem(STORAGE_KEY, next)
      } catch {
        // Private mode: the choice lasts for this page only.
      }
    })
  }
  reflect(i18next.language)
  return i18next
}
