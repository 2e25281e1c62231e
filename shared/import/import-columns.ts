// The columns of each import file kind (DESIGN "Import formats"): canonical key, the Vietnamese
// label printed in official tables, accepted aliases, and two example values for templates.
// Shared with the client so the Data page can show the table and build templates.
import { TASK_STATUS_LABELS, TASK_STATUSES } from '../domain/task-statuses.ts'

/** File kinds POST /api/imports accepts, in the order a fresh database loads them. */
export const IMPORT_FILE_KINDS = [
  'units',
  'lineage',
  'schemes',
  'assessments',
  'tasks',
  'awards',
] as const
export type ImportFileKind = (typeof IMPORT_FILE_KINDS)[number]

export type ImportColumn = {
  key: string
  vi: string
  en: string
  /** Other labels seen in official tables; matched like `vi` (case and diacritics ignored). */
  aliases?: readonly string[]
  required?: boolean
  examples: readonly [string, string]
}

const UNIT_BY_CODE: ImportColumn = {
  key: 'unit_code',
  vi: 'Mã đơn vị',
  en: 'Unit code',
  examples: ['LONG_AN.THANH_HOA', 'LONG_AN.TAN_AN'],
}
const UNIT_BY_NAME: ImportColumn = {
  key: 'unit_name',
  vi: 'Tên đơn vị',
  en: 'Unit name',
  aliases: [
    'Đơn vị',
    'Tên cơ quan, đơn vị',
    'Tên cơ quan',
    'Cơ quan',
    'Cơ quan, đơn vị',
    'Địa phương',
    // Headers naming the level of the units listed under them.
    'Sở, ban, ngành',
    'Huyện, thị xã, thành phố',
    'Xã, phường, thị trấn',
    'Xã, phường, đặc khu',
    // The provinces' level, as the Ministry of Home Affairs names the units it ranks ("63 tỉnh,
    // thành phố trực thuộc Trung ương").
    'Tỉnh, thành phố',
    'Tỉnh, thành phố trực thuộc Trung ương',
  ],
  examples: ['Huyện Thạnh Hóa', 'Thành phố Tân An'],
}
const YEAR: ImportColumn = {
  key: 'year',
  vi: 'Năm',
  en: 'Year',
  required: true,
  examples: ['2023', '2023'],
}
const DECISION_NO: ImportColumn = {
  key: 'decision_no',
  vi: 'Số quyết định',
  en: 'Decision number',
  aliases: ['Số QĐ'],
  examples: ['123/QĐ-UBND', '123/QĐ-UBND'],
}
const DECISION_DATE: ImportColumn = {
  key: 'decision_date',
  vi: 'Ngày quyết định',
  en: 'Decision date',
  aliases: ['Ngày QĐ', 'Ngày ban hành'],
  examples: ['15/01/2024', '15/01/2024'],
}

const STATUS_COLUMNS: ImportColumn[] = TASK_STATUSES.map((status) => ({
  key: status.toLowerCase(),
  vi: TASK_STATUS_LABELS[status].vi,
  en: TASK_STATUS_LABELS[status].en,
  examples:
    status === 'DONE_ON_TIME' ? ['10', '8'] : status === 'DONE_LATE' ? ['1', '0'] : ['0', '0'],
}))

