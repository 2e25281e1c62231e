// Login throttling, in the database so every instance sees the same attempts (ADR 005).
// An attempt is written *before* its password is checked and then counted with every other
// attempt already written: of N simultaneous guesses only the first LIMIT to be stored can see a
// count within the limit, so no burst gets more checks than the limit allows. A refused attempt
// is deleted again, so hammering a locked key does not extend its lock.
import type { Kysely, Transaction } from 'kysely'
import type { Database } from '#server/db/schema.ts'
import { recordAudit } from '#server/features/audit/audit.repository.ts'

/** Failed attempts for one account from one address within the window, then 429. */
export const ACCOUNT_ADDRESS_LIMIT = 5
/** Failed attempts from one address (any accounts) within the window, then 429. */
export const ADDRESS_LIMIT = 20
/** Failed attempts for one account (any addresses) after which new addresses are slowed. */
export const ACCOUNT_SOFT_LIMIT = 10
/** The longest spacing the slow-down imposes between attempts from new addresses. */
export const MAX_SLOW_DOWN_SECONDS = 60
export const ATTEMPT_WINDOW_MS = 15 * 60_000
/** How long an address where the account signed in stays exempt from the slow-down. */
export const KNOWN_ADDRESS_MS = 30 * 24 * 3_600_000

const ATTEMPT = 'ATTEMPT'
const SIGNED_IN = 'SIGNED_IN'

type Db = Kysely<Database>

export type Attempt = {
  id: string
  account: string
  address: string
  at: Date
  /** Counts seen when admitted, own attempt included. */
  seen: { accountAddress: number; address: number; account: number }
}

export type Admission = { admitted: true; attempt: Attempt } | { admitted: false; wait: number }

type Row = {
  id: string
  account: string | null
  address: string | null
  status: string | null
  at: string
}

/** Seconds until enough of the oldest `rows` leave the window for `limit` to be free again. */
function waitFor(rows: Row[], limit: number, now: Date): number {
  const freeing = rows[rows.length - limit]
  if (!freeing) return 0
  return Math.ceil((Date.parse(freeing.at) + ATTEMPT_WINDOW_MS - now.getTime()) / 1000)
}

/** Spacing between attempts from new addresses once the account is over its soft limit. */
export function slowDownSeconds(accountFailures: number): number {
  if (accountFailures < ACCOUNT_SOFT_LIMIT) return 0
  // 5 s at the soft limit, doubling with each further failure: 5, 10, 20, 40, then 60 s.
  return Math.min(5 * 2 ** (accountFailures - ACCOUNT_SOFT_LIMIT), MAX_SLOW_DOWN_SECONDS)
}

async function isKnownAddress(db: Db, account: string, address: string, now: Date) {
  if (address === '') return false
  const row = await db
    .selectFrom('login_attempt')
    .select('id')
    .where('attempt_key', '=', SIGNED_IN)
    .where('account', '=', account)
    .where('address', '=', address)
    .where('at', '>', new Date(now.getTime() - KNOWN_ADDRESS_MS).toISOString())
    .executeTakeFirst()
  return row !== undefined
}

/**
 * Stores the attempt, then decides from everything stored so far (itself included): refused when
 * its account and address, or its address, already used their limit, or when the account is over
 * its soft limit and another new address tried within the slow-down spacing. Addresses the
 * account signed in from are never slowed, so a stranger cannot lock the real user out.
 */
