// Khánh Hòa's PAR Index 2018, imported end to end: the province ranked 44 bodies in four blocks,
// each with its own size, by an index in per cent it calls "PARI", each with its grade ("xếp
// loại" Tốt, Khá, Trung bình, Yếu). The figures are real, from Báo Khánh Hòa, "Phê duyệt xếp hạng
// kết quả cải cách hành chính năm 2018", 11/02/2019,
// https://baokhanhhoa.vn/phong-su/chung-tay-cai-cach-hanh-chinh/201902/phe-duyet-xep-hang-ket-qua-cai-cach-hanh-chinh-nam-2018-8105113/
// ("UBND tỉnh Khánh Hòa vừa có quyết định Phê duyệt, công bố Chỉ số Cải cách hành chính (PARI) và
// xếp hạng kết quả cải cách hành chính năm 2018"; the decision's number is not printed):
// - "Khối các sở, ban, ngành thuộc tỉnh có 12/21 đơn vị xếp loại tốt và 9/21 đơn vị xếp loại khá;
//   dẫn đầu … là Sở Thông tin và Truyền thông với PARI đạt 95,20% và thấp nhất là Sở Giáo dục và
//   Đào tạo với PARI đạt 75,71%";
// - "Khối cơ quan ngành dọc cấp tỉnh có 5/6 đơn vị xếp loại tốt và dẫn đầu là Ngân hàng Nhà nước
//   Chi nhánh tỉnh Khánh Hòa với PARI đạt 91,49%, đơn vị xếp loại khá là Công an tỉnh với PARI đạt
//   84,00%";
// - "Khối UBND cấp huyện có 3/8 đơn vị xếp loại tốt, 5/8 đơn vị xếp loại khá; dẫn đầu là UBND
//   huyện Khánh Vĩnh với PARI đạt 91,31% và thấp nhất là UBND huyện Vạn Ninh với PARI đạt 77,15%";
// - "Khối các đơn vị sự nghiệp công lập thuộc UBND tỉnh có 4/9 đơn vị xếp loại tốt, 3/9 đơn vị
//   xếp loại khá và 2/9 đơn vị xếp loại trung bình; dẫn đầu là Ban Quản lý dự án phát triển tỉnh
//   với PARI đạt 94,59% và thấp nhất là Trường Đại học Khánh Hòa với PARI đạt 65,32%".
// The article prints no table: the eight units it names are laid out in its words, a heading per
// block with its size, first and last of each. Ranks and grades the article gives by counting
// are read as it counts: the first of a block is 1st; "thấp nhất" is last of the block's size;
// Công an tỉnh, the one of six not "tốt", is 6th; the lowest of a block holds its lowest grade
// named (Sở Giáo dục và Đào tạo "Khá", Trường Đại học Khánh Hòa "Trung bình"); the first of a
// block with units "tốt" is "Tốt". No other row is invented.
import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApp, type App } from '#server/app.ts'
import { TEST_DIALECTS, type TestDb } from '#server/test/create-test-db.ts'
import { readJson } from '#server/test/read-json.ts'
import { signIn } from '#server/test/sign-in.ts'
import { RankingSchema } from '#shared/dto/ranking.ts'
import { csv, importFile, importProvinceUnits, unitsTestDb } from './__fixtures__/fixture-db.ts'

const KH = 'KH'

/** The province's bodies as its unit list names them: [code, name, kind, valid from]. */
const UNIT_LIST: readonly (readonly [string, string, string, string])[] = [
  ['KH.STTTT', 'Sở Thông tin và Truyền thông', 'DEPARTMENT', ''],
  ['KH.SGDDT', 'Sở Giáo dục và Đào tạo', 'DEPARTMENT', ''],
  ['KH.NHNN', 'Ngân hàng Nhà nước Chi nhánh tỉnh Khánh Hòa', 'DEPARTMENT', ''],
  ['KH.CA', 'Công an tỉnh', 'DEPARTMENT', ''],
  ['KH.BQLDA', 'Ban Quản lý dự án phát triển tỉnh', 'DEPARTMENT', ''],
  ['KH.DHKH', 'Trường Đại học Khánh Hòa', 'DEPARTMENT', ''],
  ['KH.KHANH_VINH', 'Huyện Khánh Vĩnh', 'DISTRICT', ''],
  ['KH.VAN_NINH', 'Huyện Vạn Ninh', 'DISTRICT', ''],
]

const DEPARTMENTS = 'Khối các sở, ban, ngành thuộc tỉnh'
const CENTRAL = 'Khối cơ quan ngành dọc cấp tỉnh'
const DISTRICTS = 'Khối UBND cấp huyện'
const PUBLIC_SERVICE = 'Khối các đơn vị sự nghiệp công lập thuộc UBND tỉnh'

