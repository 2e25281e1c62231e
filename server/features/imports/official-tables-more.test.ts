// One more published table, imported end to end: Hải Phòng's PAR Index 2025, the first year of the
// city as merged on 1 July 2025 (Hải Phòng and Hải Dương, no districts). The city ranked three
// blocks, each with its own size: 14 departments (sở, ban, ngành), 45 wards (phường) and 68
// communes with the special zone (xã, đặc khu). The figures are real, announced by UBND thành phố
// Hải Phòng at its conference of 9 January 2026 (the Director of Sở Nội vụ reporting):
// - Thời báo Tài chính Việt Nam, "Hải Phòng công bố Chỉ số cải cách hành chính năm 2025", 9/1/2026,
//   https://thoibaotaichinhvietnam.vn/hai-phong-cong-bo-chi-so-cai-cach-hanh-chinh-nam-2025-190321.html:
//   Thanh tra thành phố 1st with 94,71 điểm; Văn phòng UBND thành phố 2nd, 94,4; Sở Tài chính 3rd,
//   92,99; Sở Ngoại vụ 4th, 92,9; Sở Nội vụ 5th, 92,71; phường Hồng Bàng 1st, 95,8; phường Hải An
//   2nd, 95,77; phường Hồng An 3rd, 95,57.
// - Báo Lao Động, "Hải Phòng công bố chỉ số cải cách hành chính các đơn vị năm 2025",
//   https://news.laodong.vn/thoi-su/hai-phong-cong-bo-chi-so-cai-cach-hanh-chinh-cac-don-vi-nam-2025-1640276.ldo
//   (its English edition): the Economic Zone Management Board last, 88.99; Bắc An Phụ ward 45th and
//   last, 76.26; Cát Hải special zone 1st, 94.15; Quyết Thắng commune 2nd, 93.4; An Lão commune 3rd,
//   92.94; Vĩnh Am commune 68th and last, 73.37.
// - Báo Pháp Luật TP.HCM, 9/1/2026, https://plo.vn/cat-hai-dan-dau-khoi-xa-dac-khu-ve-cong-tac-cai-cach-hanh-chinh-cua-hai-phong-nam-2025-post890721.html,
//   and Thương hiệu và Pháp luật, https://thuonghieuvaphapluat.vn/hai-phong-cong-bo-chi-so-cai-cach-hanh-chinh-nam-2025-d78783.html:
//   the names in Vietnamese and the sizes ("Ban Quản lý khu kinh tế xếp thứ 14 trong tổng số 14 sở,
//   ban, ngành", "Phường Bắc An Phụ xếp cuối trong 45 phường", "Xã Vĩnh Am xếp thứ 68"); the blocks
//   as the city names them ("khối sở, ban, ngành", "khối phường", "khối xã, đặc khu").
// None of these prints the decision's number or its annex: the table below lays the announced
// figures out as the city's blocks are announced, under a title in the announcement's own words
// ("Kết quả đánh giá xác định Chỉ số cải cách hành chính năm 2025 của các sở, ban, ngành, UBND các
// xã, phường, đặc khu", Thời báo Tài chính), a heading per block with its announced size, points
// ("điểm", of 100) and rank; only the units whose points were printed. Phường Ngô Quyền and Lê
// Chân (4th, 5th), xã Gia Lộc and Phú Thái (4th, 5th) were named without points and are left out.
import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { TEST_DIALECTS, type TestDb } from '#server/test/create-test-db.ts'
import { csv, importFile, importProvinceUnits, unitsTestDb } from './__fixtures__/fixture-db.ts'

const HP = 'HP'
const MERGED = '2025-07-01'

