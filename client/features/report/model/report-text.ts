// The document's own words in both languages. They are content, not interface: they load with
// the report code on click (ADR 021), so they live here rather than in the always-loaded
// translation files, which hold only the button and menu strings.
import type { Language } from '#client/lib/format.ts'

/**
 * Marks a rank computed among the units loaded of a partial table (no rank published for it),
 * in the ranking table's cell and before the note under the table that explains it.
 */
export const AMONG_LOADED_MARK = '*'

export type ReportText = {
  kind: string
  subjectYear: (year: number) => string
  subjectUnit: (unitInSentence: string) => string
  subjectCohort: (cohortNoun: string, parentInSentence: string, block: string | null) => string
  mottoCountry: string
  mottoSlogan: string
  number: (suffix: string) => string
  placeAndDate: (place: string, year: number) => string
  sections: { overall: string; ranking: string; fields: string; tasksAwards: string }
  figureRanking: (n: number, year: number, cohort: string) => string
  figureChange: (n: number, year: number, previous: number, cohort: string) => string
  chartRankingTitle: (year: number) => string
  chartChangeTitle: (year: number, previous: number) => string
  shownOf: (shown: number, total: number) => string
  /** The ranking chart's subtitle of a partial table; `amongLoaded`: some ranks are among them. */
  chartLoaded: (ranked: number, total: number, amongLoaded: boolean) => string
  noChange: (previous: number) => string
  unitNoChange: (previous: number, reason: string | null) => string
  tableFields: (n: number) => string
  /** `loaded`: the units loaded of a partial table (null when every unit is). */
  tableRanking: (n: number, total: number, loaded: number | null) => string
  /** Under the ranking table: what a marked rank is of, and that no move is claimed for it. */
  amongLoadedNote: (ranked: number, previous: number | null) => string
  tableTasks: (n: number) => string
  tableAwards: (n: number) => string
  columns: {
    no: string
    field: string
    points: string
    maxPoints: string
    share: string
    cohortAverage: string
    cohortBest: string
    rank: string
    unit: string
    indexPct: string
    grade: string
    delta: string
    rankChange: string
    status: string
    tasks: string
    award: string
    count: string
  }
  total: string
  average: string
  unitStanding: (parts: {
    points: string | null
    indexPct: string
    grade: string | null
    rank: string
    /** The rank is among the units loaded of a partial table, none having been published. */
    amongLoaded: boolean
  }) => string
  /** The rate with the counts it divides: done of the tasks due (cancelled ones named, left out). */
  taskRates: (rates: {
    completion: string
    onTime: string
    done: string
    due: string
    cancelled: string | null
  }) => string
  noTasks: (year: number) => string
  noAwards: (year: number) => string
  noFields: string
  awardsSplit: (parts: {
    total: string
    collective: string
    individual: string
    household: string
  }) => string
  awardsByIssuer: (list: string) => string
  cohortOverview: (parts: {
    year: number
    count: string
    /** The units loaded of a partial table: said, and the figures said of them. */
    loaded: string | null
    /** Some ranks are among the units loaded, no rank having been published for them. */
    amongLoaded: boolean
    noun: string
    parent: string
    average: string
    best: string
    worst: string
  }) => string
  cohortGrades: (list: string) => string
  gradeCount: (label: string, count: string) => string
  changeWord: (delta: number, amount: string) => string
  unitWithIndex: (name: string, index: string) => string
  cohortChange: (parts: { previous: number; delta: string; up: string; down: string }) => string
  draftMark: string
  axisIndex: string
  axisDelta: string
  gain: string
  loss: string
  /** The key to the rank moves written beside the bars ("↑7"). */
  rankMoveKey: string
}

