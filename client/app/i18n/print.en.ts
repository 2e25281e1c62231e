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
      published: 'Published — Decision {{decision}} of {{date}}',
      publishedNumber: 'Published — Decision {{decision}}',
      publishedPlain: 'Published',
      mixed: 'Partly published — some results are drafts',
      draft: 'Draft — not published',
    },
  },
}