/** The city's unit list: [code, name, kind, valid from]; wards and communes made on 1 July 2025. */
const UNIT_LIST: readonly (readonly [string, string, string, string])[] = [
  ['HP.TTR', 'Thanh tra thành phố', 'DEPARTMENT', ''],
  ['HP.VP', 'Văn phòng Ủy ban nhân dân thành phố', 'DEPARTMENT', ''],
  ['HP.STC', 'Sở Tài chính', 'DEPARTMENT', ''],
  ['HP.SNGV', 'Sở Ngoại vụ', 'DEPARTMENT', ''],
  ['HP.SNV', 'Sở Nội vụ', 'DEPARTMENT', ''],
  ['HP.BQLKKT', 'Ban Quản lý Khu kinh tế', 'DEPARTMENT', ''],
  ['HP.HONG_BANG', 'Phường Hồng Bàng', 'COMMUNE', MERGED],
  ['HP.HAI_AN', 'Phường Hải An', 'COMMUNE', MERGED],
  ['HP.HONG_AN', 'Phường Hồng An', 'COMMUNE', MERGED],
  ['HP.NGO_QUYEN', 'Phường Ngô Quyền', 'COMMUNE', MERGED],
  ['HP.LE_CHAN', 'Phường Lê Chân', 'COMMUNE', MERGED],
  ['HP.BAC_AN_PHU', 'Phường Bắc An Phụ', 'COMMUNE', MERGED],
  ['HP.CAT_HAI', 'Đặc khu Cát Hải', 'COMMUNE', MERGED],
  ['HP.QUYET_THANG', 'Xã Quyết Thắng', 'COMMUNE', MERGED],
  ['HP.AN_LAO', 'Xã An Lão', 'COMMUNE', MERGED],
  ['HP.GIA_LOC', 'Xã Gia Lộc', 'COMMUNE', MERGED],
  ['HP.PHU_THAI', 'Xã Phú Thái', 'COMMUNE', MERGED],
  ['HP.VINH_AM', 'Xã Vĩnh Am', 'COMMUNE', MERGED],
]

const DEPARTMENTS = 'Khối sở, ban, ngành'
const WARDS = 'Khối phường'
const COMMUNES = 'Khối xã, đặc khu'

/** The blocks as announced: heading number, title, size; rows [rank, name as printed, points]. */
const BLOCKS: readonly {
  number: string
  title: string
  size: number
  rows: readonly (readonly [number, string, number])[]
}[] = [
  {
    number: 'I',
    title: DEPARTMENTS,
    size: 14,
    rows: [
      [1, 'Thanh tra thành phố', 94.71],
      [2, 'Văn phòng UBND thành phố', 94.4],
      [3, 'Sở Tài chính', 92.99],
      [4, 'Sở Ngoại vụ', 92.9],
      [5, 'Sở Nội vụ', 92.71],
      [14, 'Ban Quản lý khu kinh tế', 88.99],
    ],
  },
  {
    number: 'II',
    title: WARDS,
    size: 45,
    rows: [
      [1, 'Phường Hồng Bàng', 95.8],
      [2, 'Phường Hải An', 95.77],
      [3, 'Phường Hồng An', 95.57],
      [45, 'Phường Bắc An Phụ', 76.26],
    ],
  },
  {
    number: 'III',
    title: COMMUNES,
    size: 68,
    rows: [
      [1, 'Đặc khu Cát Hải', 94.15],
      [2, 'Xã Quyết Thắng', 93.4],
      [3, 'Xã An Lão', 92.94],
      [68, 'Xã Vĩnh Am', 73.37],
    ],
  },
]

const TITLE = [
  'UBND THÀNH PHỐ HẢI PHÒNG',
  'KẾT QUẢ ĐÁNH GIÁ XÁC ĐỊNH CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2025 CỦA CÁC SỞ, BAN, NGÀNH, UBND CÁC XÃ, PHƯỜNG, ĐẶC KHU',
]
const HEADER = ['TT', 'Tên cơ quan, đơn vị', 'Tổng điểm', 'Xếp hạng']

