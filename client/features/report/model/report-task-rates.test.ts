// The report's task paragraph gives the counts its rate divides, so it adds up under the table
// (whose total counts the cancelled tasks too).
import { describe, expect, it } from 'vitest'
import { taskBlocks } from './report-blocks.ts'

const tasks = {
  counts: {
    DONE_ON_TIME: 500,
    DONE_LATE: 57,
    IN_PROGRESS: 200,
    OVERDUE: 30,
    NOT_STARTED: 19,
    CANCELLED: 14,
  },
  planned: 820,
  completionPct: 69.11,
  onTimePct: 62.03,
}

const paragraph = (lang: 'vi' | 'en') =>
  taskBlocks(tasks, 2023, () => 1, lang).find((b) => b.type === 'paragraph')

describe('the report’s task rates', () => {
  it('states done of due, with the cancelled tasks named', () => {
    expect(paragraph('vi')).toEqual({
      type: 'paragraph',
      text: 'Hoàn thành 557/806 nhiệm vụ (trừ 14 điều chỉnh/hủy): tỷ lệ hoàn thành kế hoạch 69,11 %; hoàn thành đúng hạn: 62,03 %.',
    })
    expect(paragraph('en')).toEqual({
      type: 'paragraph',
      text: '557/806 tasks done (excluding 14 adjusted or cancelled): plan completion 69.11%; done on time: 62.03%.',
    })
  })
})
