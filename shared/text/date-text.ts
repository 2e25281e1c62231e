// Dates in English as running text and decisions write them: "1 July 2025", never "01/07/2025",
// which a reader of English may take for 7 January.

const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const

/** "1 July 2025": day without a leading zero, the month in words (month 1–12). */
export function englishDate(year: number, month: number, day: number): string {
  return `${day} ${MONTHS_EN[month - 1] ?? month} ${year}`
}
