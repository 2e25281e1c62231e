import { describe, expect, it } from 'vitest'
import { hashPassword, verifyPassword } from './password.ts'

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