const vi: ReportText = {
  kind: 'BÁO CÁO',
  subjectYear: (year) => `Kết quả Chỉ số cải cách hành chính năm ${year}`,
  subjectUnit: (unit) => `của ${unit}`,
  subjectCohort: (noun, parent, block) =>
    // A block that does not name its units, as published ("Khối A", "Nhóm I").
    `của các ${noun}${block ? ` (${block})` : ''} thuộc ${parent}`,
  mottoCountry: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  mottoSlogan: 'Độc lập - Tự do - Hạnh phúc',
  number: (suffix) => `Số:          /BC-${suffix}`,
  placeAndDate: (place, year) => `${place}, ngày      tháng      năm ${year}`,
  sections: {
    overall: 'I. KẾT QUẢ CHUNG',
    ranking: 'II. KẾT QUẢ XẾP HẠNG',
    fields: 'KẾT QUẢ THEO LĨNH VỰC',
    tasksAwards: 'NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH VÀ THI ĐUA, KHEN THƯỞNG',
  },
  figureRanking: (n, year, cohort) =>
    `Hình ${n}. Chỉ số CCHC năm ${year} của ${cohort}, theo thứ hạng`,
  figureChange: (n, year, previous, cohort) =>
    `Hình ${n}. Thay đổi Chỉ số CCHC năm ${year} so với năm ${previous} của ${cohort}`,
  chartRankingTitle: (year) => `Chỉ số CCHC năm ${year} (%)`,
  chartChangeTitle: (year, previous) =>
    `Thay đổi Chỉ số CCHC năm ${year} so với năm ${previous} (điểm)`,
  shownOf: (shown, total) =>
    `hiển thị ${shown} trên ${total} đơn vị; bảng xếp hạng có đủ các đơn vị`,
  chartLoaded: (ranked, total, amongLoaded) =>
    `đã nhập ${ranked} trên ${total} đơn vị${amongLoaded ? '; đơn vị chưa có hạng công bố được xếp hạng trong số đã nhập' : ''}`,
  noChange: (previous) => `Không có đơn vị nào có kết quả so sánh được với năm ${previous}.`,
  unitNoChange: (previous, reason) =>
    `Kết quả của đơn vị không so sánh được với năm ${previous}${reason ? ` (${reason})` : ''}, nên báo cáo không có hình về mức tăng, giảm so với năm ${previous}.`,
  tableFields: (n) => `Bảng ${n}. Điểm theo lĩnh vực`,
  tableRanking: (n, total, loaded) =>
    `Bảng ${n}. Xếp hạng Chỉ số CCHC (${loaded === null ? `${total} đơn vị` : `đã nhập ${loaded} trên ${total} đơn vị`})`,
  amongLoadedNote: (ranked, previous) =>
    `${AMONG_LOADED_MARK} Hạng trong số ${ranked} đơn vị đã nhập (chưa có hạng công bố)${previous === null ? '' : `; không so sánh thứ hạng với năm ${previous}`}.`,
  tableTasks: (n) => `Bảng ${n}. Kết quả thực hiện nhiệm vụ CCHC`,
  tableAwards: (n) => `Bảng ${n}. Thi đua, khen thưởng`,
  columns: {
    no: 'STT',
    field: 'Lĩnh vực',
    points: 'Điểm đạt được',
    maxPoints: 'Điểm tối đa',
    share: 'Tỷ lệ đạt (%)',
    cohortAverage: 'Bình quân khối',
    cohortBest: 'Cao nhất khối',
    rank: 'Xếp hạng',
    unit: 'Đơn vị',
    indexPct: 'Chỉ số (%)',
    grade: 'Xếp loại',
    delta: 'Tăng/giảm (điểm)',
    rankChange: 'Thay đổi hạng',
    status: 'Tình trạng',
    tasks: 'Số nhiệm vụ',
    award: 'Danh hiệu, hình thức khen thưởng',
    count: 'Số lượng',
  },
  total: 'Tổng cộng',
  average: 'Bình quân',
  unitStanding: ({ points, indexPct, grade, rank, amongLoaded }) =>
    [
      ...(points ? [`Tổng điểm đạt được: ${points} điểm`] : []),
      `Chỉ số CCHC: ${indexPct} %`,
      ...(grade ? [`xếp loại: ${grade}`] : []),
      `xếp hạng: ${rank}${amongLoaded ? ' trong số đã nhập (chưa có hạng công bố)' : ''}`,
    ].join('; ') + '.',
  taskRates: ({ completion, onTime, done, due, cancelled }) =>
    `Hoàn thành ${done}/${due} nhiệm vụ${cancelled ? ` (trừ ${cancelled} điều chỉnh/hủy)` : ''}: tỷ lệ hoàn thành kế hoạch ${completion} %; hoàn thành đúng hạn: ${onTime} %.`,
  noTasks: (year) => `Chưa có số liệu kế hoạch cải cách hành chính năm ${year}.`,
  noAwards: (year) => `Chưa có số liệu thi đua, khen thưởng năm ${year}.`,
  noFields: 'Quyết định công bố chỉ cho Chỉ số chung, không có điểm theo lĩnh vực.',
  awardsSplit: ({ total, collective, individual, household }) =>
    `Tổng số: ${total} (tập thể: ${collective}; cá nhân: ${individual}; hộ gia đình: ${household}).`,
  awardsByIssuer: (list) => `Theo cấp khen thưởng: ${list}.`,
  cohortOverview: ({ year, count, loaded, amongLoaded, noun, parent, average, best, worst }) =>
    loaded === null
      ? `Năm ${year}, ${count} ${noun} thuộc ${parent} được đánh giá, xếp hạng Chỉ số cải cách hành chính. Chỉ số bình quân đạt ${average} %; cao nhất là ${best}; thấp nhất là ${worst}.`
      : `Năm ${year}, ${count} ${noun} thuộc ${parent} được đánh giá, xếp hạng Chỉ số cải cách hành chính; đã nhập kết quả của ${loaded} trên ${count} đơn vị${amongLoaded ? ' (đơn vị chưa có hạng công bố được xếp hạng trong số các đơn vị đã nhập)' : ''}. Trong số các đơn vị đã nhập, Chỉ số bình quân đạt ${average} %; cao nhất là ${best}; thấp nhất là ${worst}.`,
  cohortGrades: (list) => `Về xếp loại: ${list}.`,
  gradeCount: (label, count) => `${label}: ${count} đơn vị`,
  changeWord: (delta, amount) =>
    delta > 0 ? `tăng ${amount} điểm` : delta < 0 ? `giảm ${amount} điểm` : 'không đổi',
  unitWithIndex: (name, index) => `${name} (${index} %)`,
  cohortChange: ({ previous, delta, up, down }) =>
    `So với năm ${previous}, Chỉ số bình quân của các đơn vị so sánh được ${delta}; ${up} đơn vị tăng điểm, ${down} đơn vị giảm điểm.`,
  draftMark: 'Dự thảo — chưa công bố',
  axisIndex: 'Chỉ số CCHC (%)',
  axisDelta: 'Tăng/giảm (điểm)',
  gain: 'Tăng điểm',
  loss: 'Giảm điểm',
  rankMoveKey: '↑7: tăng 7 hạng; ↓1: giảm 1 hạng; =: giữ nguyên hạng',
}

