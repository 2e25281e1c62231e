import { render, screen } from '@testing-library/react'
import i18n from 'i18next'
import { afterEach, describe, expect, it } from 'vitest'
import type { FocusedRow } from '#client/lib/focus-units.ts'
import type { Focus } from './focus-controls.tsx'
import { FocusControls } from './focus-panel.tsx'

type Row = { name: string; rank: number; amongLoaded: boolean }

const row = (name: string, rank: number, position: number, amongLoaded = false) =>
  ({ name, rank, amongLoaded, position, highlighted: true }) satisfies FocusedRow<Row>

/** Two units the search found in a 600-commune cohort: one ranked by the decision, one not. */
function focusOf(rows: FocusedRow<Row>[]): Focus<Row> {
  return {
    size: 10,
    setSize: () => {},
    query: 'Thạnh Phú',
    setQuery: () => {},
    result: { rows, total: 600, focused: true, matches: rows.length },
    enabled: true,
  }
}

function status(rows: FocusedRow<Row>[]) {
  render(
    <FocusControls
      focus={focusOf(rows)}
      placeLabel="rank"
      placeOf={(r) => r.rank}
      rankSizeOf={(r) => ({ total: r.amongLoaded ? 12 : 600, amongLoaded: r.amongLoaded })}
    />,
  )
  return screen.getByRole('status').textContent
}

describe('FocusControls', () => {
  afterEach(() => i18n.changeLanguage('vi'))

  it('gives each unit found its rank of the cohort, or of the units loaded where no decision ranked it', () => {
    expect(status([row('Xã Thạnh Phú', 3, 3), row('Xã Thạnh Phú Đông', 2, 590, true)])).toBe(
      'Đánh dấu: Xã Thạnh Phú (hạng 3/600); Xã Thạnh Phú Đông (hạng 2/12 trong số đã nhập)',
    )
  })

  it('says the same in English', async () => {
    await i18n.changeLanguage('en')
    expect(status([row('Thạnh Phú Đông', 2, 590, true)])).toMatch(/\(rank 2 of the 12 loaded\)/)
  })
})
