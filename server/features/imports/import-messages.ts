// Translated messages of import problems. Codes are the contract; these texts are for people.
import { decisionDateText } from '#shared/text/source-line.ts'
import type { ImportIssueCode } from '#shared/dto/import.ts'
import type { Lang } from '#shared/schemas/imports.schema.ts'
import {
  LINEAGE_EVENT_LABELS,
  UNIT_LEVEL_LABELS,
  type LineageEvent,
  type UnitKind,
} from '#shared/domain/units.ts'
import {
  AWARD_KINDS,
  ISSUER_LEVEL_LABELS,
  RECIPIENT_TYPE_LABELS,
  type AwardCode,
  type IssuerLevel,
  type RecipientType,
} from '#shared/domain/award-kinds.ts'

type Params = Record<string, string | number>
type Template = (p: Params) => string

const PART_VI: Record<string, string> = { APPRAISAL: 'thẩm định', SURVEY: 'điều tra xã hội học' }

/** A lineage event's name in the message's language ("sáp nhập", "merger"). */
function eventLabel(event: string | number | undefined, lang: Lang): string {
  const labels = LINEAGE_EVENT_LABELS[event as LineageEvent] as
    (typeof LINEAGE_EVENT_LABELS)[LineageEvent] | undefined
  return (labels?.[lang] ?? String(event)).toLowerCase()
}

/** A unit's level as a sentence names it ("cấp huyện", "district"); an unknown code as written. */
function levelOf(kind: string | number | undefined, lang: Lang): string {
  const label = UNIT_LEVEL_LABELS[kind as UnitKind] as { vi: string; en: string } | undefined
  return label ? label[lang].toLocaleLowerCase(lang) : String(kind)
}

/**
 * Codes of the award list named as a reader knows them ("Cờ thi đua của UBND tỉnh", "cá nhân"),
 * one or a comma-separated list, joined by "hoặc" / "or" (a name may hold a comma: "Thủ trưởng
 * cơ quan, đơn vị"); a code not in the list stays as written.
 */
function namesOf(
  codes: string | number | undefined,
  labels: Record<string, { vi: string; en: string }>,
  lang: Lang,
  lowerCase = false,
): string {
  return String(codes ?? '')
    .split(', ')
    .map((code) => {
      const label = labels[code]?.[lang] ?? code
      return lowerCase ? label.toLocaleLowerCase(lang) : label
    })
    .join(lang === 'vi' ? ' hoặc ' : ' or ')
}
const awardName = (p: Params, lang: Lang) =>
  namesOf(p.award, AWARD_KINDS as Record<AwardCode, { vi: string; en: string }>, lang)
/**
 * Issuers and recipients as an English sentence names them ("by a district", "to individuals"):
 * the labels are a list's ("District", "Individual"). Vietnamese takes the labels as they are.
 */
const ISSUERS_IN_ENGLISH: Record<IssuerLevel, string> = {
  STATE_PRESIDENT: 'the State President',
  PRIME_MINISTER: 'the Prime Minister',
  GOVERNMENT: 'the Government',
  MINISTRY: 'a ministry',
  PROVINCE: 'a province',
  DISTRICT: 'a district',
  COMMUNE: 'a commune',
  AGENCY_HEAD: 'an agency head',
}
const RECIPIENTS_IN_ENGLISH: Record<RecipientType, string> = {
  COLLECTIVE: 'collectives',
  INDIVIDUAL: 'individuals',
  HOUSEHOLD: 'households',
}
const inSentence = <C extends string>(
  labels: Record<C, { vi: string; en: string }>,
  english: Record<C, string>,
) =>
  Object.fromEntries(
    Object.entries<{ vi: string; en: string }>(labels).map(([code, label]) => [
      code,
      { vi: label.vi, en: english[code as C] },
    ]),
  ) as Record<C, { vi: string; en: string }>
const ISSUER_NAMES = inSentence(ISSUER_LEVEL_LABELS, ISSUERS_IN_ENGLISH)
const RECIPIENT_NAMES = inSentence(RECIPIENT_TYPE_LABELS, RECIPIENTS_IN_ENGLISH)
const issuerNames = (codes: string | number | undefined, lang: Lang) =>
  namesOf(codes, ISSUER_NAMES, lang)
const recipientNames = (codes: string | number | undefined, lang: Lang) =>
  namesOf(codes, RECIPIENT_NAMES, lang, true)

/**
 * Where a refused grant's values came from when not from the row's own cells: a decision gives
 * its award and issuer once in its title and its recipients under a heading ("I. TẬP THỂ"), so
 * the row alone does not say which line to correct. Empty when every value is the row's.
 */