export async function admitAttempt(
  db: Db,
  account: string,
  address: string,
  now = new Date(),
): Promise<Admission> {
  const known = await isKnownAddress(db, account, address, now)
  const id = crypto.randomUUID()
  await db
    .insertInto('login_attempt')
    .values({
      id,
      attempt_key: ATTEMPT,
      at: now.toISOString(),
      account,
      address,
      address_status: known ? 'KNOWN' : 'NEW',
    })
    .execute()
  const rows: Row[] = await db
    .selectFrom('login_attempt')
    .select(['id', 'account', 'address', 'address_status as status', 'at'])
    .where('attempt_key', '=', ATTEMPT)
    .where('at', '>', new Date(now.getTime() - ATTEMPT_WINDOW_MS).toISOString())
    .where((eb) =>
      address === ''
        ? eb('account', '=', account)
        : eb.or([eb('account', '=', account), eb('address', '=', address)]),
    )
    .orderBy('at')
    .orderBy('id')
    .execute()
  const byPair = rows.filter((r) => r.account === account && r.address === address)
  const byAddress = address === '' ? [] : rows.filter((r) => r.address === address)
  const byAccount = rows.filter((r) => r.account === account)
  const others = (list: Row[]) => list.filter((r) => r.id !== id)
  let wait = 0
  if (byPair.length > ACCOUNT_ADDRESS_LIMIT)
    wait = Math.max(wait, waitFor(others(byPair), ACCOUNT_ADDRESS_LIMIT, now))
  if (byAddress.length > ADDRESS_LIMIT)
    wait = Math.max(wait, waitFor(others(byAddress), ADDRESS_LIMIT, now))
  // An address over its own limit is refused anyway: a flood from it, in flight, must neither
  // count as more than the limit's failures nor take the turn of the user's new address.
  const perAddress = new Map<string | null, number>()
  for (const r of others(byAccount)) perAddress.set(r.address, (perAddress.get(r.address) ?? 0) + 1)
  const inLimit = (r: Row) => (perAddress.get(r.address) ?? 0) <= ACCOUNT_ADDRESS_LIMIT
  let accountFailures = 0
  for (const n of perAddress.values()) accountFailures += Math.min(n, ACCOUNT_ADDRESS_LIMIT)
  const spacing = slowDownSeconds(accountFailures)
  if (!known && spacing > 0) {
    const since = now.getTime() - spacing * 1000
    const recent = others(byAccount).filter(
      (r) => r.status === 'NEW' && inLimit(r) && Date.parse(r.at) > since,
    )
    const last = recent.at(-1)
    if (last) wait = Math.max(wait, Math.ceil((Date.parse(last.at) - since) / 1000))
  }
  if (wait > 0 || byPair.length > ACCOUNT_ADDRESS_LIMIT || byAddress.length > ADDRESS_LIMIT) {
    await db.deleteFrom('login_attempt').where('id', '=', id).execute()
    return { admitted: false, wait: Math.max(wait, 1) }
  }
  const seen = {
    accountAddress: byPair.length,
    address: byAddress.length,
    account: accountFailures + 1,
  }
  return { admitted: true, attempt: { id, account, address, at: now, seen } }
}

/**
 * The password was wrong: the attempt stays counted. The failure that fills a limit writes an
 * audit entry (the system as actor), and old rows are pruned.
 */
export async function recordFailure(db: Db, attempt: Attempt): Promise<void> {
  const { account, address, seen } = attempt
  const until = new Date(attempt.at.getTime() + ATTEMPT_WINDOW_MS).toISOString()
  const locks = [
    seen.accountAddress === ACCOUNT_ADDRESS_LIMIT && {
      entityKey: account,
      after: { scope: 'ACCOUNT_ADDRESS', account, address, failures: seen.accountAddress, until },
    },
    address !== '' &&
      seen.address === ADDRESS_LIMIT && {
        entityKey: address,
        after: { scope: 'ADDRESS', address, failures: seen.address, until },
      },
    seen.account === ACCOUNT_SOFT_LIMIT && {
      entityKey: account,
      after: { scope: 'ACCOUNT_SLOW_DOWN', account, failures: seen.account, until },
    },
  ]
  for (const lock of locks) {
    if (lock) await recordAudit(db, { actor: null, action: 'LOGIN_LOCK', entity: 'login', ...lock })
  }
  await pruneAttempts(db, attempt.at)
}

/** Signed in: the attempt and this address's failures for the account are forgotten. */
export async function recordSuccess(db: Db, attempt: Attempt): Promise<void> {
  const { account, address, at } = attempt
  await db.transaction().execute(async (trx) => {
    await trx
      .deleteFrom('login_attempt')
      .where('attempt_key', '=', ATTEMPT)
      .where('account', '=', account)
      .where('address', '=', address)
      .execute()
    if (address === '') return
    // One row per account and address, its id derived from both: concurrent sign-ins upsert it.
    const id = `${SIGNED_IN}:${account}:${address}`
    await trx
      .insertInto('login_attempt')
      .values({
        id,
        attempt_key: SIGNED_IN,
        at: at.toISOString(),
        account,
        address,
        address_status: 'KNOWN',
      })
      .onConflict((oc) => oc.column('id').doUpdateSet({ at: at.toISOString() }))
      .execute()
  })
}

async function pruneAttempts(db: Db, now: Date): Promise<void> {
  const windowStart = new Date(now.getTime() - ATTEMPT_WINDOW_MS).toISOString()
  const knownStart = new Date(now.getTime() - KNOWN_ADDRESS_MS).toISOString()
  await db
    .deleteFrom('login_attempt')
    .where((eb) =>
      eb.or([
        eb.and([eb('attempt_key', '!=', SIGNED_IN), eb('at', '<=', windowStart)]),
        eb.and([eb('attempt_key', '=', SIGNED_IN), eb('at', '<=', knownStart)]),
      ]),
    )
    .execute()
}

/** Forgets every attempt on the account (all addresses); returns how many there were. */
export async function clearAccountAttempts(
  db: Db | Transaction<Database>,
  account: string,
): Promise<number> {
  const result = await db
    .deleteFrom('login_attempt')
    .where('attempt_key', '=', ATTEMPT)
    .where('account', '=', account)
    .executeTakeFirst()
  return Number(result.numDeletedRows)
}
