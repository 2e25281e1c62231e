import { describe, expect, it } from 'vitest'
import { hashPassword, passwordWeakness, verifyPassword } from './password.ts'

describe('password hashing', () => {
  it('stores scrypt parameters, salt and hash, and verifies the right password only', async () => {
    const stored = await hashPassword('mật khẩu đủ dài')
    expect(stored).toMatch(/^scrypt\$32768\$8\$1\$[\w-]{22}\$[\w-]{86}$/)
    expect(await verifyPassword('mật khẩu đủ dài', stored)).toBe(true)
    expect(await verifyPassword('mật khẩu đủ dài ', stored)).toBe(false)
    expect(await verifyPassword('', stored)).toBe(false)
  })

  it('salts every hash', async () => {
    expect(await hashPassword('same password')).not.toBe(await hashPassword('same password'))
  })

  it('matches NFC and NFD spellings of the same Vietnamese password', async () => {
    const stored = await hashPassword('Nguyễn Văn A 2026'.normalize('NFD'))
    expect(await verifyPassword('Nguyễn Văn A 2026'.normalize('NFC'), stored)).toBe(true)
  })

  it('never matches a malformed stored value', async () => {
    for (const bad of [
      '',
      'plain',
      'bcrypt$1$2$3$4$5',
      'scrypt$x$8$1$AAAA$BBBB',
      'scrypt$32768$8$1$AAAA$BBBB',
    ]) {
      expect(await verifyPassword('anything at all', bad)).toBe(false)
    }
  })
})

describe('passwordWeakness', () => {
  it.each([
    ['password12', 'is a commonly used password'],
    ['1234567890', 'is a commonly used password'],
    ['Dragon2026!!', 'is a commonly used password'],
    ['P@ssw0rd2026', 'is a commonly used password'],
    ['aaaaaaaaaa', 'must not be one character or a short part repeated'],
    ['abcabcabcabc', 'must not be one character or a short part repeated'],
    [' '.repeat(10), 'must not be only spaces'],
    ['abcdefghijkl', 'must not be a sequence like 123456 or qwerty'],
    ['9876543210', 'must not be a sequence like 123456 or qwerty'],
    ['a-s-d-f-g-h-j-k', 'must not be a sequence like 123456 or qwerty'],
    ['lan.tran2026', 'must not be the name part of the email with little added'],
  ])('refuses %j: %s', (password, reason) => {
    expect(passwordWeakness(password, 'lan.tran@so-noi-vu.vn')).toBe(reason)
  })

  it.each([
    'mật khẩu của Lan 2026',
    'correct horse battery',
    'tre xanh 9',
    'quan-tri-e2e-2026',
    'Nguyễn Văn A 2026',
  ])('accepts %j', (password) => {
    expect(passwordWeakness(password, 'lan.tran@so-noi-vu.vn')).toBeNull()
  })
})
