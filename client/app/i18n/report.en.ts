import type { Widen } from './resources.ts'
import type { reportVi } from './report.vi.ts'

/** English strings of the report area: the same keys as the Vietnamese. */
export const reportEn: Widen<typeof reportVi> = {
  report: {
    button: 'A4 report',
    panel: 'Download an A4 report (Decree 30/2020/NĐ-CP)',
    motto: 'National motto and issuing body',
    pdf: 'PDF',
    docx: 'Word (.docx)',
    working: 'Writing the {{format}} report…',
    done: '{{format}} report downloaded.',
    failed: 'The {{format}} report could not be written: {{message}}',
  },
}
