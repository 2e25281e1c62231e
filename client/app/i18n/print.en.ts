import type { Widen } from './resources.ts'
import type { printVi } from './print.vi.ts'

/** English strings of the print area: the same keys as the Vietnamese. */
export const printEn: Widen<typeof printVi> = {
  print: {
    title: {
      full: '{{page}} — {{subject}}, {{year}}',
      subject: '{{page}} — {{subject}}',
      units: '{{first}} and {{count}} other units',
    },
    pages: {
      overview: 'PAR Index overview',
      rankings: 'PAR Index rankings',
      tasks: 'Administrative reform tasks',
      awards: 'Emulation and commendation',
      profile: 'PAR Index profile',
      compare: 'PAR Index comparison',
      data: 'Data management',
      admin: 'Administration',
      login: 'Sign in',
      notFound: 'Page not found',
    },
    pageOf: { before: 'Page ', between: ' of ' },
    status: {
      label: 'Publication status',
      ofIndex: 'PAR Index:',
      published: 'Published — Decision {{decision}} of {{date}}',
      publishedNumber: 'Published — Decision {{decision}}',
      publishedPlain: 'Published',
      publishedDated: 'Published on {{date}}',
      publishedDatedBy: 'Published on {{date}} by {{issuer}}',
      mixed: 'Partly published — some results are drafts',
      draft: 'Draft — not published',
    },
  },
  /** A server-paged table printed whole, or a printout that says which rows it holds. */
  printWhole: {
    action: 'Print whole table',
    loading: 'Loading the whole table to print…',
    failed: 'The whole table could not be loaded to print. Try again, or download the XLSX file.',
    tooMany:
      'The table has {{total}} rows, more than the {{cap}} a printout holds. The whole list is in the XLSX file (download below the table).',
    whole: 'Whole table: {{count}} rows, in the order shown on screen.',
    rowsNote:
      'Rows {{first}}–{{last}} of {{total}}. This printout holds only these rows; to print them all, use “Print whole table”; the whole list is in the XLSX file.',
    rowsNoteMatched:
      'Rows {{first}}–{{last}} of the {{matched}} matching “{{query}}” (the table has {{total}} rows). This printout holds only these rows.',
  },
}
