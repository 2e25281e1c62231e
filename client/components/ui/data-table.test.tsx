import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DataTable, sortRows, tableToCsvRows, type Column, type SortState } from './data-table.tsx'

type Row = { code: string; name: string; indexPct: number }

const PLACES = ['Thạnh Hóa', 'Đức Hòa', 'Bến Lức', 'Cần Giuộc', 'Mỹ Bình']
/** 5,000 communes; names repeat every 5 with a number, e.g. "Xã Thạnh Hóa 1". */
const rows: Row[] = Array.from({ length: 5000 }, (_, i) => ({
  code: `C${i + 1}`,
  name: `Xã ${PLACES[i % PLACES.length]} ${Math.floor(i / PLACES.length) + 1}`,
  indexPct: Math.round(((i * 7919) % 10000) / 100),
}))

const columns: Column<Row>[] = [
  { key: 'unit', header: 'Đơn vị', value: (r) => r.name, sortable: true },
  { key: 'indexPct', header: 'Chỉ số', value: (r) => r.indexPct, numeric: true, sortable: true },
]

function Sortable({ data }: { data: Row[] }) {
  const [sort, setSort] = useState<SortState>({ key: 'indexPct', dir: 'desc' })
  return (
    <DataTable
      caption="Xếp hạng"
      columns={columns}
      rows={data}
      rowKey={(r) => r.code}
      sort={sort}
      onSort={setSort}
      testId="big"
    />
  )
}

describe('DataTable with thousands of rows', () => {
  // jsdom does no layout: give the scrolling region the 600 px a browser would.
  const clientHeight = Object.getOwnPropertyDescriptor(Element.prototype, 'clientHeight')
  beforeAll(() => {
    Object.defineProperty(Element.prototype, 'clientHeight', {
      configurable: true,
      get(this: Element) {
        return this.classList.contains('virtual') ? 600 : 0
      },
    })
  })
  afterAll(() => {
    if (clientHeight) Object.defineProperty(Element.prototype, 'clientHeight', clientHeight)
  })

  it('draws only a window of rows and says how many there are', async () => {
    render(<Sortable data={rows} />)
    // The virtualiser is loaded on demand; until then the first rows stand in.
    await waitFor(
      () => expect(screen.getByTestId('big')).toHaveAttribute('aria-rowcount', '5001'),
      { timeout: 5000 },
    )
    const table = screen.getByTestId('big')
    const bodyRows = within(table).getAllByRole('row').slice(1)
    expect(bodyRows.length).toBeGreaterThan(0)
    expect(bodyRows.length).toBeLessThan(100)
    expect(bodyRows[0]).toHaveAttribute('aria-rowindex', '2')
    // Sorted by index, highest first, before the window is cut.
    const top = Math.max(...rows.map((r) => r.indexPct))
    expect(within(bodyRows[0] as HTMLElement).getAllByRole('cell')[1]).toHaveTextContent(
      String(top),
    )
    expect(screen.getByRole('columnheader', { name: /Chỉ số/ })).toHaveAttribute(
      'aria-sort',
      'descending',
    )
    expect(screen.getByRole('region', { name: 'Xếp hạng' })).toHaveAttribute('tabindex', '0')
  })

  it('narrows to the searched name, ignoring diacritics', async () => {
    const user = userEvent.setup()
    render(<Sortable data={rows} />)
    await screen.findByTestId('big')
    await user.type(screen.getByRole('searchbox', { name: 'Tìm theo tên đơn vị' }), 'thanh hoa 12')
    // "Xã Thạnh Hóa 12" and "… 120"–"… 129", "… 1200" and so on, not "… 312": every name with a
    // word that begins with each word searched.
    const expected = rows.filter(
      (r) => r.name.startsWith('Xã Thạnh Hóa') && r.name.split(' ').at(-1)?.startsWith('12'),
    )
    await waitFor(() =>
      expect(within(screen.getByTestId('big')).getAllByRole('row')).toHaveLength(
        expected.length + 1,
      ),
    )
    expect(screen.getByRole('status')).toHaveTextContent(
      `${expected.length} trên 5.000 đơn vị khớp`,
    )
    expect(screen.getByRole('cell', { name: 'Xã Thạnh Hóa 12' })).toBeInTheDocument()
    // Small enough now to draw every row, without the virtual row indexes.
    expect(screen.getByTestId('big')).not.toHaveAttribute('aria-rowcount')
    await user.clear(screen.getByRole('searchbox'))
    await user.type(screen.getByRole('searchbox'), 'không có')
    expect(await screen.findByText('Không có đơn vị nào khớp với “không có”.')).toBeInTheDocument()
  })

  it('keeps small tables whole, without a search box', () => {
    render(<Sortable data={rows.slice(0, 15)} />)
    expect(within(screen.getByTestId('big')).getAllByRole('row')).toHaveLength(16)
    expect(screen.queryByRole('searchbox')).toBeNull()
    expect(screen.getByTestId('big')).not.toHaveAttribute('aria-rowcount')
  })
})

describe('sortRows', () => {
  it('sorts names with Vietnamese collation and keeps nulls last', () => {
    const names = ['Đức Hòa', 'Bến Lức', 'Cần Giuộc', 'Kiến Tường'].map((name, i) => ({
      code: String(i),
      name,
      indexPct: i,
    }))
    expect(sortRows(names, columns, { key: 'unit', dir: 'asc' }).map((r) => r.name)).toEqual([
      'Bến Lức',
      'Cần Giuộc',
      'Đức Hòa',
      'Kiến Tường',
    ])
  })
})

