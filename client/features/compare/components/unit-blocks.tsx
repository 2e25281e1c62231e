import type { ReactNode } from 'react'
import { DataTable, type Column } from '#client/components/ui/data-table.tsx'
import { usePhone } from '#client/lib/use-phone.ts'

/**
 * One figure of a unit: its label, its value and, under the value, what it is compared with.
 * `prose`: a sentence rather than a figure (the predecessors' results), read under its label
 * from the left, as a paragraph is; set on the right beside its label it ran over the label.
 */
export type UnitLine = {
  key: string
  label: string
  value: ReactNode
  note?: ReactNode
  prose?: boolean
}

export type UnitBlock = { key: string; name: string; lines: UnitLine[] }

/**
 * A table of units read on a phone: a block per unit, its name a heading and each figure a
 * label and value. A table a column per unit is wider than a phone; here every unit's figures
 * are on the screen at once, one under another, none scrolled out of sight.
 */
export function UnitBlocks({
  label,
  blocks,
  heading: Heading,
  testId,
}: {
  /** What the list is, for readers (the table's caption). */
  label: string
  blocks: UnitBlock[]
  /** The level of the units' names under the panel's own headings. */
  heading: 'h3' | 'h4'
  testId?: string
}) {
  return (
    <ul className="unit-blocks" aria-label={label} data-testid={testId}>
      {blocks.map((block) => (
        <li key={block.key} className="unit-block">
          <Heading className="unit-block-name">{block.name}</Heading>
          <dl>
            {block.lines.map((line) => (
              <div
                key={line.key}
                className={line.prose ? 'unit-line unit-line-prose' : 'unit-line'}
              >
                <dt>{line.label}</dt>
                <dd>
                  <span className="unit-line-value">{line.value}</span>
                  {line.note && <span className="unit-line-note">{line.note}</span>}
                </dd>
              </div>
            ))}
          </dl>
        </li>
      ))}
    </ul>
  )
}

/**
 * A comparison's table on a wide screen, its blocks per unit on a phone: one title names both
 * (the table's caption, the list's label), and `blocks` is built only where it is drawn.
 */
export function UnitTable<R extends { code: string }>({
  title,
  heading,
  testId,
  columns,
  rows,
  blocks,
}: {
  title: string
  heading: 'h3' | 'h4'
  testId: string
  columns: Column<R>[]
  rows: R[]
  blocks: () => UnitBlock[]
}) {
  const phone = usePhone()
  return phone ? (
    <UnitBlocks label={title} heading={heading} testId={testId} blocks={blocks()} />
  ) : (
    <DataTable
      caption={title}
      captionHidden
      columns={columns}
      rows={rows}
      rowKey={(r) => r.code}
      testId={testId}
    />
  )
}
