// Three more published tables, imported end to end, each laid out otherwise than those of
// official-tables.test.ts and official-tables-more.test.ts. The figures are real; none of the
// sources prints the table itself, so each is laid out as announced, under a title in the
// announcement's own words, with only the rows whose figures were printed.
// - Tuyên Quang's PAR Index 2025, the first year of the province as merged on 1 July 2025 (Tuyên
//   Quang and Hà Giang): its departments and its communes and wards, each ranked by an index in
//   per cent. Báo Tuyên Quang (English edition), "Tuyen Quang announces the 2025 Public
//   Administration Reform Index", January 2026,
//   https://en.baotuyenquang.com.vn/administrative-reform/202601/tuyen-quang-announces-the-2025-public-administration-reform-index-8560349:
//   the Department of Justice (Sở Tư pháp) first with 91.21%, the Provincial People's Committee
//   Office (Văn phòng UBND tỉnh) 90.84%, the Department of Home Affairs (Sở Nội vụ) third with
//   90.81%; Quang Bình commune first with 85.10%, Yên Phú 85.07%, Du Già 84.36%; "the 10
//   lowest-ranked communes recorded PAR Index scores below 55%" (no figure, no size, no
//   decision number printed). The units are written in Vietnamese, as a provincial table names
//   them ("Quang Binh Commune" of the English edition is xã Quang Bình).
// - The provinces' PAR Index 2023, announced by the Ministry of Home Affairs on 17 April 2024: one
//   ranking of the 63 provinces and cities in per cent, printed in two groups by the index
//   reached, "nhóm A, đạt kết quả Chỉ số từ 90% trở lên, có 7 tỉnh, thành phố; nhóm B, đạt kết quả
//   Chỉ số từ 80% - dưới 90%, có 56 tỉnh, thành phố" (Hà Nội TV via Báo Mới,
//   https://baomoi.com/ha-noi-xep-thu-ba-ca-nuoc-ve-chi-so-cchc-c48873038.epi). The ranks run on
//   from one group to the next. Quảng Ninh 92,18% first, Hải Phòng 91,87% second, Hà Nội 91,43%
//   third, Bắc Giang 91,16% fourth, Bà Rịa - Vũng Tàu 91,03% fifth, An Giang 81,32% last
//   (https://dantoctongiao.vietnamnet.vn/bo-tu-phap-va-tinh-quang-ninh-dung-dau-ve-chi-so-cai-cach-hanh-chinh-2271541.html);
//   Sóc Trăng 81,70% (ibid.), 62nd (https://www.vietnam.vn/ur/chi-so-cai-cach-hanh-chinh-dung-thu-ba-khu-vuc-dong-bang-song-cuu-long,
//   with Cà Mau 32nd at 86.89); Nam Định 87,32, 29th
//   (https://thuonghieucongluan.com.vn/news-tag243596/par-index). The table names the provinces
//   without their title ("Quảng Ninh"), as the announcement does.
// - Thanh Hóa's departments and districts of 2023 (Quyết định số 600/QĐ-UBND of the Chairman of
//   the province's People's Committee; Báo Tài nguyên và Môi trường, 6/2/2024,
//   https://baotainguyenmoitruong.vn/thanh-hoa-cong-bo-xep-hang-chi-so-cai-cach-hanh-chinh-nam-2023-369667.html):
//   each unit's points and its index, the points of a maximum that differs by unit and that the
//   table does not print (Ban Dân tộc tỉnh: 68.32 points, 81.33%, last of 20 departments), and
//   points to three decimals ("91.651"); the two levels under Roman-numbered headings, each with
//   the size the decision announces (20 departments; 27 districts, towns and cities).
import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { TEST_DIALECTS, type TestDb } from '#server/test/create-test-db.ts'
import {
  csv,
  importFile,
  importProvinceUnits,
  rejected,
  unitsTestDb,
} from './__fixtures__/fixture-db.ts'

const MERGED = '2025-07-01'