const en: ReportText = {
  kind: 'REPORT',
  subjectYear: (year) => `PAR Index results ${year}`,
  subjectUnit: (unit) => unit,
  subjectCohort: (noun, parent, block) => `${noun}${block ? ` (block ${block})` : ''} of ${parent}`,
  mottoCountry: 'SOCIALIST REPUBLIC OF VIET NAM',
  mottoSlogan: 'Independence - Freedom - Happiness',
  number: (suffix) => `No.:          /BC-${suffix}`,
  placeAndDate: (place, year) => `${place}, ……/……/${year}`,
  sections: {
    overall: 'I. OVERALL RESULT',
    ranking: 'II. RANKING',
    fields: 'RESULTS BY FIELD',
    tasksAwards: 'REFORM TASKS AND AWARDS',
  },
  figureRanking: (n, year, cohort) => `Figure ${n}. PAR Index ${year} of ${cohort}, in rank order`,
  figureChange: (n, year, previous, cohort) =>
    `Figure ${n}. Change in the PAR Index, ${year} on ${previous}, ${cohort}`,
  chartRankingTitle: (year) => `PAR Index ${year} (%)`,
  chartChangeTitle: (year, previous) => `Change in the PAR Index, ${year} on ${previous} (points)`,
  shownOf: (shown, total) => `${shown} of ${total} units shown; the ranking table lists them all`,
  chartLoaded: (ranked, total, amongLoaded) =>
    `${ranked} of ${total} units loaded${amongLoaded ? '; a unit with no published rank is ranked among those loaded' : ''}`,
  noChange: (previous) => `No unit has a result comparable with ${previous}.`,
  unitNoChange: (previous, reason) =>
    `The unit's result is not comparable with ${previous}${reason ? ` (${reason})` : ''}, so the report has no figure of the changes on ${previous}.`,
  tableFields: (n) => `Table ${n}. Points by field`,
  tableRanking: (n, total, loaded) =>
    `Table ${n}. PAR Index ranking (${loaded === null ? `${total} units` : `${loaded} of ${total} units loaded`})`,
  amongLoadedNote: (ranked, previous) =>
    `${AMONG_LOADED_MARK} Rank among the ${ranked} units loaded (no published rank)${previous === null ? '' : `; no rank move on ${previous} is given`}.`,
  tableTasks: (n) => `Table ${n}. Reform tasks`,
  tableAwards: (n) => `Table ${n}. Emulation and commendation awards`,
  columns: {
    no: 'No.',
    field: 'Field',
    points: 'Points',
    maxPoints: 'Maximum',
    share: 'Share (%)',
    cohortAverage: 'Cohort average',
    cohortBest: 'Cohort best',
    rank: 'Rank',
    unit: 'Unit',
    indexPct: 'Index (%)',
    grade: 'Grade',
    delta: 'Change (points)',
    rankChange: 'Rank move',
    status: 'Status',
    tasks: 'Tasks',
    award: 'Title or form of award',
    count: 'Count',
  },
  total: 'Total',
  average: 'Average',
  unitStanding: ({ points, indexPct, grade, rank, amongLoaded }) =>
    [
      ...(points ? [`Points: ${points}`] : []),
      `PAR Index: ${indexPct}%`,
      ...(grade ? [`grade: ${grade}`] : []),
      `rank: ${rank}${amongLoaded ? ' of those loaded (no published rank)' : ''}`,
    ].join('; ') + '.',
  taskRates: ({ completion, onTime, done, due, cancelled }) =>
    `${done}/${due} tasks done${cancelled ? ` (excluding ${cancelled} adjusted or cancelled)` : ''}: plan completion ${completion}%; done on time: ${onTime}%.`,
  noTasks: (year) => `No reform plan figures for ${year}.`,
  noAwards: (year) => `No award figures for ${year}.`,
  noFields: 'The publishing decision gives the overall index only, no points by field.',
  awardsSplit: ({ total, collective, individual, household }) =>
    `Total: ${total} (collectives: ${collective}; individuals: ${individual}; households: ${household}).`,
  awardsByIssuer: (list) => `By issuing level: ${list}.`,
  cohortOverview: ({ year, count, loaded, amongLoaded, noun, parent, average, best, worst }) =>
    loaded === null
      ? `In ${year}, ${count} ${noun} of ${parent} were assessed and ranked on the PAR Index. The average index was ${average}%; the highest was ${best}; the lowest was ${worst}.`
      : `In ${year}, ${count} ${noun} of ${parent} were assessed and ranked on the PAR Index; the results of ${loaded} of the ${count} are loaded${amongLoaded ? ' (a unit with no published rank is ranked among those loaded)' : ''}. Among the units loaded, the average index was ${average}%; the highest was ${best}; the lowest was ${worst}.`,
  cohortGrades: (list) => `Grades: ${list}.`,
  gradeCount: (label, count) => `${label}: ${count}`,
  changeWord: (delta, amount) =>
    delta > 0
      ? `rose by ${amount} points`
      : delta < 0
        ? `fell by ${amount} points`
        : 'did not change',
  unitWithIndex: (name, index) => `${name} (${index}%)`,
  cohortChange: ({ previous, delta, up, down }) =>
    `Compared with ${previous}, the average index of the comparable units ${delta}; ${up} units gained points, ${down} lost points.`,
  draftMark: 'Draft — not published',
  axisIndex: 'PAR Index (%)',
  axisDelta: 'Change (points)',
  gain: 'Gain',
  loss: 'Loss',
  rankMoveKey: '↑7: up 7 places; ↓1: down 1 place; =: same place',
}

export function reportText(lang: Language): ReportText {
  return lang === 'vi' ? vi : en
}
