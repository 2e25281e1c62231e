import type { Widen } from './resources.ts'
import type { exportsVi } from './exports.vi.ts'

/** English strings of the exports area: the same keys as the Vietnamese. */
export const exportsEn: Widen<typeof exportsVi> = {
  chartExport: {
    target: 'Image size',
    targets: {
      'a4-portrait': 'A4 portrait (16 cm)',
      'a4-landscape': 'A4 landscape',
      'slide-16-9': 'Slide 16:9',
    },
    source: {
      decision:
        'Source: Decision No. {{no}} of {{date}} by the {{issuer}}; figures for {{cohort}}, {{years}}',
      decisionNoIssuer:
        'Source: Decision No. {{no}} of {{date}}; figures for {{cohort}}, {{years}}',
      published: 'Source: published results — {{cohort}}, {{years}}',
      draft: 'Source: PAR Dashboard — {{cohort}}, {{years}} — Draft, not published',
      data: 'Source: PAR Dashboard — data for {{cohort}}, {{years}}',
    },
    draftMark: 'Draft — not published',
    // An image's key to the reader's unit's mark (▶, bold): a report has no "my unit".
    focusKey: 'Highlighted unit: {{unit}}',
    axis: {
      indexPct: 'Index (%)',
      delta: 'Change (points)',
      points: 'Points',
      rank: 'Rank',
      tasks: 'Tasks',
      awards: 'Awards',
    },
  },
}