const heading = (b: (typeof BLOCKS)[number]) => `${b.number}. ${b.title} (${b.size} đơn vị)`
/** "94,71": the decimal comma of the press. */
const vi = (n: number) => String(n).replace('.', ',')
const quoted = (s: string) => (/[",]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s)

/** The table as CSV: the two title lines, the header, each block under its heading. */
const HAI_PHONG_2025 = csv(
  ...TITLE.map(quoted),
  HEADER.map(quoted).join(','),
  ...BLOCKS.flatMap((b) => [
    `,${quoted(heading(b))},,`,
    ...b.rows.map(([rank, name, points]) =>
      [rank, quoted(name), quoted(vi(points)), rank].join(','),
    ),
  ]),
)

/** The same table as a workbook: title lines and each block's heading merged across the table. */
async function haiPhong2025Workbook(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet('Chỉ số CCHC 2025')
  for (const line of TITLE) {
    const row = sheet.addRow([line])
    sheet.mergeCells(row.number, 1, row.number, HEADER.length)
  }
  sheet.addRow([])
  sheet.addRow(HEADER)
  for (const b of BLOCKS) {
    const row = sheet.addRow([heading(b)])
    sheet.mergeCells(row.number, 1, row.number, HEADER.length)
    for (const [rank, name, points] of b.rows) sheet.addRow([rank, name, points, rank])
  }
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer)
}

/** What each row published: [name in the unit list, block, points, rank, size]. */
const PUBLISHED: readonly (readonly [string, string, number, number, number])[] = [
  ['Thanh tra thành phố', '', 94.71, 1, 14],
  ['Văn phòng Ủy ban nhân dân thành phố', '', 94.4, 2, 14],
  ['Sở Tài chính', '', 92.99, 3, 14],
  ['Sở Ngoại vụ', '', 92.9, 4, 14],
  ['Sở Nội vụ', '', 92.71, 5, 14],
  ['Ban Quản lý Khu kinh tế', '', 88.99, 14, 14],
  ['Phường Hồng Bàng', WARDS, 95.8, 1, 45],
  ['Phường Hải An', WARDS, 95.77, 2, 45],
  ['Phường Hồng An', WARDS, 95.57, 3, 45],
  ['Phường Bắc An Phụ', WARDS, 76.26, 45, 45],
  ['Đặc khu Cát Hải', COMMUNES, 94.15, 1, 68],
  ['Xã Quyết Thắng', COMMUNES, 93.4, 2, 68],
  ['Xã An Lão', COMMUNES, 92.94, 3, 68],
  ['Xã Vĩnh Am', COMMUNES, 73.37, 68, 68],
]

/** The stored rows of the city's 2025 cohorts, in the order of PUBLISHED. */
async function stored(t: TestDb) {
  const rows = await t.db
    .selectFrom('assessment as a')
    .innerJoin('unit as u', 'u.code', 'a.unit_code')
    .select(['u.name', 'a.cohort_block', 'a.points', 'a.max_points', 'a.index_pct'])
    .select(['a.published_rank', 'a.published_cohort_size'])
    .where('a.cohort_parent_code', '=', HP)
    .where('a.year', '=', 2025)
    .execute()
  const byName = new Map(rows.map((r) => [r.name, r]))
  return PUBLISHED.map(([name]) => {
    const r = byName.get(name)
    return r
      ? [
          r.name,
          r.cohort_block,
          Number(r.points),
          Number(r.max_points),
          Number(r.index_pct),
          r.published_rank === null ? null : Number(r.published_rank),
          r.published_cohort_size === null ? null : Number(r.published_cohort_size),
        ]
      : [name, 'missing']
  })
}

for (const dialect of TEST_DIALECTS) {
  describe(`Hải Phòng's PAR Index 2025 as announced, three blocks (${dialect})`, () => {
    let t: TestDb
    beforeAll(async () => {
      t = await unitsTestDb(dialect, [])
      const units = await importProvinceUnits(
        t.db,
        { code: HP, name: 'Thành phố Hải Phòng' },
        UNIT_LIST,
      )
      expect(units.errors).toEqual([])
    })
    afterAll(() => t.destroy())

    it('stores each unit’s points, its published rank and its block’s published size', async () => {
      const result = await importFile(t.db, 'assessments', HAI_PHONG_2025, {
        parentCode: HP,
        year: 2025,
        lang: 'en',
      })
      expect(result.errors).toEqual([])
      expect(result.inserted).toBe(14)
      // The title lines set aside; each heading read as its block and its announced size (the
      // departments, the one block of their level, are ranked with it: no block name needed).
      expect(result.warnings.map((w) => [w.row, w.message])).toEqual([
        [3, 'Rows 1–2 are above the header (row 3) and were skipped'],
        [
          4,
          'Section heading "I. Khối sở, ban, ngành (14 đơn vị)": not a unit; the 6 units below (rows 5–10) are ranked with their level (14 units)',
        ],
        [
          11,
          `Section heading "II. Khối phường (45 đơn vị)": the 4 units below (rows 12–15) are ranked in the block "${WARDS}" of 45 units`,
        ],
        [
          16,
          `Section heading "III. Khối xã, đặc khu (68 đơn vị)": the 4 units below (rows 17–20) are ranked in the block "${COMMUNES}" of 68 units`,
        ],
      ])
      expect(await stored(t)).toEqual(
        PUBLISHED.map(([name, block, points, rank, size]) => [
          name,
          block,
          points,
          100,
          points,
          rank,
          size,
        ]),
      )
    })

    it('keeps each block’s published size beside the units loaded, and ranks the blocks apart', async () => {
      const years = await t.db
        .selectFrom('cohort_year')
        .select(['kind', 'block', 'unit_count', 'published_size'])
        .where('parent_code', '=', HP)
        .where('year', '=', 2025)
        .where('scope', '=', 'ALL')
        .orderBy('kind')
        .orderBy('block')
        .execute()
      expect(years.map((y) => [y.kind, y.block, Number(y.unit_count), y.published_size])).toEqual([
        ['COMMUNE', WARDS, 4, 45],
        ['COMMUNE', COMMUNES, 4, 68],
        ['DEPARTMENT', '', 6, 14],
      ])
      const ranks = await t.db
        .selectFrom('cohort_rank as r')
        .innerJoin('unit as u', 'u.code', 'r.unit_code')
        .select(['r.block', 'u.name', 'r.rank'])
        .where('r.parent_code', '=', HP)
        .where('r.year', '=', 2025)
        .where('r.scope', '=', 'ALL')
        .where('r.kind', '=', 'COMMUNE')
        .orderBy('r.block')
        .orderBy('r.rank')
        .execute()
      // Cát Hải's 94,15 ranks first of the communes, below three wards' points: blocks apart.
      expect(ranks.map((r) => [r.block, Number(r.rank), r.name])).toEqual([
        [WARDS, 1, 'Phường Hồng Bàng'],
        [WARDS, 2, 'Phường Hải An'],
        [WARDS, 3, 'Phường Hồng An'],
        [WARDS, 4, 'Phường Bắc An Phụ'],
        [COMMUNES, 1, 'Đặc khu Cát Hải'],
        [COMMUNES, 2, 'Xã Quyết Thắng'],
        [COMMUNES, 3, 'Xã An Lão'],
        [COMMUNES, 4, 'Xã Vĩnh Am'],
      ])
    })

    it('reads the workbook of the same table alike, its year from the title', async () => {
      const result = await importFile(t.db, 'assessments', await haiPhong2025Workbook(), {
        parentCode: HP,
        lang: 'en',
      })
      expect(result.errors).toEqual([])
      expect(result).toMatchObject({ inserted: 0, updated: 0, unchanged: 14 })
      // One row lower (an empty line under the title): the same reading, the year named by it.
      expect(result.warnings.map((w) => [w.row, w.code])).toEqual([
        [4, 'TITLE_ROWS_SKIPPED'],
        [2, 'YEAR_FROM_TITLE'],
        [5, 'SECTION_ROW'],
        [12, 'SECTION_ROW'],
        [17, 'SECTION_ROW'],
      ])
      expect(await stored(t)).toEqual(
        PUBLISHED.map(([name, block, points, rank, size]) => [
          name,
          block,
          points,
          100,
          points,
          rank,
          size,
        ]),
      )
    })

    it('finds the city’s offices as the press abbreviates them ("Thanh tra TP")', async () => {
      // Báo Pháp Luật TP.HCM writes "Thanh tra TP" and "Văn phòng UBND TP".
      const result = await importFile(
        t.db,
        'assessments',
        csv(
          'TT,Tên cơ quan đơn vị,Tổng điểm,Xếp hạng',
          '1,Thanh tra TP,"94,71",1/14',
          '2,Văn phòng UBND TP,"94,4",2/14',
        ),
        { parentCode: HP, year: 2025, lang: 'en' },
      )
      expect(result.errors).toEqual([])
      expect(result).toMatchObject({ inserted: 0, updated: 0, unchanged: 2 })
    })
  })
}
