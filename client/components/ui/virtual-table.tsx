import { useVirtualizer } from '@tanstack/react-virtual'
import { useRef } from 'react'
import type { Column } from './data-table.tsx'
import { SpacerRow, TableHead, TableRow, tableClass } from './table-parts.tsx'
import type { TableViewProps } from './plain-table.tsx'

/** Every row's height (data-table.css keeps virtual rows on one line at this height). */
export const ROW_HEIGHT = 35

/**
 * A table whose body draws only the rows in view (and a few around them) inside a scrolling
 * region: thousands of rows stay fast. The header row stays on top; rows carry aria-rowindex
 * and the table aria-rowcount, so screen readers still tell where a row sits.
 */
export function VirtualTable<R>({
  caption,
  captionHidden,
  columns,
  rows,
  rowKey,
  sort,
  onSort,
  testId,
  isFocusRow,
  extrasShown = true,
}: TableViewProps<R>) {
  const scrollRef = useRef<HTMLDivElement>(null)
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    getItemKey: (index) => rowKey(rows[index] as R),
    overscan: 12,
  })
  const items = virtualizer.getVirtualItems()
  const before = items[0]?.start ?? 0
  const after = virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0)
  return (
    <div
      className="table-scroll virtual"
      tabIndex={0}
      role="region"
      aria-label={caption}
      ref={scrollRef}
    >
      <table
        className={tableClass(extrasShown)}
        data-testid={testId}
        aria-rowcount={rows.length + 1}
      >
        <caption className={captionHidden ? 'visually-hidden' : undefined}>{caption}</caption>
        <TableHead columns={columns as Column<R>[]} sort={sort} onSort={onSort} rowIndex={1} />
        <tbody>
          <SpacerRow height={before} span={columns.length} />
          {items.map((item) => (
            <TableRow
              key={item.key}
              row={rows[item.index] as R}
              columns={columns}
              rowIndex={item.index + 2}
              focused={isFocusRow?.(rows[item.index] as R)}
            />
          ))}
          <SpacerRow height={after} span={columns.length} />
        </tbody>
      </table>
    </div>
  )
}
