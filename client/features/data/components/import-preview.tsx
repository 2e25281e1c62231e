import { useTranslation } from 'react-i18next'
import { formatNumber } from '#client/lib/format.ts'
import { useLang } from '#client/lib/use-lang.ts'
import type { ImportOutcome } from '../api/data.queries.ts'
import { ROW_WIDE, toPreviewGrid, type PreviewLine } from '../utils/preview-grid.ts'
import { describeChanges, describeValues } from '../utils/preview-values.ts'
import { fileWideIssues } from '../utils/file-wide-issues.ts'
import { IssueGroups } from './issue-groups.tsx'

/**
 * Counts and the row-by-row table of an import answer, problems on their row and column; a
 * problem of the whole file (no parent for a file of unit names, no year for a table naming
 * none) once above them, pointing to the form's field that fixes it (`parentFieldId`,
 * `yearFieldId`); a problem repeated on many rows grouped, counted, before the table.
 */
export function ImportPreview({
  outcome,
  parentFieldId,
  yearFieldId,
}: {
  outcome: ImportOutcome
  parentFieldId?: string
  yearFieldId?: string
}) {
  const { t } = useTranslation()
  const lang = useLang()
  const { needsParent, needsYear, rowIssues } = fileWideIssues(outcome)
  // Problems of the file alone, each said with its fix: that is the whole answer, said once.
  const onlyFileWide = (needsParent !== null || needsYear) && rowIssues.length === 0
  const grid = toPreviewGrid({ ...outcome, errors: rowIssues })
  const hasRowWide = grid.lines.some((l) => l.cells[ROW_WIDE])
  const hasValues = grid.lines.some((l) => l.values)
  const counts = [
    ['rows', outcome.rows],
    ['inserted', outcome.inserted],
    ['updated', outcome.updated],
    ['unchanged', outcome.unchanged],
    ['errors', outcome.errors.length],
    ['warnings', outcome.warnings.length],
  ] as const
  return (
    <div className="import-preview">
      <dl className="count-list" data-testid="import-counts">
        {counts.map(([key, value]) => (
          <div key={key} className={key === 'errors' && value > 0 ? 'count bad' : 'count'}>
            <dt>{t(`data.import.count.${key}`)}</dt>
            <dd data-count={key}>{formatNumber(value, lang)}</dd>
          </div>
        ))}
      </dl>
      {outcome.rejected && !onlyFileWide && (
        <p className="form-error" role="alert">
          {t('data.import.rejected', { count: outcome.errors.length })}
        </p>
      )}
      {needsParent && (
        <p
          className="form-error file-wide-issue"
          role={onlyFileWide ? 'alert' : undefined}
          id={parentFieldId && `${parentFieldId}-problem`}
        >
          {t('data.import.parentRequired', { count: needsParent.rows })}{' '}
          {parentFieldId && (
            <button
              type="button"
              className="button small"
              onClick={() => document.getElementById(parentFieldId)?.focus()}
            >
              {t('data.import.toParentField')}
            </button>
          )}
        </p>
      )}
      {needsYear && (
        <p
          className="form-error file-wide-issue"
          role={onlyFileWide ? 'alert' : undefined}
          id={yearFieldId && `${yearFieldId}-problem`}
        >
          {t('data.import.yearRequired')}{' '}
          {yearFieldId && (
            <button
              type="button"
              className="button small"
              onClick={() => document.getElementById(yearFieldId)?.focus()}
            >
              {t('data.import.toYearField')}
            </button>
          )}
        </p>
      )}
      <IssueGroups errors={rowIssues} />
      {grid.lines.length > 0 && (
        <div className="table-scroll" tabIndex={0} role="region" aria-label={t('data.import.previewCaption')}>
          <table className="data-table preview-table" data-testid="import-preview">
            <caption>
              {t('data.import.previewCaption')}
              {outcome.preview.length < outcome.rows && !outcome.rejected && (
                <span className="caption-note"> {t('data.import.previewCapped', { shown: outcome.preview.length })}</span>
              )}
            </caption>
            <thead>
              <tr>
                <th scope="col" className="num">{t('data.import.col.row')}</th>
                <th scope="col">{t('data.import.col.key')}</th>
                <th scope="col">{t('data.import.col.action')}</th>
                {hasValues && <th scope="col">{t('data.import.col.values')}</th>}
                {grid.issueColumns.map((c) => (
                  <th scope="col" key={c}>{c}</th>
                ))}
                {hasRowWide && <th scope="col">{t('data.import.col.general')}</th>}
                <th scope="col">{t('data.import.col.changes')}</th>
              </tr>
            </thead>
            <tbody>
              {grid.lines.map((line) => (
                <PreviewRow key={line.row} line={line} columns={grid.issueColumns} hasRowWide={hasRowWide} hasValues={hasValues} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      <PhoneIssueList lines={grid.lines} />
    </div>
  )
}

/**
 * On a phone the table's problem columns sit past the screen's edge: the same problems listed
 * under it, each with its row and column, in reading order (shown at phone widths only).
 */
function PhoneIssueList({ lines }: { lines: PreviewLine[] }) {
  const { t } = useTranslation()
  const items = lines.flatMap((line) =>
    Object.entries(line.cells).map(([column, issues]) => ({ row: line.row, column, ...issues })),
  )
  if (items.length === 0) return null
  return (
    <ol className="phone-issues" aria-label={t('data.import.issueList')}>
      {items.map((item) => (
        <li key={`${item.row}:${item.column}`} className={`issue-${item.level}`}>
          <span className="issue-where">
            {t('data.import.issueWhere', { row: item.row })}
            {item.column !== ROW_WIDE && ` · ${item.column}`}
          </span>{' '}
          <span className="visually-hidden">{t(`data.import.level.${item.level}`)}: </span>
          <IssueMessages messages={item.messages} />
        </li>
      ))}
    </ol>
  )
}

function PreviewRow({
  line,
  columns,
  hasRowWide,
  hasValues,
}: {
  line: PreviewLine
  columns: string[]
  hasRowWide: boolean
  hasValues: boolean
}) {
  const { t } = useTranslation()
  const lang = useLang()
  const cell = (column: string) => {
    const issues = line.cells[column]
    if (!issues) return <td key={column} />
    return (
      <td key={column} className={`wrap cell-${issues.level}`} data-issue={issues.level}>
        <span className="visually-hidden">{t(`data.import.level.${issues.level}`)}: </span>
        <IssueMessages messages={issues.messages} />
      </td>
    )
  }
  return (
    <tr className={line.level ? `row-${line.level}` : undefined} data-row={line.row}>
      <th scope="row" className="num">{line.row}</th>
      <td className="wrap">
        <RecordCell line={line} />
      </td>
      <td>{line.action ? t(`data.import.action.${line.action}`) : '–'}</td>
      {hasValues && <td className="wrap">{describeValues(line.values ?? undefined, t, lang)}</td>}
      {columns.map(cell)}
      {hasRowWide && cell(ROW_WIDE)}
      <td className="wrap">{describeChanges(line.changes, t, lang)}</td>
    </tr>
  )
}

/** A cell's problems, each its own line: an error and a warning of one row never run together. */
function IssueMessages({ messages }: { messages: string[] }) {
  if (messages.length === 1) return <>{messages[0]}</>
  return (
    <>
      {messages.map((m, i) => (
        <span key={i} className="issue-message">
          {m}
        </span>
      ))}
    </>
  )
}

/** The record a line writes: its unit by name with its code, and its year; else its key. */
function RecordCell({ line }: { line: PreviewLine }) {
  if (!line.unit) return <>{line.key ?? '–'}</>
  return (
    <>
      {line.unit.name ?? line.unit.code}
      {line.unit.name && line.unit.name !== line.unit.code && <span className="cell-note"> {line.unit.code}</span>}
      {line.year !== null && <> · {line.year}</>}
    </>
  )
}
