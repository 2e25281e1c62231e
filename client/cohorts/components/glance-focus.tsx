import { FOCUS_MARK } from '#client/components/charts/focus-mark.tsx'

/**
 * The reader's own unit under an overview glance's cohort totals, marked as every chart marks it
 * ("▶ Huyện Thạnh Hóa: 51/60 nhiệm vụ hoàn thành — 85 %"); the mark is not read aloud.
 */
export function GlanceFocus({ unit, text }: { unit: string; text: string }) {
  return (
    <p className="glance-focus" data-testid="glance-focus">
      <strong>
        <span aria-hidden="true">{FOCUS_MARK} </span>
        {unit}
      </strong>
      : {text}
    </p>
  )
}
