import { z } from 'zod'

/**
 * Control characters no input may hold: C0 except tab, line feed and carriage return, DEL and
 * C1. PostgreSQL refuses U+0000 in text (a 500 on any path that stores or compares it), and
 * the others are invisible in the SPA, CSV and spreadsheets.
 */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/
/** Single-line text refuses tab and line breaks as well. */
const CONTROL_OR_BREAK = /[\u0000-\u001F\u007F-\u009F]/

/** Index of the first control character (tab and line breaks allowed when `multiline`), or -1. */
export function controlCharacterAt(text: string, multiline = true): number {
  const match = (multiline ? CONTROL : CONTROL_OR_BREAK).exec(text)
  return match ? match.index : -1
}

/** `U+0000`: how a message names a character a person cannot see. */
export function describeCharacter(text: string, at: number): string {
  return `U+${(text.codePointAt(at) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`
}

/** Lengths of free text, in characters. */
export const TEXT_MAX = {
  /** Codes of units, fields, grades, criteria. */
  code: 100,
  /** Decision numbers ("123/QĐ-UBND"). */
  decisionNo: 100,
  /** Names of units, schemes, people, labels. */
  name: 300,
  /** Notes and other multi-line text. */
  note: 5000,
} as const

const CONTROL_MESSAGE = 'must not contain control characters'

/** One line of text: trimmed, at most `max` characters, no control characters, tab or breaks. */
export function lineText(max: number = TEXT_MAX.name) {
  return z
    .string()
    .trim()
    .max(max, `must be at most ${max} characters`)
    .refine((s) => controlCharacterAt(s, false) === -1, CONTROL_MESSAGE)
}

/** Text that may span lines: tab and line breaks allowed, other control characters not. */
export function multilineText(max: number = TEXT_MAX.note) {
  return z
    .string()
    .max(max, `must be at most ${max} characters`)
    .refine((s) => controlCharacterAt(s) === -1, CONTROL_MESSAGE)
}

/**
 * The first string in a request value (query, params, JSON) holding a control character other
 * than tab and line breaks, as its path and the character. Every validated input goes through
 * it (server/lib/validate.ts), so no field can carry U+0000 to the database even where its
 * schema forgot.
 */
export function findControlCharacter(
  value: unknown,
  path: (string | number)[] = [],
): { path: (string | number)[]; char: string } | null {
  if (typeof value === 'string') {
    const at = controlCharacterAt(value)
    return at === -1 ? null : { path, char: describeCharacter(value, at) }
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findControlCharacter(value[i], [...path, i])
      if (found) return found
    }
    return null
  }
  if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const inKey = controlCharacterAt(key)
      if (inKey !== -1) return { path: [...path, key], char: describeCharacter(key, inKey) }
      const found = findControlCharacter(item, [...path, key])
      if (found) return found
    }
  }
  return null
}
