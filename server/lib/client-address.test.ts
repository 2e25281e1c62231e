import { describe, expect, it } from 'vitest'
import { clientAddressResolver, parseTrustedProxies } from './client-address.ts'

describe('client address', () => {
  const behind = (list: string) => clientAddressResolver(parseTrustedProxies(list))

  it('is the TCP peer when no proxy is trusted, whatever the header says', () => {
    const resolve = clientAddressResolver(parseTrustedProxies(undefined))
    expect(resolve('203.0.113.9', '198.51.100.1')).toBe('203.0.113.9')
    expect(resolve('::ffff:203.0.113.9', undefined)).toBe('203.0.113.9')
    expect(resolve(null, '198.51.100.1')).toBeNull()
    expect(parseTrustedProxies(' , ')).toBeNull()
  })

  it('takes the forwarded client through a trusted proxy', () => {
    const resolve = behind('10.0.0.5')
    expect(resolve('10.0.0.5', '198.51.100.1')).toBe('198.51.100.1')
    expect(resolve('::ffff:10.0.0.5', ' 198.51.100.1 ')).toBe('198.51.100.1')
    // No header: the proxy is all that is known.
    expect(resolve('10.0.0.5', undefined)).toBe('10.0.0.5')
  })

  it('ignores the header from a peer that is not a trusted proxy', () => {
    expect(behind('10.0.0.5')('203.0.113.9', '198.51.100.1')).toBe('203.0.113.9')
  })

  it('walks from the right through trusted hops and never believes what a client prepended', () => {
    const resolve = behind('10.0.0.0/8, 192.168.1.1')
    // client → CDN edge 192.168.1.1 → balancer 10.0.0.5 → us; the client forged 1.2.3.4.
    expect(resolve('10.0.0.5', '1.2.3.4, 198.51.100.1, 192.168.1.1')).toBe('198.51.100.1')
    // Every hop trusted: the leftmost is the best there is.
    expect(resolve('10.0.0.5', '10.9.9.9, 192.168.1.1')).toBe('10.9.9.9')
    // A malformed hop stops the walk at the last real address.
    expect(resolve('10.0.0.5', '198.51.100.1, unknown')).toBe('10.0.0.5')
    expect(resolve('10.0.0.5', '198.51.100.1, ')).toBe('10.0.0.5')
  })

  it('reads a hop written with its port', () => {
    const resolve = behind('10.0.0.5')
    expect(resolve('10.0.0.5', '203.0.113.7:5555')).toBe('203.0.113.7')
    expect(resolve('10.0.0.5', '[2001:db8::7]:443')).toBe('2001:db8::7')
    expect(resolve('10.0.0.5', '[2001:db8::7]')).toBe('2001:db8::7')
  })

  it('understands IPv6 addresses and ranges', () => {
    const resolve = behind('fd00::/8, ::1')
    expect(resolve('::1', '2001:db8::7')).toBe('2001:db8::7')
    expect(resolve('fd12::3', '2001:db8::7, fd00::1')).toBe('2001:db8::7')
    expect(resolve('2001:db8::9', '2001:db8::7')).toBe('2001:db8::9')
  })

  it('refuses an entry that is neither an address nor a CIDR range, naming it', () => {
    expect(() => parseTrustedProxies('10.0.0.5, proxy.local')).toThrow(
      '"proxy.local" is not an IP address or a CIDR range',
    )
    expect(() => parseTrustedProxies('10.0.0.0/33')).toThrow('"10.0.0.0/33"')
    expect(() => parseTrustedProxies('10.0.0.0/8/1')).toThrow('"10.0.0.0/8/1"')
    expect(() => parseTrustedProxies('10.0.0.0/x')).toThrow('"10.0.0.0/x"')
    expect(() => parseTrustedProxies('0.0.0.0/0')).toThrow('"0.0.0.0/0" would trust every address')
    expect(() => parseTrustedProxies('::/0')).toThrow('would trust every address')
  })
})
