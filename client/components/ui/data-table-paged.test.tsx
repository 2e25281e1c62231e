import { render, screen } from '@testing-library/react'
import { useState } from 'react'
import { describe, expect, it, vi } from 'vitest'
import type { Column } from './data-table.tsx'
import { PagedTable } from './data-table-paged.tsx'

type Row = { code: string; name: string }

const UNITS: Row[] = Array.from({ length: 15 }, (_, i) => ({
  code: `U${i + 1}`,
  name: `Huyện ${i + 1}`,
}))
const columns: Column<Row>[] = [{ key: 'name', header: 'Đơn vị', value: (r) => r.name }]

/** A table of 15 rows whose page lives in state, as the URL holds it for a cohort page. */
function Table({
  initialPage,
  onPage,
}: {
  initialPage: number
  onPage: (page: number, correction?: boolean) => void
}) {
  const [page, setPage] = useState(initialPage)
  return (
    <PagedTable
      caption="Xếp hạng"
      columns={columns}
      // The server answers a page past the end with no rows.
      rows={page === 1 ? UNITS : []}
      rowKey={(r) => r.code}
      sort={{ key: 'name', dir: 'asc' }}
      onSort={() => {}}
      query=""
      onQuery={() => {}}
      page={page}
      onPage={(next, correction) => {
        onPage(next, correction)
        setPage(next)
      }}
      matched={UNITS.length}
      total={UNITS.length}
      testId="paged"
    />
  )
}

describe('PagedTable on a page past the end of its list', () => {
  it('opens the last page instead of an empty one', () => {
    const onPage = vi.fn()
    render(<Table initialPage={3} onPage={onPage} />)
    expect(onPage).toHaveBeenCalledWith(1, true)
    expect(screen.getByTestId('paged-status')).toHaveTextContent('Dòng 1–15 trên 15')
    expect(screen.getByTestId('paged').querySelectorAll('tbody tr')).toHaveLength(15)
  })

  it('says so while the last page is on its way', () => {
    render(
      <PagedTable
        caption="Xếp hạng"
        columns={columns}
        rows={[]}
        rowKey={(r) => r.code}
        sort={{ key: 'name', dir: 'asc' }}
        onSort={() => {}}
        query=""
        onQuery={() => {}}
        page={3}
        onPage={() => {}}
        matched={15}
        total={15}
        testId="paged"
      />,
    )
    expect(screen.getByTestId('paged-status')).toHaveTextContent(
      'Không có trang 3 (trang cuối là trang 1); đang mở trang 1.',
    )
  })

  it('leaves a page within the list as it is', () => {
    const onPage = vi.fn()
    render(<Table initialPage={1} onPage={onPage} />)
    expect(onPage).not.toHaveBeenCalled()
  })
})
