import { useId, type Ref } from 'react'
import { useTranslation } from 'react-i18next'
import { MIN_YEAR } from '#shared/domain/units.ts'
import { useLang } from '#client/lib/use-lang.ts'
import {
  decisionDateField,
  decisionDateWords,
  type DecisionDateCheck,
} from '../utils/decision-date.ts'

type Props = {
  text: string
  onText: (text: string) => void
  /** The text read against today (parseDecisionDate). */
  check: DecisionDateCheck
  /** Whether a problem is said: once the editor has left the field or tried to publish. */
  showProblem: boolean
  onLeave: () => void
  ref?: Ref<HTMLInputElement>
}

/**
 * A decision's date typed as day/month/year in every language (a native date input follows the
 * browser's locale), read back in words under it ("ngày 9 tháng 4 năm 2026") before anything is
 * published, and refused with the field named when it is no date, or after today. On a phone the
 * number pad opens (it has no slash: eight digits are read as well).
 */
export function DecisionDateInput({ text, onText, check, showProblem, onLeave, ref }: Props) {
  const { t } = useTranslation()
  const lang = useLang()
  const id = useId()
  const ids = { input: `${id}-date`, hint: `${id}-hint`, echo: `${id}-echo`, problem: `${id}-problem` }
  const problem = showProblem && !check.ok ? check.problem : null
  return (
    <div className="field decision-date">
      <label htmlFor={ids.input}>{t('data.publish.decisionDate')}</label>
      <input
        ref={ref}
        id={ids.input}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        spellCheck={false}
        required
        placeholder={t('data.publish.datePlaceholder')}
        value={text}
        aria-invalid={problem ? true : undefined}
        // The live lines are always there (to be announced as they fill), named only when filled.
        aria-describedby={[ids.hint, check.ok && ids.echo, problem && ids.problem]
          .filter(Boolean)
          .join(' ')}
        onChange={(e) => onText(e.target.value)}
        onBlur={() => {
          // "9.4.2026" or "09042026" is shown back as the date was read: 09/04/2026.
          if (check.ok) onText(decisionDateField(check.iso))
          onLeave()
        }}
      />
      <span className="field-help" id={ids.hint}>
        {t('data.publish.dateHint')}
      </span>
      <span className="decision-date-echo" id={ids.echo} aria-live="polite">
        {check.ok ? t('data.publish.dateEcho', { date: decisionDateWords(check.iso, lang) }) : ''}
      </span>
      <span className="decision-date-problem" id={ids.problem} aria-live="polite">
        {problem ? t(`data.publish.dateProblem.${problem}`, { text: text.trim(), min: MIN_YEAR }) : ''}
      </span>
    </div>
  )
}
