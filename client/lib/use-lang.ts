import { useTranslation } from 'react-i18next'
import { type Language, languageOf } from './format.ts'

/** The current UI language as a typed code. */
export function useLang(): Language {
  const { i18n } = useTranslation()
  return languageOf(i18n.language)
}

/** Picks the label of a shared/domain label map entry. */
export function pickLabel(
  label: { vi: string; en: string } | undefined,
  lang: Language,
  fallback = '',
) {
  return label ? label[lang] : fallback
}