function sourcesNote(p: Params, lang: Lang): string {
  const words =
    lang === 'vi'
      ? { award: 'hình thức khen thưởng', issuer: 'cấp khen', recipient: 'đối tượng' }
      : { award: 'award', issuer: 'issuer', recipient: 'recipient' }
  const where = (line: 'title' | 'heading', row: string | number) =>
    lang === 'vi'
      ? `${line === 'title' ? 'tiêu đề' : 'đề mục'}, dòng ${row}`
      : `${line === 'title' ? 'title' : 'heading'}, row ${row}`
  const parts = [
    p.awardRow !== undefined ? `${words.award}: ${where('title', p.awardRow)}` : '',
    p.issuerRow !== undefined ? `${words.issuer}: ${where('title', p.issuerRow)}` : '',
    p.issuerFromLevel !== undefined
      ? `${words.issuer}: ${lang === 'vi' ? 'theo cấp của đơn vị' : "the unit's own level"}`
      : '',
    p.recipientRow !== undefined ? `${words.recipient}: ${where('heading', p.recipientRow)}` : '',
  ].filter((part) => part !== '')
  return parts.length > 0 ? ` (${parts.join('; ')})` : ''
}

const MESSAGES: Record<ImportIssueCode, { vi: Template; en: Template }> = {
  EMPTY_FILE: { vi: () => 'Tệp không có dữ liệu', en: () => 'The file has no data' },
  UNSUPPORTED_FILE: {
    vi: () => 'Chỉ nhận tệp CSV (UTF-8) hoặc XLSX',
    en: () => 'Only CSV (UTF-8) or XLSX files are accepted',
  },
  INVALID_ENCODING: {
    vi: () => 'Tệp CSV không phải UTF-8; hãy lưu lại với mã hóa UTF-8',
    en: () => 'The CSV file is not UTF-8; save it again as UTF-8',
  },
  UNKNOWN_COLUMN: {
    vi: (p) => `Cột không xác định "${p.column}"` + (p.nearest ? `; có phải "${p.nearest}"?` : ''),
    en: (p) => `Unknown column "${p.column}"` + (p.nearest ? `; did you mean "${p.nearest}"?` : ''),
  },
  DUPLICATE_COLUMN: {
    vi: (p) =>
      `Cột "${p.column}" trùng với cột "${p.other}"` +
      (p.years
        ? `: hai năm khác nhau, hãy chọn Năm của bảng khi nhập để chỉ đọc cột của năm đó`
        : ''),
    en: (p) =>
      `Column "${p.column}" duplicates column "${p.other}"` +
      (p.years
        ? `: two years; give the table's year on import to read that year's column alone`
        : ''),
  },
  MISSING_COLUMN: {
    vi: (p) => `Thiếu cột "${p.label}" (${p.key})`,
    en: (p) => `Missing column "${p.label}" (${p.key})`,
  },
  MISSING_VALUE: { vi: () => 'Thiếu giá trị', en: () => 'Value missing' },
  INVALID_NUMBER: {
    vi: (p) => `"${p.value}" không phải là số`,
    en: (p) => `"${p.value}" is not a number`,
  },
  INVALID_INTEGER: {
    vi: (p) => `"${p.value}" không phải là số nguyên`,
    en: (p) => `"${p.value}" is not a whole number`,
  },
  INVALID_DATE: {
    vi: (p) =>
      p.decision
        ? `Dòng tiêu đề này ghi Quyết định số ${p.decision} "${p.value}", không phải ngày hợp lệ: sửa ngày trong dòng này, hoặc thêm cột "Số quyết định" và "Ngày quyết định"`
        : `"${p.value}" không phải ngày hợp lệ (dd/mm/yyyy hoặc yyyy-mm-dd)`,
    en: (p) =>
      p.decision
        ? `This title line dates Decision No. ${p.decision} "${p.value}", which is not a valid date: correct the date in this line, or add "Số quyết định" and "Ngày quyết định" columns`
        : `"${p.value}" is not a valid date (dd/mm/yyyy or yyyy-mm-dd)`,
  },
  INVALID_CODE: {
    vi: (p) => `Mã "${p.value}" không hợp lệ (chữ, số, "-", "_" và ".", tối đa 64 ký tự)`,
    en: (p) =>
      `Code "${p.value}" is invalid (letters, digits, "-", "_" and ".", at most 64 characters)`,
  },
  INVALID_VALUE: {
    vi: (p) =>
      p.allowedVi
        ? `"${p.value}" không hợp lệ; chấp nhận: ${p.allowedVi} (hoặc mã ${p.allowed})`
        : `"${p.value}" không hợp lệ; chấp nhận: ${p.allowed}`,
    en: (p) =>
      p.allowedEn
        ? `"${p.value}" is not valid; expected one of: ${p.allowedEn} (or the codes ${p.allowed})`
        : `"${p.value}" is not valid; expected one of: ${p.allowed}`,
  },
  OUT_OF_RANGE: {
    vi: (p) => `${p.value} nằm ngoài khoảng ${p.min}..${p.max}`,
    en: (p) => `${p.value} is outside ${p.min}..${p.max}`,
  },
  YEAR_OUT_OF_RANGE: {
    vi: (p) => `Năm ${p.value} nằm ngoài khoảng ${p.min}..${p.max}`,
    en: (p) => `Year ${p.value} is outside ${p.min}..${p.max}`,
  },
  FIELD_SUM_MISMATCH: {
    vi: (p) => `Tổng điểm các lĩnh vực (${p.sum}) khác tổng điểm (${p.total})`,
    en: (p) => `Field points add up to ${p.sum}, not the total ${p.total}`,
  },
  TASK_SUM_MISMATCH: {
    vi: (p) => `Tổng theo trạng thái (${p.sum}) khác số nhiệm vụ (${p.planned})`,
    en: (p) => `Status counts add up to ${p.sum}, not the planned ${p.planned}`,
  },
  UNKNOWN_UNIT: {
    vi: (p) => `Không tìm thấy đơn vị "${p.value}"` + (p.nearest ? `; gần nhất: ${p.nearest}` : ''),
    en: (p) => `Unknown unit "${p.value}"` + (p.nearest ? `; nearest: ${p.nearest}` : ''),
  },
  AMBIGUOUS_UNIT: {
    vi: (p) =>
      `Tên "${p.value}" khớp với nhiều đơn vị` +
      (p.matches ? ` (${p.matches})` : '') +
      '; hãy dùng mã đơn vị',
    en: (p) =>
      `Name "${p.value}" matches several units` +
      (p.matches ? ` (${p.matches})` : '') +
      '; use the unit code',
  },
  PARENT_REQUIRED: {
    vi: (p) =>
      `Tìm đơn vị theo tên cần tham số ?parent= (mã đơn vị cấp trên): ${p.rows} dòng của tệp chỉ ghi tên đơn vị, không ghi mã`,
    en: (p) =>
      `Matching units by name needs ?parent= (the parent unit code): ${p.rows} ${p.rows === 1 ? 'row names its unit' : 'rows name their units'} without a code`,
  },
  UNIT_NOT_VALID_THAT_YEAR: {
    vi: (p) => `Đơn vị ${p.unit} không tồn tại trong năm ${p.year} (${p.range})`,
    en: (p) => `Unit ${p.unit} does not exist in ${p.year} (${p.range})`,
  },
  UNKNOWN_FIELD: {
    vi: (p) => `Lĩnh vực "${p.value}" không có trong bộ chỉ số ${p.scheme}`,
    en: (p) => `Field "${p.value}" is not in scheme ${p.scheme}`,
  },
  UNKNOWN_AWARD: {
    vi: (p) => `Hình thức khen thưởng không xác định "${p.value}"`,
    en: (p) => `Unknown award "${p.value}"`,
  },
  ISSUER_NOT_ALLOWED: {
    vi: (p) =>
      `${awardName(p, 'vi')} không do ${issuerNames(p.issuer, 'vi')} ban hành vào ngày ${dateIn(p.date, 'vi')}: ` +
      (p.from
        ? `quy định áp dụng ${p.to ? `${dateIn(p.from, 'vi')}–${dateIn(p.to, 'vi')}` : `từ ${dateIn(p.from, 'vi')}`} chỉ cho ${issuerNames(p.allowed, 'vi')}`
        : 'không có quy định nào áp dụng') +
      sourcesNote(p, 'vi'),
    en: (p) =>
      `${awardName(p, 'en')} cannot be issued by ${issuerNames(p.issuer, 'en')} on ${dateIn(p.date, 'en')}: ` +
      (p.from
        ? `the rule in force ${p.to ? `${dateIn(p.from, 'en')} to ${dateIn(p.to, 'en')}` : `from ${dateIn(p.from, 'en')}`} allows only ${issuerNames(p.allowed, 'en')}`
        : 'no rule is in force') +
      sourcesNote(p, 'en'),
  },
  RECIPIENT_NOT_ALLOWED: {
    vi: (p) =>
      `${awardName(p, 'vi')} không trao cho ${recipientNames(p.recipient, 'vi')} (chỉ: ${recipientNames(p.allowed, 'vi')})` +
      sourcesNote(p, 'vi'),
    en: (p) =>
      `${awardName(p, 'en')} is not given to ${recipientNames(p.recipient, 'en')} (only: ${recipientNames(p.allowed, 'en')})` +
      sourcesNote(p, 'en'),
  },
  DUPLICATE_ROW: {
    vi: (p) => `Trùng với dòng ${p.other} (${p.key})`,
    en: (p) => `Duplicates row ${p.other} (${p.key})`,
  },
  INCONSISTENT_VALUE: {
    vi: (p) => `"${p.value}" khác giá trị "${p.other}" ở dòng ${p.row} của cùng ${p.what}`,
    en: (p) => `"${p.value}" differs from "${p.other}" on row ${p.row} of the same ${p.what}`,
  },
  PLACEMENT_NEEDS_DATE: {
    vi: (p) =>
      `Đơn vị ${p.unit} đã có kết quả đánh giá dưới cấp trên ${p.current}; đổi sang ${p.value} cần ngày "Hiệu lực từ" để không sửa các năm trước`,
    en: (p) =>
      `Unit ${p.unit} already has results under ${p.current}; moving it to ${p.value} needs a "Valid from" date so earlier years stay as they were`,
  },
  PARENT_LEVEL: {
    vi: (p) =>
      `Đơn vị ${levelOf(p.parentKind, 'vi')} (${p.value}) không thể là cấp trên của đơn vị ${levelOf(p.kind, 'vi')}`,
    en: (p) =>
      `A ${levelOf(p.parentKind, 'en')} unit (${p.value}) cannot be the parent of a ${levelOf(p.kind, 'en')} unit`,
  },
  DATE_OUTSIDE_VALIDITY: {
    vi: (p) => `Ngày ${p.value} nằm ngoài thời gian hiệu lực của đơn vị ${p.unit} (${p.range})`,
    en: (p) => `Date ${p.value} lies outside the validity of unit ${p.unit} (${p.range})`,
  },
  NO_COUNTRY: {
    vi: () =>
      'Không có đơn vị cấp quốc gia (COUNTRY) để làm cấp trên của tỉnh; hãy khai báo nó trước, ở một dòng đầu tệp: VN, Việt Nam, COUNTRY',
    en: () =>
      "No COUNTRY unit to be the province's parent; add it first, on a row above: VN, Việt Nam, COUNTRY",
  },
  LINEAGE_LEVEL: {
    vi: (p) =>
      `Sự kiện "${eventLabel(p.event, 'vi')}" phải nối hai đơn vị cùng cấp: ${p.from} là ${levelOf(p.fromKind, 'vi')}, ${p.to} là ${levelOf(p.toKind, 'vi')}`,
    en: (p) =>
      `A ${eventLabel(p.event, 'en')} links two units of one level: ${p.from} is a ${levelOf(p.fromKind, 'en')} unit, ${p.to} a ${levelOf(p.toKind, 'en')} unit`,
  },
  POINTS_OR_INDEX_REQUIRED: {
    vi: (p) =>
      p.parts === 'yes'
        ? 'Bảng chỉ có các phần của tổng điểm: cần thêm cột "Tổng điểm" hoặc "Chỉ số"'
        : 'Cần ít nhất "Điểm đạt được" hoặc "Chỉ số"',
    en: (p) =>
      p.parts === 'yes'
        ? 'The table gives only the parts of the total points: add a "Tổng điểm" or a "Chỉ số" column'
        : 'Give at least the points or the index',
  },
  COHORT_PARENT: {
    vi: (p) =>
      `Đơn vị ${p.unit} không thuộc ${p.value} trong năm ${p.year} (cấp trên: ${p.current})`,
    en: (p) =>
      `Unit ${p.unit} does not lie under ${p.value} in ${p.year} (its parent: ${p.current})`,
  },
  PARENT_CYCLE: {
    vi: (p) => `Đơn vị ${p.unit} nằm trong vòng lặp cấp trên`,
    en: (p) => `Unit ${p.unit} is in a parent cycle`,
  },
  MIXED_TASK_FORMAT: {
    vi: (p) =>
      `Cột "${p.column}" không dùng cùng cột Trạng thái: chọn một dòng mỗi nhiệm vụ hoặc một cột mỗi trạng thái`,
    en: (p) =>
      `Column "${p.column}" cannot be used with a status column: use one row per task or one column per status`,
  },
  FIELD_PARTS_MISMATCH: {
    vi: (p) =>
      `Điểm thẩm định ${p.appraisal} cộng điểm điều tra ${p.survey} là ${p.sum}, khác điểm tối đa ${p.max}`,
    en: (p) =>
      `Appraisal ${p.appraisal} plus survey ${p.survey} is ${p.sum}, not the maximum ${p.max}`,
  },
  CONTROL_CHARACTER: {
    vi: (p) => `Ô chứa ký tự điều khiển ${p.char} (ở ký tự thứ ${p.at}); hãy xóa nó`,
    en: (p) => `The cell holds the control character ${p.char} (at character ${p.at}); remove it`,
  },
  CELL_TOO_LONG: {
    vi: (p) => `Ô dài ${p.length} ký tự; tối đa ${p.max}`,
    en: (p) => `The cell is ${p.length} characters long; at most ${p.max}`,
  },
  TOO_MANY_ITEMS: {
    vi: (p) => `${p.what} có hơn ${p.max} mục`,
    en: (p) => `${p.what} has more than ${p.max} items`,
  },
  LEVEL_HAS_PUBLISHED_RESULTS: {
    vi: (p) =>
      `Đơn vị ${p.unit} có kết quả đã công bố ở cấp ${p.current} (năm ${p.years}); đổi sang cấp ${p.value} sẽ sửa các năm đã công bố: hãy hủy công bố các năm đó trước`,
    en: (p) =>
      `Unit ${p.unit} has published results at level ${p.current} (${p.years}); changing it to ${p.value} would rewrite published years: unpublish them first`,
  },
  CELL_ERROR: {
    vi: (p) => `Ô báo lỗi công thức ${p.value}; hãy sửa công thức hoặc nhập giá trị`,
    en: (p) => `The cell shows the spreadsheet error ${p.value}; fix the formula or type the value`,
  },
  CELL_WITHOUT_HEADER: {
    vi: (p) =>
      `Giá trị "${p.value}" nằm ở cột ${p.column}, cột không có tiêu đề; dòng có thừa dấu phân cách (ví dụ dấu phẩy thập phân trong tệp phân cách bằng dấu phẩy)?`,
    en: (p) =>
      `The value "${p.value}" is in column ${p.column}, which has no header; does the row have an extra separator (e.g. a decimal comma in a comma-separated file)?`,
  },
  INDEX_MISMATCH: {
    vi: (p) =>
      `Chỉ số công bố ${p.published} khác chỉ số tính được ${p.computed}` +
      (p.assumed
        ? ` (${p.points} trên ${p.max} điểm tối đa; nếu điểm tối đa của đơn vị khác, thêm cột "Điểm tối đa")`
        : ''),
    en: (p) =>
      `Published index ${p.published} differs from computed ${p.computed}` +
      (p.assumed
        ? ` (${p.points} of ${p.max} points; where the unit's maximum differs, add a "Điểm tối đa" column)`
        : ''),
  },
  PUBLISHED_CHANGED: {
    vi: (p) => `Thay đổi kết quả đã công bố của ${p.key}`,
    en: (p) => `Changes a published result: ${p.key}`,
  },
  SCHEME_TOTAL: {
    vi: (p) => `Tổng điểm tối đa các lĩnh vực của ${p.scheme} là ${p.total}, không phải 100`,
    en: (p) => `Field maxima of ${p.scheme} add up to ${p.total}, not 100`,
  },
  CRITERIA_TOTAL: {
    vi: (p) =>
      `Tổng điểm tối đa các tiêu chí của lĩnh vực ${p.field}${p.part ? ` (phần ${PART_VI[p.part] ?? p.part})` : ''} trong ${p.scheme} là ${p.total}, không phải ${p.max}`,
    en: (p) =>
      `Criteria of field ${p.field}${p.part ? ` (${String(p.part).toLowerCase()} part)` : ''} in ${p.scheme} add up to ${p.total}, not ${p.max}`,
  },
  COHORT_BLOCK_KEPT: {
    vi: (p) =>
      `Tệp không ghi khối: ${p.units} đơn vị năm ${p.year} được xếp hạng trong khối “${p.block}”, như kết quả đã lưu của các đơn vị này (năm ${p.years}), để so sánh được qua các năm. Nếu quyết định năm ${p.year} xếp hạng các đơn vị này theo khối khác, hãy thêm cột “Khối”`,
    en: (p) =>
      `The file names no block: its ${p.units} units of ${p.year} are ranked in block “${p.block}”, as their stored results are (${p.years}), so the years compare. If the ${p.year} decision ranked them in another block, add a “Khối” column`,
  },
  COHORT_BLOCK_AS_STORED: {
    vi: (p) =>
      `Khối “${p.given}” (${p.units} đơn vị) là khối “${p.block}” đã lưu của cùng đơn vị cấp trên, chỉ viết khác: các đơn vị được xếp hạng trong khối “${p.block}”, để so sánh được với các năm đã lưu`,
    en: (p) =>
      `Block “${p.given}” (${p.units} units) is the stored block “${p.block}” of the same parent, written otherwise: the units are ranked in “${p.block}”, so the years compare`,
  },
  OTHER_SHEETS_SKIPPED: {
    vi: (p) =>
      `Tệp có ${p.count} trang tính; chỉ đọc trang đầu tiên “${p.sheet}”, bỏ qua ${p.others}. Nếu bảng kết quả nằm ở trang khác, hãy kéo trang đó lên đầu (hoặc lưu riêng thành một tệp) rồi tải lên lại`,
    en: (p) =>
      `The workbook has ${p.count} sheets; only the first, “${p.sheet}”, was read and ${p.others} skipped. If the table is on another sheet, move that sheet first (or save it as a file of its own) and upload again`,
  },
  TITLE_ROWS_SKIPPED: {
    vi: (p) =>
      p.first === p.last
        ? `Dòng ${p.first} nằm trên dòng tiêu đề cột (dòng ${p.header}) nên được bỏ qua`
        : `Các dòng ${p.first}–${p.last} nằm trên dòng tiêu đề cột (dòng ${p.header}) nên được bỏ qua`,
    en: (p) =>
      p.first === p.last
        ? `Row ${p.first} is above the header (row ${p.header}) and was skipped`
        : `Rows ${p.first}–${p.last} are above the header (row ${p.header}) and were skipped`,
  },
  YEAR_DIFFERS: {
    vi: (p) => `Năm ${p.value} khác năm đã chọn khi nhập (${p.year})`,
    en: (p) => `Year ${p.value} differs from the year the import was asked for (${p.year})`,
  },
  RANK_SIZE_DIFFERS: {
    vi: (p) => `Số đơn vị ${p.value} khác số ghi cùng xếp hạng "${p.rank}"`,
    en: (p) => `Cohort size ${p.value} differs from the one printed with the rank "${p.rank}"`,
  },
  COLUMN_YEAR_DIFFERS: {
    vi: (p) =>
      `Cột "${p.column}" ghi năm ${p.columnYear}, khác năm ${p.year} của ${p.of === 'table' ? 'bảng (không có cột nào của năm này)' : 'dòng này'}`,
    en: (p) =>
      `Column "${p.column}" names ${p.columnYear}, not ${p.of === 'table' ? "the table's year" : "this row's year"} ${p.year}${p.of === 'table' ? ' (no column of that year)' : ''}`,
  },
  COLUMN_OF_OTHER_YEAR_SKIPPED: {
    vi: (p) =>
      `Cột "${p.column}" là số liệu năm ${p.columnYear}, không phải năm ${p.year} của bảng: bỏ qua, không nhập`,
    en: (p) =>
      `Column "${p.column}" holds ${p.columnYear}'s values, not the table's year ${p.year}: set aside, not imported`,
  },
  COMPARISON_COLUMN_SKIPPED: {
    vi: (p) =>
      `Cột "${p.column}" so sánh giữa các năm: bỏ qua (mức tăng, giảm được tính từ số liệu đã nhập)`,
    en: (p) =>
      `Column "${p.column}" compares years: set aside (changes are computed from the imported values)`,
  },
  MIXED_AWARD_FORMAT: {
    vi: (p) =>
      `Cột "${p.column}" không dùng cùng cột số lượng theo đối tượng (Tập thể, Cá nhân): chọn một dòng mỗi đối tượng hoặc một cột mỗi đối tượng`,
    en: (p) =>
      `Column "${p.column}" cannot be used with count columns per recipient (Tập thể, Cá nhân): use one row per recipient type or one column per recipient type`,
  },
  AWARD_FROM_TITLE: {
    vi: (p) =>
      `Bảng không có cột Hình thức khen thưởng: các dòng được nhập là ${p.award}${p.issuer ? ` do ${p.issuer} ban hành` : ''}, như dòng tiêu đề này ghi`,
    en: (p) =>
      `The table has no award column: its rows are imported as ${p.award}${p.issuer ? ` issued by ${p.issuer}` : ''}, as this title line names it`,
  },
  REASON_FROM_TITLE: {
    vi: (p) =>
      `Bảng không có cột Lý do: các dòng được nhập với lý do ${p.reason}, như dòng tiêu đề này ghi`,
    en: (p) =>
      `The table has no reason column: its rows are imported with the reason ${p.reason}, as this title line gives it`,
  },
  DECISION_FROM_TITLE: {
    vi: (p) =>
      `${p.column ? `${p.rows} dòng không ghi quyết định ở cột "${p.column}"` : 'Bảng không có cột Số quyết định: các dòng'} được ghi nhận theo Quyết định số ${p.no}${p.date ? ` ngày ${dateIn(p.date, 'vi')}` : ' (không ghi ngày)'}, quyết định mà dòng tiêu đề này nêu. Quyết định chỉ được ghi nhận: kết quả vẫn là bản nháp cho đến khi năm được công bố`,
    en: (p) =>
      `${p.column ? `${p.rows} ${p.rows === 1 ? 'row' : 'rows'} giving no decision in the column "${p.column}" ${p.rows === 1 ? 'is' : 'are'}` : 'The table has no decision column: its rows are'} recorded under Decision No. ${p.no}${p.date ? ` of ${dateIn(p.date, 'en')}` : ' (no date given)'}, the decision this title line names. The decision is recorded only: the results stay drafts until the year is published`,
  },
  AWARD_DECISION_FROM_TITLE: {
    vi: (p) =>
      `${p.column ? `${p.rows} dòng không ghi quyết định ở cột "${p.column}"` : 'Bảng không có cột Số quyết định: các khen thưởng'} được ghi theo Quyết định số ${p.no}${p.date ? ` ngày ${dateIn(p.date, 'vi')}` : ' (không ghi ngày)'}, quyết định mà dòng tiêu đề này nêu (bảng là phụ lục của quyết định đó)`,
    en: (p) =>
      `${p.column ? `${p.rows} ${p.rows === 1 ? 'row' : 'rows'} giving no decision in the column "${p.column}" ${p.rows === 1 ? 'is' : 'are'}` : 'The table has no decision column: its grants are'} recorded under Decision No. ${p.no}${p.date ? ` of ${dateIn(p.date, 'en')}` : ' (no date given)'}, the decision this title line names (the table is its annex)`,
  },
  DECISION_TITLE_AMBIGUOUS: {
    vi: (p) =>
      `Các dòng tiêu đề nêu hai quyết định khác nhau (${cited(p.first, p.firstDate, 'vi')} ở dòng ${p.firstRow}; ${cited(p.second, p.secondDate, 'vi')} ở dòng ${p.secondRow}): không ghi nhận quyết định nào cho các dòng; thêm cột "Số quyết định" và "Ngày quyết định" để ghi nhận`,
    en: (p) =>
      `The title lines name two different decisions (${cited(p.first, p.firstDate, 'en')} on row ${p.firstRow}; ${cited(p.second, p.secondDate, 'en')} on row ${p.secondRow}): no decision is recorded for the rows; add "Số quyết định" and "Ngày quyết định" columns to record one`,
  },
  RECIPIENT_SECTION: {
    vi: (p) => `Dòng tiêu đề nhóm "${p.title}": các dòng bên dưới là khen thưởng ${p.recipient}`,
    en: (p) => `Section heading "${p.title}": the rows below are awards to ${p.recipient}`,
  },
  UNIT_NAMED_WITHOUT_TITLE: {
    vi: (p) => `"${p.value}" được hiểu là ${p.unit} (${p.code}), đơn vị duy nhất có tên này`,
    en: (p) => `"${p.value}" is read as ${p.unit} (${p.code}), the one unit of that name`,
  },
  NOTE_COLUMN_SKIPPED: {
    vi: (p) =>
      Number(p.noted) > 0
        ? `Cột "${p.column}" không được nhập: ${p.noted} dòng có ghi chú, cần xem lại trong tệp gốc`
        : `Cột "${p.column}" không được nhập (cột trống)`,
    en: (p) =>
      Number(p.noted) > 0
        ? `Column "${p.column}" is not imported: ${p.noted} ${Number(p.noted) === 1 ? 'row holds' : 'rows hold'} a note, to be read in the file itself`
        : `Column "${p.column}" is not imported (it is empty)`,
  },
  HEADER_REPEATED_SKIPPED: {
    vi: (p) => `Dòng này lặp lại tiêu đề cột (dòng ${p.header}): bỏ qua`,
    en: (p) => `This row repeats the column headers (row ${p.header}): set aside`,
  },
  PART_COLUMN_SKIPPED: {
    vi: (p) =>
      `Cột "${p.column}" là một phần của tổng điểm (điểm thẩm định hoặc điểm điều tra xã hội học): không nhập riêng phần này`,
    en: (p) =>
      `Column "${p.column}" is a part of the total points (appraised, or from the survey): the part is not imported`,
  },
  YEAR_FROM_HEADER: {
    vi: (p) =>
      `Bảng không có cột Năm: các dòng được nhập cho năm ${p.year}, năm ghi ở tiêu đề cột "${p.column}"`,
    en: (p) =>
      `The table has no year column: its rows are imported for ${p.year}, the year the column "${p.column}" names`,
  },
  RANKS_PAST_ROWS: {
    vi: (p) =>
      `Bảng có ${p.rows} đơn vị của nhóm này nhưng thứ hạng công bố đến ${p.rank} và không ghi số đơn vị được xếp hạng: bảng chỉ là một phần của bảng xếp hạng. Thứ hạng được hiển thị trên ${p.rank} đơn vị (số ít nhất có thể); thêm cột "Số đơn vị" để hiển thị đúng số đơn vị đã xếp hạng`,
    en: (p) =>
      `The table lists ${p.rows} units of this cohort but publishes ranks up to ${p.rank} without saying how many units were ranked: it is part of a ranking. Ranks are shown of ${p.rank} units (the least there can be); add a "Số đơn vị" column to show them of the number ranked`,
  },
  RANKED_FEWER_THAN_LISTED: {
    vi: (p) =>
      `Bảng xếp hạng ${p.rows} đơn vị ${levelOf(p.kind, 'vi')} của ${p.parent} năm ${p.year} và không ghi số đơn vị được xếp hạng, trong khi danh sách đơn vị có ${p.listed} đơn vị ${levelOf(p.kind, 'vi')} của ${p.parent} năm đó: thứ hạng được hiển thị trên ${p.rows} đơn vị. Nếu quyết định xếp hạng nhiều đơn vị hơn, thêm cột "Số đơn vị"`,
    en: (p) =>
      `The table ranks ${p.rows} of ${p.parent}'s units (${levelOf(p.kind, 'en')}) in ${p.year} without saying how many were ranked, while the unit list has ${p.listed} for that year: ranks are shown of ${p.rows}. If the decision ranked more, add a "Số đơn vị" column`,
  },
  YEAR_FROM_TITLE: {
    vi: (p) =>
      `Bảng không có cột Năm: các dòng được nhập cho năm ${p.year}, năm ghi ở dòng tiêu đề này`,
    en: (p) =>
      `The table has no year column: its rows are imported for ${p.year}, the year this title line names`,
  },
  SECTION_ROW: {
    vi: (p) => {
      const below = p.rows ? `${p.units} đơn vị bên dưới (dòng ${p.rows})` : 'các đơn vị bên dưới'
      return p.block
        ? `Dòng tiêu đề nhóm "${p.title}": ${below} được xếp hạng trong khối "${p.block}"${p.size ? ` gồm ${p.size} đơn vị` : ''}`
        : `Dòng tiêu đề nhóm "${p.title}": không phải một đơn vị; ${below} được xếp hạng cùng cấp của mình${p.size ? ` (${p.size} đơn vị)` : ''}`
    },
    en: (p) => {
      const one = p.units === 1
      const below = !p.rows
        ? 'the units below are'
        : one
          ? `the unit below (row ${p.rows}) is`
          : `the ${p.units} units below (rows ${p.rows}) are`
      return p.block
        ? `Section heading "${p.title}": ${below} ranked in the block "${p.block}"${p.size ? ` of ${p.size} units` : ''}`
        : `Section heading "${p.title}": not a unit; ${below} ranked with ${one ? 'its' : 'their'} level${p.size ? ` (${p.size} units)` : ''}`
    },
  },
  SECTION_NOT_PLACED: {
    vi: (p) =>
      `Không xác định được khối của dòng tiêu đề nhóm "${p.title}": ${p.units} đơn vị bên dưới (dòng ${p.rows}) xếp hạng lại từ 1 nhưng được xếp hạng chung với ${p.others} đơn vị khác cùng cấp (dòng ${p.otherRows}). Nếu quyết định xếp hạng riêng nhóm này, hãy thêm cột “Khối” ghi tên khối của từng dòng`,
    en: (p) =>
      `Section heading "${p.title}" could not be placed in a block: ${p.units === 1 ? `the unit below (row ${p.rows}) is` : `the ${p.units} units below (rows ${p.rows}) are`} ranked from 1 again, yet ranked together with ${p.others} other ${p.others === 1 ? 'unit' : 'units'} of their level (rows ${p.otherRows}). If the decision ranked this group apart, add a “Khối” column naming each row's block`,
  },
  SUMMARY_ROW_SKIPPED: {
    vi: (p) => `Dòng "${p.label}" là dòng tổng hợp, không phải một đơn vị, nên được bỏ qua`,
    en: (p) => `Row "${p.label}" sums up the table, it is not a unit, and was skipped`,
  },
  TOO_MANY_ERRORS: {
    vi: (p) => `Quá nhiều lỗi; chỉ liệt kê ${p.limit} lỗi đầu`,
    en: (p) => `Too many problems; only the first ${p.limit} are listed`,
  },
}

/** An ISO date as documents in the language write it: 01/07/2025 (vi), 1 July 2025 (en). */
function dateIn(value: string | number | undefined, lang: Lang): string {
  return decisionDateText(String(value ?? ''), lang)
}

/** A decision a title line cites: "Quyết định số 600/QĐ-UBND ngày 05/02/2024", "Decision No. …". */
function cited(no: string | number | undefined, date: string | number | undefined, lang: Lang) {
  const on = date ? ` ${lang === 'vi' ? 'ngày' : 'of'} ${dateIn(date, lang)}` : ''
  return `${lang === 'vi' ? 'Quyết định số' : 'Decision No.'} ${no ?? ''}${on}`
}

export function importMessage(code: ImportIssueCode, lang: Lang, params: Params = {}): string {
  return MESSAGES[code][lang](params)
}

/** The summary message of a rejected file. */
export function invalidFileMessage(count: number, lang: Lang): string {
  return lang === 'vi'
    ? `Tệp có ${count} lỗi; chưa ghi dữ liệu nào`
    : `The file has ${count} problem(s); nothing was written`
}
