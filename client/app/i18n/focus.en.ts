import type { Widen } from './resources.ts'
import type { focusVi } from './focus.vi.ts'

/** English strings of the my unit (focus), state that holds, rank history and phone tables area: the same keys as the Vietnamese. */
export const focusEn: Widen<typeof focusVi> = {
  myUnit: {
    title: 'My unit',
    set: 'Set as my unit',
    isMine: 'My unit',
    clear: 'Clear my unit',
    marker: 'My unit',
    search: 'Find a unit',
    searchHint: 'e.g. thanh hoa (accents optional)',
    searching: 'Searching…',
    found_one: '{{count}} unit found',
    found_other: '{{count}} units found',
    noMatch: 'No unit matches “{{query}}” in {{cohort}}, {{year}}.',
    moreMatches: 'And {{count}} more: type more to narrow.',
    profile: 'Profile',
    choosePrompt: 'Choose your unit once: it is highlighted in every chart, table and export.',
    notInCohort: '{{unit}} is not in {{cohort}} in {{year}}.',
    whereRanked: 'Open its profile to see where it was ranked.',
    rankedIn: 'In {{year}} it was ranked in {{cohort}}.',
    openThatCohort: 'See that ranking',
    endedOn: 'The unit existed until {{date}}.',
    lastResult: 'Latest result: {{year}}, {{cohort}}.',
    openYear: 'See {{year}}',
    noResultYear: 'The unit has no result for {{year}}.',
    badCode: 'The unit code “{{code}}” in the link is not valid; no unit is highlighted.',
    index: 'PAR Index',
    rank: 'Rank',
    change: 'Change on {{previous}}',
    grade: 'Grade',
    rankUp_one: 'up {{count}} place',
    rankUp_other: 'up {{count}} places',
    rankDown_one: 'down {{count}} place',
    rankDown_other: 'down {{count}} places',
    rankSame: 'same place',
    weakest: 'Fields furthest from their maximum',
    weakestItem:
      '{{field}}: {{short}} points short of the maximum {{max}} ({{points}} points; {{share}})',
    noFields: 'No field points this year.',
    noneLost: 'Every field reached its maximum.',
    summary: 'Summary',
    rankOf: 'rank {{rank}}/{{total}}',
    openProfile: 'Open the profile of {{unit}}',
  },
  viewState: {
    yearMoved: '{{cohort}} has no data for {{from}}; showing the nearest year with data: {{to}}.',
  },
  rankHistory: {
    axis: 'Rank',
    phoneNote:
      'On a small screen only {{shown}} of {{total}} lines are drawn: the top 3, the bottom 3 and my unit. The table has every unit.',
    phoneNoteNoFocus:
      'On a small screen only {{shown}} of {{total}} lines are drawn: the top 3 and the bottom 3. The table has every unit.',
    logNote:
      'The rank axis is logarithmic from both ends: the gaps between the first ranks and between the last ranks are stretched, the middle of the table is compressed; the dotted line marks the middle.',
    sharedRank: '{{years}}: {{units}} share rank {{rank}}.',
    publishedDiffers:
      'Ranks are drawn as the decision published them, which the indices do not give: {{list}}.',
    publishedDiffersItem: '{{unit}} in {{year}} (published {{published}}, computed {{computed}})',
    highlightHint: 'Tap or hover a line (or its name at the end) to highlight it.',
    highlighted: 'Highlighted: {{unit}}. Tap again to clear.',
  },
  phoneTable: {
    more: 'More columns',
    fewer: 'Fewer columns',
  },
}
