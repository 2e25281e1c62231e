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
    addToggle: 'Add units',
    addFrom: 'From cohort',
    search: 'Search by name',
    searchHint: 'Type a name, with or without accents (e.g. tu phap)',
    top: 'Top of {{cohort}}, {{year}}',
    matches: 'Matches in {{cohort}}, {{year}}',
    add: 'Add {{unit}}',
    added_one: 'Added {{unit}}: comparing {{count}} unit',
    added_other: 'Added {{unit}}: comparing {{count}} units',
    removed_one: 'Removed {{unit}}: {{count}} unit left',
    removed_other: 'Removed {{unit}}: {{count}} units left',
    alreadyChosen: 'chosen',
    noMatch: 'No unit matches “{{query}}” in {{cohort}}, {{year}}.',
    full: 'Six units chosen: remove one to add another.',
    choosing: 'Choosing the top units of the cohort…',
    noDefault: 'No units to compare yet: add some above.',
    schemesDiffer:
      'These units are scored under different schemes — fields are compared as a share (%) of each unit’s maximum',
    levelsDiffer:
      'The units are of different levels ({{levels}}): a rank means something only within each unit’s cohort.',
    schemeOf: '{{unit}}: {{scheme}}',
    noScheme: 'scheme not recorded',
    // Why a unit has no result that year, where the map says (a unit ended, or not yet formed).
    noResultEnded:
      '{{unit}} has no result for {{year}}: it existed until {{end}}; its latest result is for {{last}}.',
    noResultMerged:
      '{{unit}} has no result for {{year}}: it existed until {{end}}, then went into {{successor}}; its latest result is for {{last}}, in that year’s cohort.',
    noResultMergedThrough:
      '{{unit}} has no result for {{year}}: it existed until {{end}}, then went into {{through}}, which later went into {{successor}}; its latest result is for {{last}}, in that year’s cohort.',
    noResultFormed: '{{unit}} has no result for {{year}}: it was formed on {{start}}.',
    noResultFormedFrom:
      '{{unit}} has no result for {{year}}: it was formed on {{start}}, from {{sources}} and the other units that went into it.',
    noResultYear: '{{unit}} has no result for {{year}}.',
    offerYear: 'Compare {{year}} — the latest year every unit has a result',
    cohortOtherYear: 'This cohort has no results for {{year}}: the units below are from {{shown}}.',
    byFieldShare: 'Share of points by field, {{year}}',
    byFieldNote:
      'Each bar is the field’s points divided by that unit’s own maximum in the field; the table gives points/maximum too.',
    indexOnly:
      'The {{year}} results of {{units}} were published as an index, without points by field.',
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
    rankSame: 'same place',
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
