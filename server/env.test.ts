import { describe, expect, it } from 'vitest'
import { parseEnv } from './env.ts'

describe('environment', () => {
  it('takes trusted proxies as addresses and CIDR ranges', () => {
    expect(parseEnv({ TRUSTED_PROXIES: '10.0.0.0/8, ::1' }).TRUSTED_PROXIES).toBe('10.0.0.0/8, ::1')
    expect(parseEnv({}).TRUSTED_PROXIES).toBeUndefined()
  })

  it('stops on a trusted proxy that is not an address, naming the variable and the entry', () => {
    expect(() => parseEnv({ TRUSTED_PROXIES: '10.0.0.5, balancer.internal' })).toThrow(
      'Invalid TRUSTED_PROXIES: "balancer.internal" is not an IP address or a CIDR range',
    )
  })
})
