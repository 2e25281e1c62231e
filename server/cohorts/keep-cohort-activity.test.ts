// What a write of task results and grants adds to its unit-years' stored sums (ADR 044), and the
// writes whose units are rebuilt instead. The stored rows it keeps are checked against a recount
// on both engines in store-cohort-activity.test.ts.
import { describe, expect, it } from 'vitest'
import { activityDeltaOf, type WrittenChange } from './keep-cohort-activity.ts'

const task = (year: number, field: string, done: number, late = 0) => ({
  unit_code: 'LA.TAN_AN',
  year,
  field_code: field,
  done_on_time: done,
  done_late: late,
  in_progress: 0,
  overdue: 0,
  not_started: 1,
  cancelled: 0,
})
const grant = (key: string, type: string, count: number | null) => ({
  unit_code: 'LA.TAN_AN',
  year: 2024,
  grant_key: key,
  recipient_type: type,
  count,
})
const change = (
  entity: string,
  key: string,
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
): WrittenChange => ({ entity, key, before, after })

describe('activityDeltaOf', () => {
  it('adds what was put in and takes what was taken out, per unit-year', () => {
    const delta = activityDeltaOf([
      change('task_result', 'a', null, task(2024, '', 3, 1)),
      change('task_result', 'b', task(2024, 'F1', 2), task(2024, 'F1', 5)),
      change('award_grant', 'c', null, grant('c', 'INDIVIDUAL', 2)),
      change('award_grant', 'd', grant('d', 'COLLECTIVE', 4), grant('d', 'HOUSEHOLD', 1)),
      change('award_grant', 'e', null, grant('e', 'COLLECTIVE', null)),
      change('task_result', 'f', null, task(2023, '', 1)),
    ])
    expect(delta?.get('LA.TAN_AN|2024')?.sums).toEqual({
      task_rows: 1,
      done_on_time: 6,
      done_late: 1,
      in_progress: 0,
      overdue: 0,
      not_started: 1,
      cancelled: 0,
      grant_rows: 2,
      award_total: -1,
      award_collective: -4,
      award_individual: 2,
      award_household: 1,
    })
    expect(delta?.get('LA.TAN_AN|2023')?.sums).toMatchObject({ task_rows: 1, done_on_time: 1 })
    expect(delta?.size).toBe(2)
  })

  it('is null for a write that can move units between cohorts or cannot be summed', () => {
    const tasks = change('task_result', 'a', null, task(2024, '', 3))
    expect(activityDeltaOf([tasks])).not.toBeNull()
    expect(activityDeltaOf([tasks, change('unit_placement', 'p', null, {})])).toBeNull()
    expect(activityDeltaOf([tasks, change('assessment', 's', null, {})])).toBeNull()
    // The same row twice, a row without its key, an image without a column summed.
    expect(activityDeltaOf([tasks, tasks])).toBeNull()
    expect(activityDeltaOf([{ ...tasks, key: undefined }])).toBeNull()
    const { cancelled: _, ...withoutCancelled } = task(2024, '', 3)
    expect(activityDeltaOf([change('task_result', 'a', null, withoutCancelled)])).toBeNull()
    expect(
      activityDeltaOf([change('award_grant', 'c', null, { unit_code: 'X', year: 2024 })]),
    ).toBeNull()
    for (const year of ['x', '', ' ', null, undefined])
      expect(
        activityDeltaOf([change('task_result', 'a', null, { ...task(2024, '', 1), year })]),
      ).toBeNull()
    // A grant written as part of another entity's change.
    expect(
      activityDeltaOf([
        { ...tasks, writes: [{ entity: 'award_grant', row: grant('c', 'INDIVIDUAL', 1) }] },
      ]),
    ).toBeNull()
  })
})
