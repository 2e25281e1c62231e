import type { Widen } from './resources.ts'
import type { perfVi } from './perf.vi.ts'

/** English strings of the perf area: the same keys as the Vietnamese. */
export const perfEn: Widen<typeof perfVi> = {
  cohortPages: {
    tasksTable: 'List of reform tasks by unit — {{cohort}}, {{year}}',
    awardsTable: 'List of awards by unit — {{cohort}}, {{year}}',
    rowsOf: 'Rows {{first}}–{{last}} of {{total}}',
    rowsOfMatched_one: 'Row {{first}} of {{matched}} unit matching “{{query}}” ({{total}} in all)',
    rowsOfMatched_other:
      'Rows {{first}}–{{last}} of {{matched}} units matching “{{query}}” ({{total}} in all)',
    noneMatched: 'No unit matches ({{total}} in all)',
    pastEnd: 'There is no page {{page}} (the last is page {{pages}}); opening page {{pages}}.',
    pager: 'Pages: {{caption}}',
    page: 'Page {{page}} of {{pages}}',
    previous: '‹ Previous',
    next: 'Next ›',
    firstPage: 'First page',
    lastPage: 'Last page',
    downloadAll_one: 'Download the whole list ({{total}} unit):',
    downloadAll_other: 'Download the whole list ({{total}} units):',
    loadedFigures:
      'Figures are loaded for {{loaded}} of the {{total}} units ranked: the totals count only these {{loaded}}',
    flaggedOnPage_one:
      'On this page, {{count}} unit has a published rank or grade that differs from the computed one.',
    flaggedOnPage_other:
      'On this page, {{count}} units have a published rank or grade that differs from the computed one.',
  },
  charts: {
    loadFailed:
      'The chart could not be loaded. Check the connection and reload the page; the table still shows the figures.',
  },
}