/** CSV cell: quoted when it holds a comma or a quote. */
const quoted = (s: string | number) =>
  /[",]/.test(String(s)) ? `"${String(s).replaceAll('"', '""')}"` : String(s)
const line = (...cells: (string | number)[]) => cells.map(quoted).join(',')

/** The stored rows of `parent`'s cohorts in `year`, by unit name. */
async function stored(t: TestDb, parent: string, year: number) {
  const rows = await t.db
    .selectFrom('assessment as a')
    .innerJoin('unit as u', 'u.code', 'a.unit_code')
    .select(['u.name', 'a.cohort_block', 'a.points', 'a.max_points', 'a.index_pct'])
    .select(['a.published_rank', 'a.published_cohort_size', 'a.published_index_pct'])
    .where('a.cohort_parent_code', '=', parent)
    .where('a.year', '=', year)
    .execute()
  const num = (v: unknown) => (v === null ? null : Number(v))
  return new Map(
    rows.map((r) => [
      r.name,
      {
        block: r.cohort_block,
        points: num(r.points),
        max: num(r.max_points),
        index: num(r.index_pct),
        published: num(r.published_index_pct),
        rank: num(r.published_rank),
        size: num(r.published_cohort_size),
      },
    ]),
  )
}

/** A cohort-year's stored size and the number of units loaded. */
async function cohortYears(t: TestDb, parent: string, year: number) {
  const rows = await t.db
    .selectFrom('cohort_year')
    .select(['kind', 'block', 'unit_count', 'published_size'])
    .where('parent_code', '=', parent)
    .where('year', '=', year)
    .where('scope', '=', 'ALL')
    .orderBy('kind')
    .orderBy('block')
    .execute()
  return rows.map((y) => [y.kind, y.block, Number(y.unit_count), y.published_size])
}

// ——— Tuyên Quang 2025 ———

const TQ = 'TQ'
const TQ_UNITS: readonly (readonly [string, string, string, string])[] = [
  ['TQ.STP', 'Sở Tư pháp', 'DEPARTMENT', ''],
  ['TQ.VP', 'Văn phòng Ủy ban nhân dân tỉnh', 'DEPARTMENT', ''],
  ['TQ.SNV', 'Sở Nội vụ', 'DEPARTMENT', ''],
  ['TQ.QUANG_BINH', 'Xã Quang Bình', 'COMMUNE', MERGED],
  ['TQ.YEN_PHU', 'Xã Yên Phú', 'COMMUNE', MERGED],
  ['TQ.DU_GIA', 'Xã Du Già', 'COMMUNE', MERGED],
]

const TQ_TITLE = [
  'ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG',
  'CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2025 CỦA CÁC SỞ, BAN, NGÀNH VÀ ỦY BAN NHÂN DÂN CÁC XÃ, PHƯỜNG',
]
const TQ_HEADER = ['STT', 'Tên cơ quan, đơn vị', 'Chỉ số CCHC (%)', 'Xếp hạng']

/**
 * The table: the title, the header, the departments then the communes, each under a heading; the
 * third commune's index as given (`duGia`).
 */
const tuyenQuang2025 = (duGia = '84,36') =>
  csv(
    ...TQ_TITLE,
    line(...TQ_HEADER),
    line('I', 'Các sở, ban, ngành', '', ''),
    line(1, 'Sở Tư pháp', '91,21', 1),
    line(2, 'Văn phòng UBND tỉnh', '90,84', 2),
    line(3, 'Sở Nội vụ', '90,81', 3),
    line('II', 'UBND các xã, phường', '', ''),
    line(1, 'UBND xã Quang Bình', '85,10', 1),
    line(2, 'UBND xã Yên Phú', '85,07', 2),
    line(3, 'UBND xã Du Già', duGia, 3),
  )

for (const dialect of TEST_DIALECTS) {
  describe(`Tuyên Quang's PAR Index 2025 in per cent, departments and communes (${dialect})`, () => {
    let t: TestDb
    beforeAll(async () => {
      t = await unitsTestDb(dialect, [])
      const units = await importProvinceUnits(
        t.db,
        { code: TQ, name: 'Tỉnh Tuyên Quang' },
        TQ_UNITS,
      )
      expect(units.errors).toEqual([])
    })
    afterAll(() => t.destroy())

    it('stores each unit’s index and published rank, its year from the title', async () => {
      const result = await importFile(t.db, 'assessments', tuyenQuang2025(), {
        parentCode: TQ,
        lang: 'en',
      })
      expect(result.errors).toEqual([])
      expect(result.inserted).toBe(6)
      expect(result.warnings.map((w) => [w.row, w.code])).toEqual([
        [3, 'TITLE_ROWS_SKIPPED'],
        [2, 'YEAR_FROM_TITLE'],
        [4, 'SECTION_ROW'],
        [8, 'SECTION_ROW'],
      ])
      const rows = await stored(t, TQ, 2025)
      // An index alone: no points and no maximum, the index as published.
      expect(
        ['Sở Tư pháp', 'Văn phòng Ủy ban nhân dân tỉnh', 'Sở Nội vụ'].map((n) => rows.get(n)),
      ).toEqual([
        { block: '', points: null, max: null, index: 91.21, published: 91.21, rank: 1, size: null },
        { block: '', points: null, max: null, index: 90.84, published: 90.84, rank: 2, size: null },
        { block: '', points: null, max: null, index: 90.81, published: 90.81, rank: 3, size: null },
      ])
      expect(
        ['Xã Quang Bình', 'Xã Yên Phú', 'Xã Du Già'].map((n) => [
          rows.get(n)?.index,
          rows.get(n)?.rank,
        ]),
      ).toEqual([
        [85.1, 1],
        [85.07, 2],
        [84.36, 3],
      ])
      expect(await cohortYears(t, TQ, 2025)).toEqual([
        ['COMMUNE', '', 3, null],
        ['DEPARTMENT', '', 3, null],
      ])
    })

    it('names the row and the column of an index given in words ("Dưới 55%")', async () => {
      // The article gives the last ten communes' index only as "below 55%".
      const body = await rejected(
        importFile(t.db, 'assessments', tuyenQuang2025('Dưới 55%'), { parentCode: TQ, lang: 'en' }),
      )
      expect(body.errors.map((e) => [e.row, e.column, e.code, e.message])).toEqual([
        [11, 'Chỉ số CCHC (%)', 'INVALID_NUMBER', '"Dưới 55%" is not a number'],
      ])
    })
  })
}

// ——— The provinces, 2023 ———

const VN = 'VN'
const PROVINCES: readonly (readonly [string, string])[] = [
  ['QNI', 'Tỉnh Quảng Ninh'],
  ['HPG', 'Thành phố Hải Phòng'],
  ['HNI', 'Thành phố Hà Nội'],
  ['BGG', 'Tỉnh Bắc Giang'],
  ['BRVT', 'Tỉnh Bà Rịa - Vũng Tàu'],
  ['NDH', 'Tỉnh Nam Định'],
  ['CMU', 'Tỉnh Cà Mau'],
  ['STG', 'Tỉnh Sóc Trăng'],
  ['AGG', 'Tỉnh An Giang'],
]

const GROUP_A = 'Nhóm A: đạt kết quả Chỉ số từ 90% trở lên (7 tỉnh, thành phố)'
const GROUP_B = 'Nhóm B: đạt kết quả Chỉ số từ 80% - dưới 90% (56 tỉnh, thành phố)'

/** Rows as announced: [rank, name as printed, index]. */
const GROUPS: readonly (readonly [string, readonly (readonly [number, string, string])[]])[] = [
  [
    GROUP_A,
    [
      [1, 'Quảng Ninh', '92,18'],
      [2, 'Hải Phòng', '91,87'],
      [3, 'Hà Nội', '91,43'],
      [4, 'Bắc Giang', '91,16'],
      [5, 'Bà Rịa - Vũng Tàu', '91,03'],
    ],
  ],
  [
    GROUP_B,
    [
      [29, 'Nam Định', '87,32'],
      [32, 'Cà Mau', '86,89'],
      [62, 'Sóc Trăng', '81,70'],
      [63, 'An Giang', '81,32'],
    ],
  ],
]

const PROVINCES_2023 = csv(
  'KẾT QUẢ XẾP HẠNG CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2023 CỦA ỦY BAN NHÂN DÂN CÁC TỈNH, THÀNH PHỐ TRỰC THUỘC TRUNG ƯƠNG',
  line('TT', 'Tỉnh, thành phố', 'Chỉ số CCHC (%)', 'Xếp hạng'),
  ...GROUPS.flatMap(([heading, rows]) => [
    line('', heading, '', ''),
    ...rows.map(([rank, name, index]) => line(rank, name, index, rank)),
  ]),
)

for (const dialect of TEST_DIALECTS) {
  describe(`the provinces' PAR Index 2023, one ranking printed in two groups (${dialect})`, () => {
    let t: TestDb
    beforeAll(async () => {
      t = await unitsTestDb(
        dialect,
        PROVINCES.map(([code, name]) => [code, `"${name}"`, 'PROVINCE', VN]),
      )
    })
    afterAll(() => t.destroy())

    it('ranks the two groups as one ranking of their 63 provinces and cities', async () => {
      const result = await importFile(t.db, 'assessments', PROVINCES_2023, {
        parentCode: VN,
        lang: 'en',
      })
      expect(result.errors).toEqual([])
      expect(result.inserted).toBe(9)
      // Each province named without its title, found as the one unit bearing the name.
      expect(
        result.warnings
          .filter((w) => w.code === 'UNIT_NAMED_WITHOUT_TITLE')
          .map((w) => [w.row, w.column, w.message]),
      ).toEqual(
        GROUPS.flatMap(([, rows]) => rows.map(([, printed]) => printed)).map((printed, i) => {
          const [code, name] = PROVINCES[i] ?? []
          // Rows 4–8 under the first heading, 10–13 under the second.
          return [
            i < 5 ? i + 4 : i + 5,
            'Tỉnh, thành phố',
            `"${printed}" is read as ${name} (${code}), the one unit of that name`,
          ]
        }),
      )
      expect(
        result.warnings.filter((w) => w.code === 'SECTION_ROW').map((w) => [w.row, w.message]),
      ).toEqual([
        [
          3,
          `Section heading "${GROUP_A}": not a unit; the 5 units below (rows 4–8) are ranked with their level (63 units)`,
        ],
        [
          9,
          `Section heading "${GROUP_B}": not a unit; the 4 units below (rows 10–13) are ranked with their level (63 units)`,
        ],
      ])
      const rows = await stored(t, VN, 2023)
      expect(
        PROVINCES.map(([, name]) => [
          name,
          rows.get(name)?.index,
          rows.get(name)?.rank,
          rows.get(name)?.size,
        ]),
      ).toEqual([
        ['Tỉnh Quảng Ninh', 92.18, 1, 63],
        ['Thành phố Hải Phòng', 91.87, 2, 63],
        ['Thành phố Hà Nội', 91.43, 3, 63],
        ['Tỉnh Bắc Giang', 91.16, 4, 63],
        ['Tỉnh Bà Rịa - Vũng Tàu', 91.03, 5, 63],
        ['Tỉnh Nam Định', 87.32, 29, 63],
        ['Tỉnh Cà Mau', 86.89, 32, 63],
        ['Tỉnh Sóc Trăng', 81.7, 62, 63],
        ['Tỉnh An Giang', 81.32, 63, 63],
      ])
      expect(await cohortYears(t, VN, 2023)).toEqual([['PROVINCE', '', 9, 63]])
    })
  })
}

// ——— Thanh Hóa 2023 ———

const TH = 'TH'
const TH_UNITS: readonly (readonly [string, string, string])[] = [
  ['TH.SCT', 'Sở Công Thương', 'DEPARTMENT'],
  ['TH.SGTVT', 'Sở Giao thông vận tải', 'DEPARTMENT'],
  ['TH.BQLKKT', 'Ban Quản lý Khu kinh tế Nghi Sơn và các khu công nghiệp', 'DEPARTMENT'],
  ['TH.BDT', 'Ban Dân tộc tỉnh', 'DEPARTMENT'],
  ['TH.DONG_SON', 'Huyện Đông Sơn', 'DISTRICT'],
  ['TH.HOANG_HOA', 'Huyện Hoằng Hóa', 'DISTRICT'],
  ['TH.THANH_HOA', 'Thành phố Thanh Hóa', 'DISTRICT'],
  ['TH.MUONG_LAT', 'Huyện Mường Lát', 'DISTRICT'],
]

const TH_HEADER = ['STT', 'Tên đơn vị', 'Tổng số điểm đạt được', 'Chỉ số CCHC (%)', 'Xếp hạng']

/** [rank, name as printed, points, index] under each level's heading. */
const TH_LEVELS: readonly (readonly [
  string,
  readonly (readonly [number, string, string, string])[],
])[] = [
  [
    'I. CÁC SỞ, BAN, NGÀNH CẤP TỈNH (20 đơn vị)',
    [
      [1, 'Sở Công Thương', '92.83', '92.83'],
      [2, 'Sở Giao thông Vận tải', '91.86', '91.86'],
      [6, 'Ban Quản lý Khu kinh tế Nghi Sơn và các khu công nghiệp', '91.651', '91.651'],
      [20, 'Ban Dân tộc tỉnh', '68.32', '81.33'],
    ],
  ],
  [
    'II. UBND CÁC HUYỆN, THỊ XÃ, THÀNH PHỐ (27 đơn vị)',
    [
      [1, 'Huyện Đông Sơn', '92.15', '92.15'],
      [2, 'Huyện Hoằng Hóa', '91.92', '91.92'],
      [3, 'Thành phố Thanh Hóa', '91.46', '91.46'],
      [27, 'Huyện Mường Lát', '86.09', '86.09'],
    ],
  ],
]

/** The decision's annex as a workbook: title lines, the header, each level under its heading. */
async function thanhHoa2023(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet('Phụ lục')
  for (const text of [
    'UBND TỈNH THANH HÓA',
    'XẾP HẠNG CHỈ SỐ CẢI CÁCH HÀNH CHÍNH CỦA CÁC SỞ, BAN, NGÀNH CẤP TỈNH; UBND CÁC HUYỆN, THỊ XÃ, THÀNH PHỐ NĂM 2023',
    '(Kèm theo Quyết định số 600/QĐ-UBND của Chủ tịch UBND tỉnh)',
  ]) {
    const row = sheet.addRow([text])
    sheet.mergeCells(row.number, 1, row.number, TH_HEADER.length)
  }
  sheet.addRow(TH_HEADER)
  for (const [heading, rows] of TH_LEVELS) {
    const row = sheet.addRow([heading])
    sheet.mergeCells(row.number, 1, row.number, TH_HEADER.length)
    // The figures as the decision's tables type them: text with a decimal point.
    for (const [rank, name, points, index] of rows) sheet.addRow([rank, name, points, index, rank])
  }
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer)
}