/** The blocks as announced: heading number, title, size; rows [rank, name as printed, PARI, grade]. */
const BLOCKS: readonly {
  number: string
  title: string
  size: number
  rows: readonly (readonly [number, string, string, string])[]
}[] = [
  {
    number: 'I',
    title: DEPARTMENTS,
    size: 21,
    rows: [
      [1, 'Sở Thông tin và Truyền thông', '95,20', 'Tốt'],
      [21, 'Sở Giáo dục và Đào tạo', '75,71', 'Khá'],
    ],
  },
  {
    number: 'II',
    title: CENTRAL,
    size: 6,
    rows: [
      [1, 'Ngân hàng Nhà nước Chi nhánh tỉnh Khánh Hòa', '91,49', 'Tốt'],
      [6, 'Công an tỉnh', '84,00', 'Khá'],
    ],
  },
  {
    number: 'III',
    title: DISTRICTS,
    size: 8,
    rows: [
      [1, 'UBND huyện Khánh Vĩnh', '91,31', 'Tốt'],
      [8, 'UBND huyện Vạn Ninh', '77,15', 'Khá'],
    ],
  },
  {
    number: 'IV',
    title: PUBLIC_SERVICE,
    size: 9,
    rows: [
      [1, 'Ban Quản lý dự án phát triển tỉnh', '94,59', 'Tốt'],
      [9, 'Trường Đại học Khánh Hòa', '65,32', 'Trung bình'],
    ],
  },
]

const TITLE = [
  'ỦY BAN NHÂN DÂN TỈNH KHÁNH HÒA',
  'CHỈ SỐ CẢI CÁCH HÀNH CHÍNH (PARI) VÀ XẾP HẠNG KẾT QUẢ CẢI CÁCH HÀNH CHÍNH NĂM 2018',
]
const HEADER = ['STT', 'Cơ quan, đơn vị', 'PARI (%)', 'Xếp loại', 'Xếp hạng']
/** The workbook's header: the index under its full name, glossed with the acronym. */
const WORKBOOK_HEADER = HEADER.map((h) =>
  h === 'PARI (%)' ? 'Chỉ số cải cách hành chính (PARI)' : h,
)

const heading = (b: (typeof BLOCKS)[number]) =>
  `${b.number}. ${b.title} (${String(b.size).padStart(2, '0')} đơn vị)`
