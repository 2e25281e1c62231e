/**
 * The reader's own unit under an overview glance's cohort totals, marked as every chart marks it
 * ("▶ Huyện Thạnh Hóa: 51/60 nhiệm vụ hoàn thành — 85 %").
 */
export function GlanceFocus({ unit, text }: { unit: string; text: string }) {
  return (
    <p className="glance-focus" data-testid="glance-focus">
      <strong>▶ {unit}</strong>: {text}
    </p>
  )
}
