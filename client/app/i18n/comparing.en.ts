import type { Widen } from './resources.ts'
import type { comparingVi } from './comparing.vi.ts'

/** English strings of the compare that follows area: the same keys as the Vietnamese. */
export const comparingEn: Widen<typeof comparingVi> = {
  comparing: {
    action: 'Compare',
    actionLabel: 'Compare {{unit}} with other units',
    year: 'Year compared',
    chosen: 'Units compared',
    addTitle: 'Add a unit',
    addFrom: 'From cohort',
    search: 'Search by name',
    searchHint: 'Type a name, with or without accents (e.g. tu phap)',
    top: 'Top of {{cohort}}, {{year}}',
    matches: 'Matches in {{cohort}}, {{year}}',
    add: 'Add {{unit}}',
    alreadyChosen: 'chosen',
    noMatch: 'No unit named like “{{query}}” in {{cohort}}, {{year}}.',
    full: 'Six units chosen: remove one to add another.',
    choosing: 'Choosing the top units of the cohort…',
    noDefault: 'No units to compare yet: add some above.',
    schemesDiffer:
      'These units are scored under different schemes — fields are compared as a share (%) of each unit’s maximum',
    levelsDiffer:
      'The units are of different levels ({{levels}}): a rank means something only within each unit’s cohort.',
    schemeOf: '{{unit}}: {{scheme}}',
    noScheme: 'scheme not recorded',
    noResultYear: '{{unit}} has no result for {{year}}.',
    byFieldShare: 'Share of points by field, {{year}}',
    byFieldNote:
      'Each bar is the field’s points divided by that unit’s own maximum in the field; the table gives points/maximum too.',
    shareAxis: '% of maximum',
    shareCell: '{{share}} ({{points}}/{{max}})',
    differences: 'Differences in {{year}}',
    differenceNote:
      'Against {{unit}}: index and fields as a share (%) of the maximum; ranks only within the same cohort.',
    otherCohort: 'other cohort',
    rankUp: 'up {{count}} places',
    rankUpOne: 'up 1 place',
    rankDown: 'down {{count}} places',
    rankDownOne: 'down 1 place',
    unchanged: 'no change',
    indexUp: 'up {{value}} points',
    indexDown: 'down {{value}} points',
    rankAhead: '{{count}} places higher',
    rankAheadOne: '1 place higher',
    rankBehind: '{{count}} places lower',
    rankBehindOne: '1 place lower',
    sameRank: 'same rank',
    indexAhead: '{{value}} points higher',
    indexBehind: '{{value}} points lower',
    shareAhead: '{{value}} percentage points higher',
    shareBehind: '{{value}} percentage points lower',
    sameShare: 'equal',
    changeIndex: 'Index on {{previous}}',
    changeRank: 'Rank on {{previous}}',
  },
}
