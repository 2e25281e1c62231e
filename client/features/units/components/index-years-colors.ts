// The colours of the profile's first chart (index-years-chart-drawing.tsx): its bars, its rank
// line and its breaks, also the legend's and the table's marks (profile-index-years-panel.tsx).
import { BREAK_COLOR } from '#client/components/charts/break-marks.tsx'

export const INDEX_COLOR = '#56B4E9'
export const RANK_COLOR = '#000000'
export { BREAK_COLOR }