const quoted = (s: string) => (/[",]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s)

/** The table as CSV: the title lines, the header, each block under its heading. */
const KHANH_HOA_2018 = csv(
  ...TITLE.map(quoted),
  HEADER.map(quoted).join(','),
  ...BLOCKS.flatMap((b) => [
    `,${quoted(heading(b))},,,`,
    ...b.rows.map(([rank, name, pari, grade]) =>
      [rank, quoted(name), quoted(pari), grade, rank].join(','),
    ),
  ]),
)

/**
 * The same table as a workbook: title lines and headings merged across, the index a number under
 * its full name.
 */
async function khanhHoa2018Workbook(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet('PARI 2018')
  for (const line of TITLE) {
    const row = sheet.addRow([line])
    sheet.mergeCells(row.number, 1, row.number, HEADER.length)
  }
  sheet.addRow(WORKBOOK_HEADER)
  for (const b of BLOCKS) {
    const row = sheet.addRow([heading(b)])
    sheet.mergeCells(row.number, 1, row.number, HEADER.length)
    for (const [rank, name, pari, grade] of b.rows)
      sheet.addRow([rank, name, Number(pari.replace(',', '.')), grade, rank])
  }
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer)
}

/** What each row published: [name in the unit list, kind, block, PARI, grade, rank, size]. */
const PUBLISHED: readonly (readonly [string, string, string, number, string, number, number])[] = [
  ['Sở Thông tin và Truyền thông', 'DEPARTMENT', DEPARTMENTS, 95.2, 'Tốt', 1, 21],
  ['Sở Giáo dục và Đào tạo', 'DEPARTMENT', DEPARTMENTS, 75.71, 'Khá', 21, 21],
  ['Ngân hàng Nhà nước Chi nhánh tỉnh Khánh Hòa', 'DEPARTMENT', CENTRAL, 91.49, 'Tốt', 1, 6],
  ['Công an tỉnh', 'DEPARTMENT', CENTRAL, 84, 'Khá', 6, 6],
  ['Huyện Khánh Vĩnh', 'DISTRICT', '', 91.31, 'Tốt', 1, 8],
  ['Huyện Vạn Ninh', 'DISTRICT', '', 77.15, 'Khá', 8, 8],
  ['Ban Quản lý dự án phát triển tỉnh', 'DEPARTMENT', PUBLIC_SERVICE, 94.59, 'Tốt', 1, 9],
  ['Trường Đại học Khánh Hòa', 'DEPARTMENT', PUBLIC_SERVICE, 65.32, 'Trung bình', 9, 9],
]

/** The stored rows of the province's 2018 cohorts, in the order of PUBLISHED. */
async function stored(t: TestDb) {
  const rows = await t.db
    .selectFrom('assessment as a')
    .innerJoin('unit as u', 'u.code', 'a.unit_code')
    .select(['u.name', 'u.kind', 'a.cohort_block', 'a.index_pct', 'a.published_index_pct'])
    .select(['a.published_grade', 'a.published_rank', 'a.published_cohort_size'])
    .where('a.cohort_parent_code', '=', KH)
    .where('a.year', '=', 2018)
    .execute()
  const byName = new Map(rows.map((r) => [r.name, r]))
  const num = (v: unknown) => (v === null ? null : Number(v))
  return PUBLISHED.map(([name]) => {
    const r = byName.get(name)
    return r
      ? [
          r.name,
          r.kind,
          r.cohort_block,
          num(r.published_index_pct),
          r.published_grade,
          num(r.published_rank),
          num(r.published_cohort_size),
        ]
      : [name, 'missing']
  })
}

for (const dialect of TEST_DIALECTS) {
  describe(`Khánh Hòa's PARI 2018 in four blocks, with grades (${dialect})`, () => {
    let t: TestDb
    let app: App
    let editor: string
    beforeAll(async () => {
      t = await unitsTestDb(dialect, [])
      const units = await importProvinceUnits(t.db, { code: KH, name: 'Tỉnh Khánh Hòa' }, UNIT_LIST)
      expect(units.errors).toEqual([])
      app = createApp(t.db)
      // The imports are drafts: an editor reads them.
      editor = await signIn(app, t.db, 'EDITOR')
    })
    afterAll(() => t.destroy())

    it('stores each unit’s PARI, grade, published rank and its block’s size', async () => {
      const result = await importFile(t.db, 'assessments', KHANH_HOA_2018, {
        parentCode: KH,
        lang: 'en',
      })
      expect(result.errors).toEqual([])
      expect(result.inserted).toBe(8)
      // The year from the title; each heading read as its block and size, the districts (the one
      // block of their level) ranked with their level.
      expect(result.warnings.map((w) => [w.row, w.code])).toEqual([
        [3, 'TITLE_ROWS_SKIPPED'],
        [2, 'YEAR_FROM_TITLE'],
        [4, 'SECTION_ROW'],
        [7, 'SECTION_ROW'],
        [10, 'SECTION_ROW'],
        [13, 'SECTION_ROW'],
      ])
      expect(result.warnings[5]?.message).toBe(
        `Section heading "IV. ${PUBLIC_SERVICE} (09 đơn vị)": the 2 units below (rows 14–15) are ranked in the block "${PUBLIC_SERVICE}" of 9 units`,
      )
      expect(await stored(t)).toEqual(PUBLISHED)
    })

    it('reads the workbook of the same table alike', async () => {
      const result = await importFile(t.db, 'assessments', await khanhHoa2018Workbook(), {
        parentCode: KH,
        lang: 'en',
      })
      expect(result.errors).toEqual([])
      expect(result).toMatchObject({ inserted: 0, updated: 0, unchanged: 8 })
      expect(await stored(t)).toEqual(PUBLISHED)
    })

    it('ranks each block apart, of its published size, in the rankings', async () => {
      const ranking = async (kind: string, block?: string) => {
        const cohort = block === undefined ? '' : `&cohort=${encodeURIComponent(block)}`
        const res = await app.request(
          `/api/rankings?parent=${KH}&kind=${kind}&year=2018${cohort}`,
          { headers: { Cookie: editor } },
        )
        expect(res.status).toBe(200)
        const body = await readJson(res, RankingSchema)
        return [
          body.total,
          body.items.map((i) => [i.unit.name, i.rank, i.indexPct, i.published?.grade ?? null]),
        ]
      }
      expect(await ranking('DEPARTMENT', DEPARTMENTS)).toEqual([
        21,
        [
          ['Sở Thông tin và Truyền thông', 1, 95.2, 'Tốt'],
          ['Sở Giáo dục và Đào tạo', 21, 75.71, 'Khá'],
        ],
      ])
      expect(await ranking('DEPARTMENT', CENTRAL)).toEqual([
        6,
        [
          ['Ngân hàng Nhà nước Chi nhánh tỉnh Khánh Hòa', 1, 91.49, 'Tốt'],
          ['Công an tỉnh', 6, 84, 'Khá'],
        ],
      ])
      expect(await ranking('DEPARTMENT', PUBLIC_SERVICE)).toEqual([
        9,
        [
          ['Ban Quản lý dự án phát triển tỉnh', 1, 94.59, 'Tốt'],
          ['Trường Đại học Khánh Hòa', 9, 65.32, 'Trung bình'],
        ],
      ])
      expect(await ranking('DISTRICT')).toEqual([
        8,
        [
          ['Huyện Khánh Vĩnh', 1, 91.31, 'Tốt'],
          ['Huyện Vạn Ninh', 8, 77.15, 'Khá'],
        ],
      ])
    })
  })
}
