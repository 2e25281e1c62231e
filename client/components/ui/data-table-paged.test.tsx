import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import i18next from 'i18next'
import { useState } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
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

describe('PagedTable’s status for a search', () => {
  afterEach(() => i18next.changeLanguage('vi'))

  /** A search that found `matched` of the 15 units, their first page shown. */
  function Searched({ matched }: { matched: number }) {
    return (
      <PagedTable
        caption="Xếp hạng"
        columns={columns}
        rows={UNITS.slice(0, matched)}
        rowKey={(r) => r.code}
        sort={{ key: 'name', dir: 'asc' }}
        onSort={() => {}}
        query="thanh hoa"
        onQuery={() => {}}
        page={1}
        onPage={() => {}}
        matched={matched}
        total={UNITS.length}
        testId="paged"
      />
    )
  }

  it('says one unit found in the singular in English, as the most common search finds', async () => {
    await i18next.changeLanguage('en')
    const { rerender } = render(<Searched matched={1} />)
    expect(screen.getByTestId('paged-status')).toHaveTextContent(
      'Row 1 of 1 unit matching “thanh hoa” (15 in all)',
    )
    rerender(<Searched matched={4} />)
    expect(screen.getByTestId('paged-status')).toHaveTextContent(
      'Rows 1–4 of 4 units matching “thanh hoa” (15 in all)',
    )
  })

  it('says it in Vietnamese’s one form', () => {
    render(<Searched matched={1} />)
    expect(screen.getByTestId('paged-status')).toHaveTextContent(
      'Dòng 1–1 trên 1 đơn vị khớp “thanh hoa” (tổng 15)',
    )
  })
})

describe('PagedTable’s pager from the keyboard', () => {
  /** Two pages of 60 units, the page in state as the URL holds it. */
  function TwoPages() {
    const [page, setPage] = useState(1)
    return (
      <PagedTable
        caption="Xếp hạng"
        columns={columns}
        rows={UNITS}
        rowKey={(r) => r.code}
        sort={{ key: 'name', dir: 'asc' }}
        onSort={() => {}}
        query=""
        onQuery={() => {}}
        page={page}
        onPage={setPage}
        matched={60}
        total={60}
        testId="paged"
      />
    )
  }

  it('keeps the focus in the pager when the button pressed is disabled on the page it opens', async () => {
    const user = userEvent.setup()
    render(<TwoPages />)
    await user.click(screen.getByRole('button', { name: 'Sau ›' }))
    expect(screen.getByText('Trang 2/2')).toBeInTheDocument()
    // "Sau ›" is disabled on the last page: the focus goes to the way back.
    expect(screen.getByRole('button', { name: '‹ Trước' })).toHaveFocus()
    await user.click(screen.getByRole('button', { name: 'Trang đầu' }))
    expect(screen.getByRole('button', { name: 'Sau ›' })).toHaveFocus()
  })
})
