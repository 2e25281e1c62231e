// The unit directory as a table download: each unit with its level, parent and title as placed
// on the date asked for.
import { UNIT_KIND_LABELS, UNIT_TITLE_LABELS } from '#shared/domain/units.ts'
import type { Unit } from '#shared/dto/unit.ts'
import type { TextLang } from '#shared/text/format-number.ts'
import type {
  DownloadTable,
  Localized,
  TableColumn,
  TableRow,
} from '#server/lib/table-download/table-columns.ts'

/** The columns scripts have always read: the Unit fields as they are. */
export const UNIT_RAW_COLUMNS = [
  'code',
  'name',
  'kind',
  'parentCode',
  'title',
  'validFrom',
  'validTo',
] as const

export const UNIT_COLUMNS: readonly TableColumn[] = [
  { key: 'code', vi: 'Mã đơn vị', en: 'Unit code', kind: 'text' },
  { key: 'name', vi: 'Tên đơn vị', en: 'Unit', kind: 'text', width: 22 },
  { key: 'kind_label', vi: 'Cấp', en: 'Level', kind: 'text' },
  { key: 'title_label', vi: 'Loại đơn vị', en: 'Title', kind: 'text' },
  { key: 'parentCode', vi: 'Mã đơn vị cấp trên', en: 'Parent code', kind: 'text' },
  { key: 'validFrom', vi: 'Hiệu lực từ', en: 'Valid from', kind: 'text' },
  { key: 'validTo', vi: 'Hiệu lực đến', en: 'Valid to', kind: 'text' },
]

export type UnitTableInput = {
  parent: { code: string; name: string } | null
  kind: Unit['kind'] | undefined
  year: number | undefined
  items: readonly Unit[]
  source: Localized
  lang: TextLang | null
}

function* unitRows(items: readonly Unit[], lang: TextLang): Generator<TableRow> {
  for (const unit of items) {
    yield {
      ...unit,
      kind_label: UNIT_KIND_LABELS[unit.kind][lang],
      title_label: unit.title ? UNIT_TITLE_LABELS[unit.title][lang] : null,
    }
  }
}

export function unitTable(input: UnitTableInput): DownloadTable {
  const { parent, kind, year } = input
  const title = (lang: TextLang) =>
    [
      lang === 'vi' ? 'Danh mục đơn vị' : 'Unit directory',
      parent?.name,
      kind ? UNIT_KIND_LABELS[kind][lang] : null,
      year === undefined ? null : lang === 'vi' ? `năm ${year}` : String(year),
    ]
      .filter(Boolean)
      .join(' — ')
  return {
    fileName: ['units', parent?.code, kind, year],
    title: { vi: title('vi'), en: title('en') },
    sheetName: { vi: 'Đơn vị', en: 'Units' },
    columns: UNIT_COLUMNS,
    rawColumns: UNIT_RAW_COLUMNS,
    rows: unitRows(input.items, input.lang ?? 'vi'),
    source: input.source,
  }
}
