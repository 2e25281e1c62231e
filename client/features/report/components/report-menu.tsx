import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useDetailsMenu } from '#client/components/ui/use-details-menu.ts'
import { useLang } from '#client/lib/use-lang.ts'
import type { ReportTarget } from '../api/report-data.ts'
import type { ReportFormat } from '../generate-report.ts'
import './report-menu.css'

type State =
  | { step: 'idle' }
  | { step: 'working' | 'done'; format: ReportFormat }
  | { step: 'failed'; format: ReportFormat; message: string }

/**
 * "Báo cáo A4": a PDF or a Word file of the unit-year or cohort-year in the reader's language,
 * with or without the national motto block. The report code loads on the first click. Choosing a
 * format closes the menu; what became of the file is said beside its button.
 */
export function ReportMenu({ target }: { target: ReportTarget }) {
  const { t } = useTranslation()
  const lang = useLang()
  const id = useId()
  const [withHeader, setWithHeader] = useState(true)
  const [state, setState] = useState<State>({ step: 'idle' })
  const menu = useDetailsMenu()
  const label = (format: ReportFormat) => t(`report.${format}`)
  const write = async (format: ReportFormat) => {
    menu.close()
    setState({ step: 'working', format })
    try {
      const { generateReport } = await import('../generate-report.ts')
      await generateReport({ target, format, lang, withHeader })
      setState({ step: 'done', format })
    } catch (error) {
      setState({
        step: 'failed',
        format,
        message: error instanceof Error ? error.message : String(error),
      })
    }
  }
  return (
    <div className="report-menu" data-testid="report-menu">
      <details ref={menu.ref} onKeyDown={menu.onKeyDown}>
        <summary className="button">{t('report.button')}</summary>
        <div className="report-menu-panel" role="group" aria-labelledby={`${id}-title`}>
          <p id={`${id}-title`} className="report-menu-title">
            {t('report.panel')}
          </p>
          <label className="report-menu-option">
            <input
              type="checkbox"
              checked={withHeader}
              onChange={(e) => setWithHeader(e.target.checked)}
            />
            {t('report.motto')}
          </label>
          <div className="report-menu-actions">
            {(['pdf', 'docx'] as const).map((format) => (
              <button
                key={format}
                type="button"
                className="button small"
                disabled={state.step === 'working'}
                onClick={() => void write(format)}
              >
                {label(format)}
              </button>
            ))}
          </div>
        </div>
      </details>
      <p
        className={state.step === 'failed' ? 'report-menu-status error' : 'report-menu-status'}
        role="status"
      >
        {state.step === 'working' && t('report.working', { format: label(state.format) })}
        {state.step === 'done' && t('report.done', { format: label(state.format) })}
        {state.step === 'failed' &&
          t('report.failed', { format: label(state.format), message: state.message })}
      </p>
    </div>
  )
}
