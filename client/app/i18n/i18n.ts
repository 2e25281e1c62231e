import i18next from 'i18next'
import { initReactI18next } from 'react-i18next'
import { type Language, languageOf } from '#client/lib/format.ts'
import { dataEn } from './data.en.ts'
import { dataVi } from './data.vi.ts'
import { en } from './en.ts'
import { perfEn } from './perf.en.ts'
import { perfVi } from './perf.vi.ts'
import { printEn } from './print.en.ts'
import { printVi } from './print.vi.ts'
import { exportsEn } from './exports.en.ts'
import { exportsVi } from './exports.vi.ts'
import { reportEn } from './report.en.ts'
import { reportVi } from './report.vi.ts'
import { scorecardEn } from './scorecard.en.ts'
import { scorecardVi } from './scorecard.vi.ts'
import { focusEn } from './focus.en.ts'
import { focusVi } from './focus.vi.ts'
import { comparingEn } from './comparing.en.ts'
import { comparingVi } from './comparing.vi.ts'
import { vi } from './vi.ts'

const STORAGE_KEY = 'par.lang'

function storedLanguage(): Language {
  try {
    const value = globalThis.localStorage?.getItem(STORAGE_KEY)
    return languageOf(value)
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
        vi: {
          translation: {
            ...vi,
            ...dataVi,
            ...perfVi,
            ...printVi,
            ...exportsVi,
            ...reportVi,
            ...scorecardVi,
            ...focusVi,
            ...comparingVi,
          },
        },
        en: {
          translation: {
            ...en,
            ...dataEn,
            ...perfEn,
            ...printEn,
            ...exportsEn,
            ...reportEn,
            ...scorecardEn,
            ...focusEn,
            ...comparingEn,
          },
        },
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

/**
 * Looks up one string of each kind the pages ask for, a plain one and one with values, so the
 * translator's code is compiled before React renders. A visit's first lookups compiled it inside
 * the shell's first render: 35–45 ms at a phone's speed (4×) of one component, which React
 * cannot cut into slices. boot.tsx calls this in a task of its own. Returns what it looked up.
 */
export function warmTranslator(): string[] {
  return [i18next.t('app.name'), i18next.t('filters.cohortLabel', { parent: 'A', kind: 'B' })]
}