describe('DataTable sorting through a slow owner', () => {
  it('toggles from the last click, not from the sort still on screen', async () => {
    const asked: SortState[] = []
    // The owner has not re-rendered yet (the sort lives in the URL): `sort` stays as it was.
    render(
      <DataTable
        caption="Xếp hạng"
        columns={columns}
        rows={rows.slice(0, 5)}
        rowKey={(r) => r.code}
        sort={undefined}
        onSort={(next) => asked.push(next)}
      />,
    )
    const header = screen.getByRole('button', { name: /Chỉ số/ })
    await userEvent.click(header)
    await userEvent.click(header)
    await userEvent.click(screen.getByRole('button', { name: /Đơn vị/ }))
    expect(asked).toEqual([
      { key: 'indexPct', dir: 'asc' },
      { key: 'indexPct', dir: 'desc' },
      { key: 'unit', dir: 'asc' },
    ])
  })
})

describe('tableToCsvRows', () => {
  type Row = { name: string; delta: number; rank: number; total: number }
  const columns: Column<Row>[] = [
    { key: 'name', header: 'Đơn vị', value: (r) => r.name },
    { key: 'delta', header: 'Tăng/giảm', value: (r) => r.delta, render: (r) => `+${r.delta}` },
    {
      key: 'rank',
      header: 'Hạng',
      value: (r) => r.rank,
      render: (r) => `${r.rank}/${r.total}`,
      csvAsShown: true,
    },
    { key: 'mark', header: '', value: () => null, noCsv: true },
  ]
  const rows: Row[] = [{ name: 'Tây Ninh', delta: -5.35, rank: 15, total: 34 }]

  it('writes raw numbers, with the decimal comma in Vietnamese, and a rank of its size in words', () => {
    expect(tableToCsvRows(columns, rows, 'vi')).toEqual({
      header: ['Đơn vị', 'Tăng/giảm', 'Hạng'],
      rows: [['Tây Ninh', '-5,35', '15 trên 34']],
    })
    expect(tableToCsvRows(columns, rows, 'en').rows).toEqual([['Tây Ninh', -5.35, '15 of 34']])
  })
})

describe('DataTable columns only its file writes', () => {
  const withShare: Column<Row>[] = [
    ...columns,
    {
      key: 'share',
      header: 'Tỷ lệ (%)',
      value: (r) => r.indexPct / 2,
      numeric: true,
      csvOnly: true,
    },
  ]

  it('draws the table without them and writes them to the CSV', () => {
    render(
      <DataTable
        caption="Nhiệm vụ"
        columns={withShare}
        rows={rows.slice(0, 2)}
        rowKey={(r) => r.code}
      />,
    )
    const table = screen.getByRole('table', { name: 'Nhiệm vụ' })
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Đơn vị', 'Chỉ số'])
    expect(tableToCsvRows(withShare, rows.slice(0, 1), 'en').header).toEqual([
      'Đơn vị',
      'Chỉ số',
      'Tỷ lệ (%)',
    ])
  })
})

describe('DataTable’s “More columns” toggle', () => {
  const withExtra: Column<Row>[] = [
    columns[0] as Column<Row>,
    { ...(columns[1] as Column<Row>), extra: true },
  ]
  const twoTables = (captionHidden?: boolean) =>
    render(
      <>
        <DataTable
          caption="Bảng trên"
          columns={columns}
          rows={rows.slice(0, 2)}
          rowKey={(r) => r.code}
        />
        <DataTable
          caption="Bảng dưới"
          captionHidden={captionHidden}
          columns={withExtra}
          rows={rows.slice(0, 2)}
          rowKey={(r) => r.code}
        />
      </>,
    )

  it('sits in its own table’s block, after that table’s caption text, not after the table above', () => {
    const { container } = twoTables()
    const [above, below] = [...container.querySelectorAll('.table-block')]
    const toggle = screen.getByRole('button', { name: 'Thêm cột' })
    expect(above?.contains(toggle)).toBe(false)
    expect(below?.contains(toggle)).toBe(true)
    expect(below?.contains(screen.getByRole('table', { name: 'Bảng dưới' }))).toBe(true)
    // The caption's text heads the block, the toggle beside it (the phone's layout, data-table.css).
    const heading = toggle.parentElement
    expect(heading?.className).toBe('table-heading')
    expect(heading?.firstElementChild?.textContent).toBe('Bảng dưới')
    expect(heading?.firstElementChild?.getAttribute('aria-hidden')).toBe('true')
    // Readers still meet one table named by its caption.
    expect(screen.getAllByRole('table', { name: 'Bảng dưới' })).toHaveLength(1)
  })

  it('stays just above its table when the caption is hidden', () => {
    const { container } = twoTables(true)
    const below = container.querySelectorAll('.table-block')[1]
    const toggle = screen.getByRole('button', { name: 'Thêm cột' })
    expect(toggle.parentElement).toBe(below)
    expect(toggle.nextElementSibling?.querySelector('table')).toBe(
      screen.getByRole('table', { name: 'Bảng dưới' }),
    )
  })
})
