// The address a request comes from, for the login rate limit (docs/security.md). Behind a
// reverse proxy or load balancer every TCP connection comes from the proxy, so a limit keyed by
// the TCP peer would let one user's failures lock everyone out. X-Forwarded-For names the real
// client, but anyone can send that header: it is read only through proxies the operator lists
// in TRUSTED_PROXIES, from the right (the hop the nearest proxy saw), stopping at the first
// address that is not a trusted proxy — what a client wrote further left is never believed.
import { BlockList, isIP } from 'node:net'

export type ClientAddressResolver = (
  peer: string | null,
  forwardedFor: string | undefined,
) => string | null

/**
 * `::ffff:10.0.0.5` (how Node reports IPv4 peers on a dual-stack socket) → `10.0.0.5`; a hop
 * some proxies write with its port (`203.0.113.7:5555`, `[2001:db8::7]:443`) → the address.
 */
function plainAddress(address: string): string {
  const unported =
    /^\[([^\]]+)\](?::\d+)?$/.exec(address)?.[1] ??
    /^(\d+\.\d+\.\d+\.\d+):\d+$/.exec(address)?.[1] ??
    address
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(unported)
  return mapped?.[1] ?? unported
}

function family(address: string): 'ipv4' | 'ipv6' | null {
  const version = isIP(address)
  return version === 4 ? 'ipv4' : version === 6 ? 'ipv6' : null
}

/**
 * The trusted proxies from a comma-separated list of addresses and CIDR ranges
 * (`10.0.0.5, 10.20.0.0/28, fd00:1::/120`); throws naming the first entry that is neither. Only
 * the proxies' own addresses belong here: a client inside a listed range could write its own
 * X-Forwarded-For and be believed, so a range of 0 bits (everyone) is refused.
 */
export function parseTrustedProxies(list: string | undefined): BlockList | null {
  const entries = (list ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
  if (entries.length === 0) return null
  const proxies = new BlockList()
  for (const entry of entries) {
    const [address = '', prefix, extra] = entry.split('/')
    const type = family(address)
    const bits = prefix === undefined ? null : Number(prefix)
    const maxBits = type === 'ipv4' ? 32 : 128
    if (
      type === null ||
      extra !== undefined ||
      (bits !== null && (!/^\d+$/.test(prefix ?? '') || bits > maxBits))
    )
      throw new Error(`"${entry}" is not an IP address or a CIDR range (e.g. 10.20.0.0/28)`)
    if (bits === 0)
      throw new Error(`"${entry}" would trust every address: list the proxies' own addresses`)
    if (bits === null) proxies.addAddress(address, type)
    else proxies.addSubnet(address, bits, type)
  }
  return proxies
}

/**
 * Resolves the client's address from the TCP peer and X-Forwarded-For. Without trusted proxies
 * the peer is the client. A malformed hop ends the walk at the last address known to be real.
 */
export function clientAddressResolver(proxies: BlockList | null): ClientAddressResolver {
  const trusted = (address: string) => {
    const type = family(address)
    return type !== null && proxies !== null && proxies.check(address, type)
  }
  return (peer, forwardedFor) => {
    if (peer === null) return null
    let client = plainAddress(peer)
    if (!proxies || !forwardedFor) return client
    const hops = forwardedFor.split(',').map((hop) => plainAddress(hop.trim()))
    while (trusted(client)) {
      const next = hops.pop()
      if (next === undefined || family(next) === null) break
      client = next
    }
    return client
  }
}
