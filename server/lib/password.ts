// Password hashing with scrypt (memory-hard, in node:crypto). Stored as
// `scrypt$N$r$p$salt$hash` (base64url) so the cost can be raised later without a migration:
// verification reads the parameters from the stored value.
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto'
import { createRequire } from 'node:module'
import type * as CommonLanguageModule from '@zxcvbn-ts/language-common'

type CommonLanguage = typeof CommonLanguageModule

const N = 2 ** 15
const R = 8
const P = 1
const KEY_LENGTH = 64
const SALT_BYTES = 16

function derive(password: string, salt: Buffer, n: number, r: number, p: number): Promise<Buffer> {
  // scrypt needs 128·N·r bytes; the default maxmem (32 MiB) is exactly that for N=2^15, r=8.
  const options: ScryptOptions = { N: n, r, p, maxmem: 256 * n * r }
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFC'), salt, KEY_LENGTH, options, (error, key) =>
      error ? reject(error) : resolve(key),
    )
  })
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(SALT_BYTES)
  const key = await derive(password, salt, N, R, P)
  return ['scrypt', N, R, P, salt.toString('base64url'), key.toString('base64url')].join('$')
}

/** Constant-time comparison; a malformed stored value never matches. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parts = stored.split('$')
  if (parts.length !== 6 || parts[0] !== 'scrypt') return false
  const [n, r, p] = parts.slice(1, 4).map(Number) as [number, number, number]
  if (![n, r, p].every((v) => Number.isInteger(v) && v > 0) || n > 2 ** 20) return false
  const salt = Buffer.from(parts[4]!, 'base64url')
  const expected = Buffer.from(parts[5]!, 'base64url')
  if (expected.length !== KEY_LENGTH) return false
  const actual = await derive(password, salt, n, r, p)
  return timingSafeEqual(actual, expected)
}

let dummyHash: Promise<string> | undefined

/** Burns the same time as a real check, so an unknown email is not faster than a wrong password. */
export async function verifyAgainstDummy(password: string): Promise<false> {
  dummyHash ??= hashPassword('dummy password that matches nothing')
  await verifyPassword(password, await dummyHash)
  return false
}

// Common passwords: zxcvbn-ts's list (about 49,000, from leaked-password frequency lists),
// loaded once, lower-cased. Shipped inside the npm package; nothing is fetched at run time.
// Required on the first check, not imported: its dictionaries are 18 MB of the server's memory,
// and a server that sets no password since it started never needs them.
let common: Set<string> | undefined
function commonPasswords(): Set<string> {
  if (!common) {
    const { dictionary } = createRequire(import.meta.url)(
      '@zxcvbn-ts/language-common',
    ) as CommonLanguage
    common = new Set(dictionary['passwords-common'].map((p) => p.toLowerCase()))
  }
  return common
}

// Runs people type as "sequences": alphabet, digits and the keyboard rows, both directions.
const SEQUENCES = [
  'abcdefghijklmnopqrstuvwxyz',
  '01234567890123456789',
  'qwertyuiopasdfghjklzxcvbnm',
  'qwertyuiop',
  'asdfghjkl',
  'zxcvbnm',
  '1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik9ol0p',
]

function isSequence(text: string): boolean {
  return (
    text.length >= 6 &&
    SEQUENCES.some((s) => s.includes(text) || [...s].reverse().join('').includes(text))
  )
}

/** Letters and digits only, lower-cased: "Lan.Tran_2026" → "lantran2026". */
function alnum(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '')
}

/**
 * Why a new password is too easy to guess, or null when it is acceptable. The length rules
 * (PASSWORD_MIN_LENGTH) are the request schema's; these catch long but trivial passwords: a
 * common one (also with digits or symbols added at either end), one character or a short
 * piece repeated, a sequence (abcdef…, 123456…, qwerty…), or the email's name part with
 * little added.
 */
export function passwordWeakness(password: string, email?: string): string | null {
  const text = password.normalize('NFC')
  const lower = text.toLowerCase()
  if (lower.trim() === '') return 'must not be only spaces'
  if (/^(.+?)\1+$/su.test(lower)) return 'must not be one character or a short part repeated'
  const core = lower.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '')
  if (commonPasswords().has(lower) || (core.length >= 4 && commonPasswords().has(core)))
    return 'is a commonly used password'
  if (isSequence(lower) || isSequence(alnum(lower)))
    return 'must not be a sequence like 123456 or qwerty'
  // The email's name part with little else: "lan.tran2026" for lan.tran@…, not "Lan" in a phrase.
  const local = alnum(email?.split('@')[0] ?? '')
  const rest = alnum(text).replace(local, '').replace(/\P{L}/gu, '')
  if (local.length >= 3 && alnum(text).includes(local) && rest.length < 4)
    return 'must not be the name part of the email with little added'
  return null
}
