/** The two UI languages; Vietnamese is the default. */
export const LANGUAGES = ['vi', 'en'] as const
export type Language = (typeof LANGUAGES)[number]

const LOCALES: Record<Language, string> = { vi: 'vi-VN', en: 'en-GB' }

export function localeOf(lang: Language): string {
  return LOCALES[lang]
}

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value)
}

/** `value` as a UI language: Vietnamese, the default, for anything that is not one. */
export function languageOf(value: unknown): Language {
  return isLanguage(value) ? value : 'vi'
}
