// PostgreSQL runs the writers of the data one at a time: each waits for the write lock another
// holds, so it plans from what the other committed. SQLite's single connection serialises them
// by itself.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDb, type TestDb } from '#server/test/create-test-db.ts'
import {
  EDITOR,
  csv,
  importFile,
  loadBase,
} from '#server/features/imports/__fixtures__/fixture-db.ts'
import { setCohortStatus } from '#server/features/publications/publications.repository.ts'
import { inWriteTransaction } from './write-transaction.ts'

/** Holds the write lock until `release` is called. */
function holdWriteLock(t: TestDb) {
  let release = () => {}
  const held = new Promise<void>((resolve) => (release = resolve))
  let taken = () => {}
  const isTaken = new Promise<void>((resolve) => (taken = resolve))
  const done = inWriteTransaction(t.db, async () => {
    taken()
    await held
  })
  return { isTaken, release, done }
}

/** Whether `promise` settles within `ms`. */
async function settlesWithin(promise: Promise<unknown>, ms: number): Promise<boolean> {
  let settled = false
  void promise.then(
    () => (settled = true),
    () => (settled = true),
  )
  await new Promise((resolve) => setTimeout(resolve, ms))
  return settled
}

describe('the write transaction (postgres)', () => {
  let t: TestDb
  beforeAll(async () => {
    t = await createTestDb('postgres')
    await loadBase(t.db)
  })
  afterAll(() => t.destroy())

  it('makes an import wait for a write in progress, then plan from what it committed', async () => {
    const lock = holdWriteLock(t)
    await lock.isTaken
    const importing = importFile(
      t.db,
      'assessments',
      csv('unit_code,year,points', 'LA.TAN_AN,2024,80'),
    )
    expect(await settlesWithin(importing, 300)).toBe(false)
    lock.release()
    await lock.done
    expect(await importing).toMatchObject({ inserted: 1 })
  })

  it('makes a publication wait for an import in progress', async () => {
    const lock = holdWriteLock(t)
    await lock.isTaken
    const publishing = setCohortStatus(
      t.db,
      {
        parentCode: 'LA',
        kind: 'DISTRICT',
        year: 2024,
        decisionNo: '1/QĐ-UBND',
        decisionDate: '2025-01-15',
      },
      'PUBLISHED',
      EDITOR,
    )
    expect(await settlesWithin(publishing, 300)).toBe(false)
    lock.release()
    await lock.done
    await publishing
    const row = await t.db
      .selectFrom('assessment')
      .select(['status', 'decision_no'])
      .where('unit_code', '=', 'LA.TAN_AN')
      .where('year', '=', 2024)
      .executeTakeFirstOrThrow()
    expect(row).toEqual({ status: 'PUBLISHED', decision_no: '1/QĐ-UBND' })
  })

  it('lets reads through while a write holds the lock', async () => {
    const lock = holdWriteLock(t)
    await lock.isTaken
    const read = t.db.selectFrom('unit').select('code').limit(1).execute()
    expect(await settlesWithin(read, 300)).toBe(true)
    lock.release()
    await lock.done
  })
})