export const IMPORT_COLUMNS: Record<ImportFileKind, readonly ImportColumn[]> = {
  units: [
    {
      key: 'code',
      vi: 'Mã đơn vị',
      en: 'Code',
      required: true,
      examples: ['LONG_AN.THANH_HOA', 'LONG_AN.TAN_AN'],
    },
    {
      key: 'name',
      vi: 'Tên đơn vị',
      en: 'Name',
      aliases: ['Đơn vị'],
      required: true,
      examples: ['Huyện Thạnh Hóa', 'Thành phố Tân An'],
    },
    {
      key: 'kind',
      vi: 'Loại',
      en: 'Kind',
      aliases: ['Loại đơn vị', 'Cấp'],
      required: true,
      examples: ['DISTRICT', 'DISTRICT'],
    },
    {
      key: 'parent_code',
      vi: 'Mã đơn vị cấp trên',
      en: 'Parent code',
      examples: ['LONG_AN', 'LONG_AN'],
    },
    {
      key: 'title',
      vi: 'Loại hình',
      en: 'Title',
      aliases: ['Danh xưng', 'Loại đơn vị hành chính'],
      examples: ['HUYEN', 'THANH_PHO'],
    },
    {
      key: 'valid_from',
      vi: 'Hiệu lực từ',
      en: 'Valid from',
      aliases: ['Từ năm', 'Hiệu lực từ năm', 'Từ ngày'],
      examples: ['', ''],
    },
    {
      key: 'valid_to',
      vi: 'Hiệu lực đến',
      en: 'Valid to',
      aliases: ['Đến năm', 'Hiệu lực đến năm', 'Đến ngày'],
      examples: ['30/06/2025', '30/06/2025'],
    },
  ],
  lineage: [
    { key: 'event', vi: 'Sự kiện', en: 'Event', required: true, examples: ['MERGE', 'RENAME'] },
    {
      key: 'from_code',
      vi: 'Mã đơn vị cũ',
      en: 'From code',
      aliases: ['Từ đơn vị'],
      required: true,
      examples: ['LONG_AN', 'AN_GIANG.LONG_XUYEN'],
    },
    {
      key: 'to_code',
      vi: 'Mã đơn vị mới',
      en: 'To code',
      aliases: ['Thành đơn vị'],
      examples: ['TAY_NINH', 'AN_GIANG.LONG_XUYEN_WARD'],
    },
    {
      key: 'effective_date',
      vi: 'Ngày hiệu lực',
      en: 'Effective date',
      required: true,
      examples: ['01/07/2025', '01/07/2025'],
    },
    {
      key: 'note',
      vi: 'Ghi chú',
      en: 'Note',
      aliases: ['Nhận xét', 'Notes', 'Remarks'],
      examples: ['', ''],
    },
  ],
  schemes: [
    {
      key: 'province_code',
      vi: 'Mã tỉnh',
      en: 'Province code',
      aliases: ['Mã đơn vị ban hành'],
      required: true,
      examples: ['LONG_AN', 'LONG_AN'],
    },
    {
      key: 'unit_kind',
      vi: 'Loại đơn vị',
      en: 'Unit kind',
      required: true,
      examples: ['DISTRICT', 'DISTRICT'],
    },
    { key: 'year_from', vi: 'Từ năm', en: 'From year', required: true, examples: ['2022', '2022'] },
    { key: 'year_to', vi: 'Đến năm', en: 'To year', examples: ['', ''] },
    {
      key: 'name',
      vi: 'Tên bộ chỉ số',
      en: 'Scheme name',
      required: true,
      examples: ['Bộ Chỉ số CCHC cấp huyện', 'Bộ Chỉ số CCHC cấp huyện'],
    },
    DECISION_NO,
    { key: 'item', vi: 'Mục', en: 'Item', required: true, examples: ['field', 'grade'] },
    { key: 'code', vi: 'Mã', en: 'Code', required: true, examples: ['LEADERSHIP', 'GOOD'] },
    // A criterion row (item "criterion"): its field and name; `code` is the criterion's number.
    {
      key: 'field_code',
      vi: 'Thuộc lĩnh vực',
      en: 'Field code',
      aliases: ['Mã lĩnh vực'],
      examples: ['', ''],
    },
    {
      key: 'criterion_name',
      vi: 'Tên tiêu chí',
      en: 'Criterion name',
      aliases: ['Tiêu chí'],
      examples: ['', ''],
    },
    { key: 'max_points', vi: 'Điểm tối đa', en: 'Maximum points', examples: ['10', ''] },
    { key: 'component', vi: 'Thành phần', en: 'Component', examples: ['APPRAISAL', ''] },
    // A field with both parts: its appraisal and survey maxima (they add up to max_points).
    {
      key: 'appraisal_max',
      vi: 'Điểm thẩm định tối đa',
      en: 'Appraisal maximum',
      aliases: ['Điểm thẩm định'],
      examples: ['', ''],
    },
    {
      key: 'survey_max',
      vi: 'Điểm điều tra XHH tối đa',
      en: 'Survey maximum',
      aliases: ['Điểm điều tra xã hội học', 'Điểm khảo sát'],
      examples: ['', ''],
    },
    {
      key: 'min_pct',
      vi: 'Ngưỡng tối thiểu',
      en: 'Minimum %',
      aliases: ['Từ (%)'],
      examples: ['', '80'],
    },
    // "≥" (from, the default) or ">" (above): "Xuất sắc > 95" starts above 95.
    {
      key: 'min_bound',
      vi: 'Loại ngưỡng',
      en: 'Lower bound',
      aliases: ['Cận dưới'],
      examples: ['', '≥'],
    },
    {
      key: 'label_vi',
      vi: 'Nhãn tiếng Việt',
      en: 'Vietnamese label',
      aliases: ['Tên xếp loại'],
      examples: ['', 'Tốt'],
    },
    { key: 'label_en', vi: 'Nhãn tiếng Anh', en: 'English label', examples: ['', 'Good'] },
  ],
  assessments: [
    UNIT_BY_CODE,
    UNIT_BY_NAME,
    YEAR,
    {
      key: 'max_points',
      vi: 'Điểm tối đa',
      en: 'Maximum points',
      aliases: ['Tổng điểm tối đa'],
      examples: ['100', '96,5'],
    },
    {
      key: 'points',
      vi: 'Điểm đạt được',
      en: 'Points',
      aliases: [
        'Điểm thẩm định',
        'Tổng điểm',
        'Tổng điểm đạt được',
        'Tổng điểm các lĩnh vực',
        'Tổng số điểm',
        'Tổng số điểm đạt được',
        'Điểm đạt',
        'Điểm',
        'Điểm số',
        'Điểm đánh giá',
        'Tổng điểm đánh giá',
        'Điểm tổng hợp',
      ],
      examples: ['80,1', '77,2'],
    },
    {
      key: 'index_pct',
      vi: 'Chỉ số',
      en: 'Index %',
      aliases: [
        'Tỷ lệ',
        'Chỉ số CCHC',
        'Chỉ số cải cách hành chính',
        'Chỉ số CCHC đạt được',
        'PAR INDEX',
        'Chỉ số PAR INDEX',
        // The acronym some provinces print for their own index (Khánh Hòa: "PARI đạt 95,20%").
        'PARI',
        'Chỉ số PARI',
        'Tỷ lệ điểm đạt được',
        'Tỷ lệ đạt',
        'Tỷ lệ đạt được',
      ],
      examples: ['80,1%', '80,0%'],
    },
    {
      key: 'rank',
      vi: 'Xếp hạng',
      en: 'Rank',
      aliases: ['Thứ hạng', 'Thứ tự xếp hạng', 'Vị thứ', 'Hạng', 'Xếp thứ'],
      examples: ['5', '6'],
    },
    {
      key: 'cohort_size',
      vi: 'Số đơn vị',
      en: 'Units ranked',
      aliases: ['Tổng số đơn vị', 'Số đơn vị xếp hạng'],
      examples: ['15', '15'],
    },
    {
      key: 'cohort',
      vi: 'Khối',
      en: 'Block',
      aliases: ['Nhóm', 'Khối xếp hạng', 'Nhóm xếp hạng'],
      examples: ['', ''],
    },
    {
      key: 'cohort_parent',
      vi: 'Mã cấp xếp hạng',
      en: 'Ranked under',
      aliases: ['Đơn vị xếp hạng'],
      examples: ['', ''],
    },
    { key: 'grade', vi: 'Xếp loại', en: 'Grade', examples: ['Tốt', 'Tốt'] },
    DECISION_NO,
    DECISION_DATE,
  ],
  tasks: [
    UNIT_BY_CODE,
    UNIT_BY_NAME,
    YEAR,
    { key: 'field', vi: 'Lĩnh vực', en: 'Field', examples: ['PROCEDURES', 'CIVIL_SERVICE'] },
    { key: 'content_area', vi: 'Nội dung', en: 'Content area', examples: ['', ''] },
    { key: 'task', vi: 'Nhiệm vụ', en: 'Task', aliases: ['Tên nhiệm vụ'], examples: ['', ''] },
    {
      key: 'status',
      vi: 'Trạng thái',
      en: 'Status',
      aliases: ['Tình trạng', 'Kết quả thực hiện'],
      examples: ['', ''],
    },
    {
      key: 'planned',
      vi: 'Số nhiệm vụ',
      en: 'Planned',
      aliases: ['Tổng số nhiệm vụ', 'Kế hoạch'],
      examples: ['11', '8'],
    },
    ...STATUS_COLUMNS,
  ],
  awards: [
    UNIT_BY_CODE,
    UNIT_BY_NAME,
    YEAR,
    {
      key: 'award_code',
      vi: 'Hình thức khen thưởng',
      en: 'Award',
      aliases: ['Danh hiệu', 'Mã khen thưởng', 'Danh hiệu thi đua, hình thức khen thưởng'],
      // Required unless the title names the award (award-wording.ts): checked by the import.
      examples: ['MERIT_CERTIFICATE', 'MERIT_CERTIFICATE'],
    },
    {
      key: 'recipient_type',
      vi: 'Đối tượng',
      en: 'Recipient type',
      aliases: ['Đối tượng khen thưởng'],
      // Required unless headings ("I. TẬP THỂ") or count columns per recipient give it.
      examples: ['COLLECTIVE', 'INDIVIDUAL'],
    },
    { key: 'count', vi: 'Số lượng', en: 'Count', examples: ['10', '8'] },
    // A tally of one row per unit and award: a count column per recipient type, as summaries of
    // commendation print them ("Số lượng" merged over "Tập thể | Cá nhân").
    {
      key: 'collective_count',
      vi: 'Tập thể',
      en: 'Collectives',
      aliases: ['Số tập thể'],
      examples: ['', ''],
    },
    {
      key: 'individual_count',
      vi: 'Cá nhân',
      en: 'Individuals',
      aliases: ['Số cá nhân'],
      examples: ['', ''],
    },
    {
      key: 'household_count',
      vi: 'Hộ gia đình',
      en: 'Households',
      aliases: ['Số hộ gia đình'],
      examples: ['', ''],
    },
    {
      key: 'recipient_name',
      vi: 'Tên tập thể, cá nhân',
      en: 'Recipient name',
      aliases: ['Người nhận', 'Tên người nhận'],
      examples: ['', ''],
    },
    {
      key: 'issuer_level',
      vi: 'Cấp khen thưởng',
      en: 'Issuer level',
      aliases: ['Cấp ban hành', 'Cơ quan khen thưởng'],
      examples: ['DISTRICT', 'DISTRICT'],
    },
    DECISION_NO,
    DECISION_DATE,
    {
      key: 'reason',
      vi: 'Lý do',
      en: 'Reason',
      aliases: ['Lý do khen thưởng'],
      // Required unless the title gives the reason ("… trong công tác cải cách hành chính").
      examples: ['PAR', 'PAR'],
    },
  ],
}

/** Headers that number rows in official tables (Số thứ tự); ignored on import. */
export const IGNORED_HEADERS = ['STT', 'TT', 'Số TT', 'Số thứ tự', 'No', '#'] as const

/** Per-field points columns of an assessments file: `field:CODE` (e.g. `field:LEADERSHIP`). */
export const FIELD_COLUMN_PREFIX = 'field:'
/**
 * A unit's own maximum in a field: `field_max:CODE` (0: the criterion does not apply to the unit,
 * so it never reads as lost points).
 */
export const FIELD_MAX_COLUMN_PREFIX = 'field_max:'
