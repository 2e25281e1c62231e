import type { Widen } from './resources.ts'
import type { scorecardVi } from './scorecard.vi.ts'

/** English strings of the scorecard area (same keys as Vietnamese). */
export const scorecardEn: Widen<typeof scorecardVi> = {
  scorecard: {
    nav: 'Field scorecard',
    title: 'Field scorecard',
    table: 'Share of each field’s maximum — {{cohort}}, {{year}}',
    intro:
      'Each cell is the unit’s points divided by the field’s maximum for that unit, coloured by the scheme’s grade bands. Arrows show the change on {{previous}}, only where the years compare.',
    introNoPrevious:
      'Each cell is the unit’s points divided by the field’s maximum for that unit, coloured by the scheme’s grade bands.',
    best: 'Cohort best',
    median: 'Cohort median',
    index: 'Index (%)',
    cellTitle: '{{field}}: {{points}}/{{max}} points ({{share}}), {{band}}',
    cellTitleNoMax: '{{field}}: {{points}} points (maximum unknown)',
    change: '{{delta}} percentage points on the previous year',
    noPoints: 'no points',
    legend: 'Grade by share of the field’s points',
    heatmap: 'Heat map by field',
    arrowKey: '▲ up, ▼ down, ▬ unchanged, compared with {{previous}}',
    // The image's subtitle names its units as a report would: never "the page shown".
    heatmapSubtitle: '{{cohort}}, {{year}} — {{count}} units, % of maximum',
    heatmapSubtitle_one: '{{cohort}}, {{year}} — {{count}} unit, % of maximum',
    heatmapSubtitleSearch:
      '{{cohort}}, {{year}} — {{count}} units found by “{{query}}”, % of maximum',
    heatmapSubtitleSearch_one:
      '{{cohort}}, {{year}} — {{count}} unit found by “{{query}}”, % of maximum',
    heatmapSubtitlePage:
      '{{cohort}}, {{year}} — units {{from}}–{{to}} of {{matched}}, % of maximum',
    empty: 'No field points yet for {{what}}.',
    fieldShort: {
      LEADERSHIP: 'Leadership',
      INSTITUTIONS: 'Institutions',
      PROCEDURES: 'Procedures',
      ORGANISATION: 'Organisation',
      CIVIL_SERVICE: 'Civil service',
      PUBLIC_FINANCE: 'Public finance',
      DIGITAL_GOVERNMENT: 'Digital government',
      ONE_STOP_SHOP: 'One-stop shop',
      IMPACT: 'Impact',
      ADJUSTMENT: 'Bonus, penalty',
    },
  },
  headlines: {
    tasks: '{{done}}/{{due}} tasks done — {{pct}}',
    tasksCancelled:
      '{{done}}/{{due}} tasks done (excluding {{cancelled}} adjusted or cancelled) — {{pct}}',
    awards: '{{total}} awards: {{parts}}',
    collective_one: '{{value}} to a collective',
    collective_other: '{{value}} to collectives',
    individual_one: '{{value}} to an individual',
    individual_other: '{{value}} to individuals',
    household_one: '{{value}} to a household',
    household_other: '{{value}} to households',
    givenReceived: 'From higher levels: {{received}}; given by the units themselves: {{given}}.',
  },
  awardBreakdown: {
    title: 'By award and recipient type',
    direction: 'Source',
    GIVEN: 'Given by the unit',
    RECEIVED: 'From higher levels',
    given: 'Given by the unit',
    received: 'From higher levels',
    household: 'Households',
    detail: 'Details',
    detailGiven: 'Given: {{list}}',
    detailReceived: 'From higher levels: {{list}}',
    item: '{{award}} — {{parts}}',
  },
}
