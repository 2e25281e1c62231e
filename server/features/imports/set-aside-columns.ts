// Columns an import reads for nothing, each named in a warning: a comparison of two years, a part
// of the total points printed beside it, a column of remarks.
import { foldLabel } from '#shared/text/fold-unit-name.ts'

/**
 * A column comparing two years ("Tăng/giảm", "Tăng (+), giảm (-) so với năm 2023", "Thay đổi
 * thứ hạng"): derived from this year's and last year's values, which the product computes
 * itself. Set aside with a warning.
 */
export function isComparisonHeader(raw: string): boolean {
  // With its accents: "tầng" is not "tăng", nor "giám sát" "giảm".
  const text = raw.normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/g, ' ').trim()
  return (
    /^tăng ?(?:\(\+\))? ?[,/–-]? ?giảm\b/u.test(text) ||
    /^thay đổi (?:thứ hạng|hạng|so với)/u.test(text) ||
    /^chênh lệch\b.*(?:so với năm|(?:19|20)\d{2})/u.test(text) ||
    /^so với năm\b/u.test(text)
  )
}
/**
 * The parts of the total points printed beside it: the survey's ("Điểm điều tra XHH"; split, as
 * Yên Bái prints it, into the impact survey's "Điểm đánh giá tác động của CCHC" and the
 * satisfaction survey's "Điểm chỉ số hài lòng") and the appraised ("Điểm đánh giá trực tiếp",
 * "Điểm tài liệu kiểm chứng"; "Điểm đánh giá" or "Điểm thẩm định" beside a survey part, where
 * alone they are the points). The total is stored, the parts are not: set aside with a warning.
 */
export const SURVEY_PART_LABELS = new Set(
  [
    'Điểm điều tra XHH',
    'Điểm điều tra xã hội học',
    'Điểm khảo sát',
    'Điểm đánh giá qua điều tra xã hội học',
    'Điểm đánh giá tác động',
    'Điểm đánh giá tác động của CCHC',
    'Điểm đánh giá tác động của cải cách hành chính',
    'Điểm chỉ số hài lòng',
    'Điểm hài lòng',
    'Điểm SIPAS',
  ].map(foldLabel),
)
export const APPRAISAL_PART_LABELS = new Set(
  [
    'Điểm đánh giá trực tiếp',
    'Điểm thẩm định trực tiếp',
    'Điểm tài liệu kiểm chứng',
    'Điểm đánh giá qua tài liệu kiểm chứng',
    'Điểm thẩm định tài liệu kiểm chứng',
  ].map(foldLabel),
)
/** Labels of the points alone, of the appraised part beside a survey part. */
const APPRAISAL_BESIDE_SURVEY = new Set(['Điểm đánh giá', 'Điểm thẩm định'].map(foldLabel))

/** The columns of the header holding a part of the total. */
export function partColumns(header: readonly string[]): Set<number> {
  const folded = header.map(foldLabel)
  const parts = new Set<number>()
  folded.forEach((label, i) => {
    if (APPRAISAL_PART_LABELS.has(label)) parts.add(i)
    if (!SURVEY_PART_LABELS.has(label)) return
    parts.add(i)
    // The appraised part printed beside the survey's under a label of the points: the one
    // before it, else the one after it (the other, if any, is the total).
    if (APPRAISAL_BESIDE_SURVEY.has(folded[i - 1] ?? '')) parts.add(i - 1)
    else if (APPRAISAL_BESIDE_SURVEY.has(folded[i + 1] ?? '')) parts.add(i + 1)
  })
  return parts
}

/**
 * A column of remarks ("Ghi chú", "Nhận xét"), which officials' tables often close with: in a
 * file kind that keeps no note, set aside with a warning counting the rows that hold one.
 */
export const NOTE_LABELS = new Set(
  ['Ghi chú', 'Nhận xét', 'Note', 'Notes', 'Remarks'].map(foldLabel),
)
