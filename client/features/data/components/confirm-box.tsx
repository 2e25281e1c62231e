import { useId, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'

/**
 * The second step of a change that readers or the data feel at once (undoing an import,
 * returning a published year to draft): it says what will happen, by name, and waits for the
 * editor to confirm. The confirming button takes the focus, so Enter confirms and Tab reaches
 * Cancel; the text is the dialog's name.
 */
export function ConfirmBox({
  children,
  confirmLabel,
  onConfirm,
  onCancel,
  busy = false,
}: {
  children: ReactNode
  confirmLabel: string
  onConfirm: () => void
  onCancel: () => void
  busy?: boolean
}) {
  const { t } = useTranslation()
  const id = useId()
  return (
    <div className="confirm-box" role="alertdialog" aria-labelledby={`${id}-text`}>
      <p id={`${id}-text`}>{children}</p>
      <div className="form-actions">
        <button type="button" className="button primary" autoFocus disabled={busy} onClick={onConfirm}>
          {confirmLabel}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('data.confirm.cancel')}
        </button>
      </div>
    </div>
  )
}