for (const dialect of TEST_DIALECTS) {
  describe(`Thanh Hóa's 2023 ranking, points of each unit's own maximum (${dialect})`, () => {
    let t: TestDb
    beforeAll(async () => {
      t = await unitsTestDb(dialect, [
        [TH, 'Tỉnh Thanh Hóa', 'PROVINCE', VN],
        ...TH_UNITS.map(([code, name, kind]) => [code, name, kind, TH]),
      ])
    })
    afterAll(() => t.destroy())

    it('keeps each unit’s points, the maximum they imply, its rank and its level’s size', async () => {
      const result = await importFile(t.db, 'assessments', await thanhHoa2023(), {
        parentCode: TH,
        lang: 'en',
      })
      expect(result.errors).toEqual([])
      expect(result.inserted).toBe(8)
      expect(result.warnings.map((w) => [w.row, w.code])).toEqual([
        [4, 'TITLE_ROWS_SKIPPED'],
        [2, 'YEAR_FROM_TITLE'],
        [3, 'DECISION_FROM_TITLE'],
        [5, 'SECTION_ROW'],
        [10, 'SECTION_ROW'],
      ])
      // The decision the annex names, without the date its line does not print, on all 8 rows.
      const decisions = await t.db
        .selectFrom('assessment')
        .select(['status', 'decision_no', 'decision_date'])
        .select((eb) => eb.fn.countAll<number | string>().as('rows'))
        .where('cohort_parent_code', '=', TH)
        .where('year', '=', 2023)
        .groupBy(['status', 'decision_no', 'decision_date'])
        .execute()
      expect(
        decisions.map((d) => [d.status, d.decision_no, d.decision_date, Number(d.rows)]),
      ).toEqual([['DRAFT', '600/QĐ-UBND', null, 8]])
      const rows = await stored(t, TH, 2023)
      expect(TH_UNITS.map(([, name]) => [name, rows.get(name)])).toEqual([
        [
          'Sở Công Thương',
          { block: '', points: 92.83, max: 100, index: 92.83, published: 92.83, rank: 1, size: 20 },
        ],
        [
          'Sở Giao thông vận tải',
          { block: '', points: 91.86, max: 100, index: 91.86, published: 91.86, rank: 2, size: 20 },
        ],
        [
          'Ban Quản lý Khu kinh tế Nghi Sơn và các khu công nghiệp',
          {
            block: '',
            points: 91.651,
            max: 100,
            index: 91.65,
            published: 91.651,
            rank: 6,
            size: 20,
          },
        ],
        // 68.32 points, 81.33%: of 84 points, which the table does not print.
        [
          'Ban Dân tộc tỉnh',
          { block: '', points: 68.32, max: 84, index: 81.33, published: 81.33, rank: 20, size: 20 },
        ],
        [
          'Huyện Đông Sơn',
          { block: '', points: 92.15, max: 100, index: 92.15, published: 92.15, rank: 1, size: 27 },
        ],
        [
          'Huyện Hoằng Hóa',
          { block: '', points: 91.92, max: 100, index: 91.92, published: 91.92, rank: 2, size: 27 },
        ],
        [
          'Thành phố Thanh Hóa',
          { block: '', points: 91.46, max: 100, index: 91.46, published: 91.46, rank: 3, size: 27 },
        ],
        [
          'Huyện Mường Lát',
          {
            block: '',
            points: 86.09,
            max: 100,
            index: 86.09,
            published: 86.09,
            rank: 27,
            size: 27,
          },
        ],
      ])
      expect(await cohortYears(t, TH, 2023)).toEqual([
        ['DEPARTMENT', '', 4, 20],
        ['DISTRICT', '', 4, 27],
      ])
    })

    it('names the row and the column of points copied with their unit ("68.32 điểm")', async () => {
      // The press writes "68.32 điểm"; a table pasted from it keeps the word.
      const body = await rejected(
        importFile(
          t.db,
          'assessments',
          csv(line(...TH_HEADER), line(20, 'Ban Dân tộc tỉnh', '68.32 điểm', '81.33', 20)),
          { parentCode: TH, year: 2023, lang: 'en' },
        ),
      )
      expect(body.errors.map((e) => [e.row, e.column, e.code, e.message])).toEqual([
        [2, 'Tổng số điểm đạt được', 'INVALID_NUMBER', '"68.32 điểm" is not a number'],
      ])
    })
  })
}
