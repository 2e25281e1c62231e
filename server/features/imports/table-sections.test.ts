// An official table with its units grouped under section headings and a closing summary line,
// without a year column: imported end to end on both engines. Wards and communes ranked apart in
// one table become two blocks, each of its announced size; departments above districts only
// separate two levels, each ranked in its default cohort.
//
// The published table is Tây Ninh's for 2023 (Quyết định số 2729/QĐ-UBND of UBND tỉnh Tây Ninh,
// 25 December 2023, as the provincial portal tayninh.gov.vn printed it that day): columns STT,
// Tên cơ quan, Điểm tối đa, Điểm thẩm định, Tỷ lệ đạt, Xếp loại; section I "Các sở, ban, ngành
// tỉnh" (19 units, numbered from 1 in order of the rate) and section II "UBND huyện, thị xã,
// thành phố". The rows below are those the portal's text gives in full.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { TEST_DIALECTS, type TestDb } from '#server/test/create-test-db.ts'
import {
  csv,
  importFile,
  importUnitRows,
  unitsTestDb,
  rejected,
  workbook,
  type RunOptions,
} from './__fixtures__/fixture-db.ts'

const UNITS = [
  ['TN', 'Tỉnh Thử Nghiệm', 'PROVINCE', ''],
  ['TN.P1', 'Phường Một', 'COMMUNE', 'TN'],
  ['TN.P2', 'Phường Hai', 'COMMUNE', 'TN'],
  ['TN.X1', 'Xã Một', 'COMMUNE', 'TN'],
  ['TN.X2', 'Xã Hai', 'COMMUNE', 'TN'],
  ['TN.X3', 'Xã Ba', 'COMMUNE', 'TN'],
  ['TN.SNV', 'Sở Nội vụ', 'DEPARTMENT', 'TN'],
  ['TN.STC', 'Sở Tài chính', 'DEPARTMENT', 'TN'],
  ['TN.H1', 'Huyện Một', 'DISTRICT', 'TN'],
  ['TN.H2', 'Huyện Hai', 'DISTRICT', 'TN'],
  ['TAY_NINH', 'Tỉnh Tây Ninh', 'PROVINCE', ''],
  ['TAY_NINH.VP', 'Văn phòng UBND tỉnh', 'DEPARTMENT', 'TAY_NINH'],
  ['TAY_NINH.TT', 'Thanh tra tỉnh', 'DEPARTMENT', 'TAY_NINH'],
  ['TAY_NINH.STTTT', 'Sở Thông tin và Truyền thông', 'DEPARTMENT', 'TAY_NINH'],
  ['TAY_NINH.SYT', 'Sở Y tế', 'DEPARTMENT', 'TAY_NINH'],
  ['TAY_NINH.HOA_THANH', 'Thị xã Hòa Thành', 'DISTRICT', 'TAY_NINH'],
  ['TAY_NINH.GO_DAU', 'Huyện Gò Dầu', 'DISTRICT', 'TAY_NINH'],
  ['TAY_NINH.TAY_NINH', 'Thành phố Tây Ninh', 'DISTRICT', 'TAY_NINH'],
  ['TAY_NINH.TRANG_BANG', 'Thị xã Trảng Bàng', 'DISTRICT', 'TAY_NINH'],
]

/** Tây Ninh's 2023 table as published: two sections, the year in the title only. */
const TAY_NINH_2023 = [
  ['ỦY BAN NHÂN DÂN TỈNH TÂY NINH'],
  [
    'KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2023 CỦA CÁC SỞ, BAN, NGÀNH VÀ UBND HUYỆN, THỊ XÃ, THÀNH PHỐ',
  ],
  ['(Kèm theo Quyết định số 2729/QĐ-UBND ngày 25 tháng 12 năm 2023 của UBND tỉnh)'],
  ['STT', 'TÊN CƠ QUAN', 'Điểm tối đa', 'Điểm thẩm định', 'Tỷ lệ đạt', 'Xếp loại'],
  ['I', 'Các sở, ban, ngành tỉnh', null, null, null, null],
  [1, 'Văn phòng UBND tỉnh', 71.5, 69.25, '96.85%', 'Tốt'],
  [2, 'Thanh tra tỉnh', 71.5, 69.0, '96.50%', 'Tốt'],
  [3, 'Sở Thông tin và Truyền thông', 100, 94.43, '94.43%', 'Tốt'],
  [19, 'Sở Y Tế', 100, 49.07, '49.07%', 'Kém'],
  ['II', 'UBND huyện, thị xã, thành phố', null, null, null, null],
  [1, 'UBND thị xã Hòa Thành', 100, 88.35, '88.35%', 'Tốt'],
  [2, 'UBND huyện Gò Dầu', 100, 87.68, '87.68%', 'Tốt'],
  [3, 'UBND thành phố Tây Ninh', 100, 86.98, '86.98%', 'Tốt'],
  [6, 'UBND thị xã Trảng Bàng', 100, 84.92, '84.92%', 'Tốt'],
]

/** Wards and communes in one table, each group ranked from 1, the year in the title only. */
const WARDS_AND_COMMUNES = [
  ['UBND TỈNH THỬ NGHIỆM'],
  ['KẾT QUẢ XẾP HẠNG CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2025 CỦA UBND CÁC XÃ, PHƯỜNG'],
  ['(Kèm theo Quyết định số 15/QĐ-UBND ngày 20 tháng 01 năm 2026)'],
  ['STT', 'Tên đơn vị', 'Tổng điểm', 'Chỉ số CCHC (%)', 'Xếp hạng'],
  ['I', 'KHỐI PHƯỜNG (2 đơn vị)', null, null, null],
  [1, 'Phường Hai', 88.5, 88.5, 1],
  [2, 'Phường Một', 81.25, 81.25, 2],
  ['II', 'KHỐI XÃ (3 đơn vị)', null, null, null],
  [1, 'Xã Ba', 90.1, 90.1, 1],
  [2, 'Xã Một', 85, 85, 2],
  [3, 'Xã Hai', 79.4, 79.4, 3],
  [null, 'Trung bình', 84.85, 84.85, null],
]

for (const dialect of TEST_DIALECTS) {
  describe(`a table of sections, as published (${dialect})`, () => {
    let t: TestDb
    beforeAll(async () => {
      t = await unitsTestDb(dialect, UNITS)
    })
    afterAll(() => t.destroy())

    /** The rows as a one-sheet workbook, imported as assessments. */
    const importTable = async (rows: (string | number | null)[][], options: RunOptions) =>
      importFile(t.db, 'assessments', await workbook(rows), options)

    const stored = (like: string) =>
      t.db
        .selectFrom('assessment')
        .select(['unit_code', 'year', 'published_rank', 'cohort_block', 'published_cohort_size'])
        .where('unit_code', 'like', like)
        .orderBy('cohort_block')
        .orderBy('published_rank')
        // Ties (two units ranked 1st in two cohorts) in one order on either engine.
        .orderBy('unit_code')
        .execute()

    it('ranks wards and communes apart, each block of its announced size, in the title’s year', async () => {
      const result = await importTable(WARDS_AND_COMMUNES, {
        parentCode: 'TN',
        lang: 'en',
      })
      expect(result).toMatchObject({ rows: 8, inserted: 5, errors: [] })
      expect(result.warnings.map((w) => [w.row, w.code])).toEqual([
        [4, 'TITLE_ROWS_SKIPPED'],
        [2, 'YEAR_FROM_TITLE'],
        [12, 'SUMMARY_ROW_SKIPPED'],
        [3, 'DECISION_FROM_TITLE'],
        [5, 'SECTION_ROW'],
        [8, 'SECTION_ROW'],
      ])
      expect(result.warnings.find((w) => w.row === 5)?.message).toBe(
        'Section heading "KHỐI PHƯỜNG (2 đơn vị)": the 2 units below (rows 6–7) are ranked in the block "KHỐI PHƯỜNG" of 2 units',
      )
      expect((await stored('TN.%')).map((r) => Object.values(r))).toEqual([
        ['TN.P2', 2025, 1, 'KHỐI PHƯỜNG', 2],
        ['TN.P1', 2025, 2, 'KHỐI PHƯỜNG', 2],
        ['TN.X3', 2025, 1, 'KHỐI XÃ', 3],
        ['TN.X1', 2025, 2, 'KHỐI XÃ', 3],
        ['TN.X2', 2025, 3, 'KHỐI XÃ', 3],
      ])
      // The decision the title line cites, dated the next year, recorded on each draft row.
      const decisions = await t.db
        .selectFrom('assessment')
        .select(['status', 'decision_no', 'decision_date'])
        .where('unit_code', 'like', 'TN.%')
        .where('year', '=', 2025)
        .execute()
      expect(new Set(decisions.map((d) => Object.values(d).join(' ')))).toEqual(
        new Set(['DRAFT 15/QĐ-UBND 2026-01-20']),
      )
      expect(decisions).toHaveLength(5)
    })

    it('imports Tây Ninh’s 2023 table as its portal printed it', async () => {
      const result = await importTable(TAY_NINH_2023, {
        parentCode: 'TAY_NINH',
        lang: 'en',
      })
      expect(result).toMatchObject({ rows: 10, inserted: 8, errors: [] })
      expect(result.warnings.map((w) => [w.row, w.code, w.message])).toEqual([
        [4, 'TITLE_ROWS_SKIPPED', 'Rows 1–3 are above the header (row 4) and were skipped'],
        [
          2,
          'YEAR_FROM_TITLE',
          'The table has no year column: its rows are imported for 2023, the year this title line names',
        ],
        [
          3,
          'DECISION_FROM_TITLE',
          'The table has no decision column: its rows are recorded under Decision No. 2729/QĐ-UBND of 25 December 2023, the decision this title line names. The decision is recorded only: the results stay drafts until the year is published',
        ],
        [
          5,
          'SECTION_ROW',
          'Section heading "Các sở, ban, ngành tỉnh": not a unit; the 4 units below (rows 6–9) are ranked with their level',
        ],
        [
          10,
          'SECTION_ROW',
          'Section heading "UBND huyện, thị xã, thành phố": not a unit; the 4 units below (rows 11–14) are ranked with their level',
        ],
      ])
      const rows = await t.db
        .selectFrom('assessment')
        .select(['unit_code', 'year', 'max_points', 'points', 'index_pct', 'cohort_block'])
        .select(['decision_no', 'decision_date'])
        .where('unit_code', 'like', 'TAY_NINH.%')
        .orderBy('index_pct', 'desc')
        .execute()
      // The rate of a department scored out of 71.5 is its points over that maximum; each row
      // records the decision its annex names.
      const decision = ['2729/QĐ-UBND', '2023-12-25']
      expect(rows.map((r) => Object.values(r))).toEqual([
        ['TAY_NINH.VP', 2023, 71.5, 69.25, 96.85, '', ...decision],
        ['TAY_NINH.TT', 2023, 71.5, 69, 96.5, '', ...decision],
        ['TAY_NINH.STTTT', 2023, 100, 94.43, 94.43, '', ...decision],
        ['TAY_NINH.HOA_THANH', 2023, 100, 88.35, 88.35, '', ...decision],
        ['TAY_NINH.GO_DAU', 2023, 100, 87.68, 87.68, '', ...decision],
        ['TAY_NINH.TAY_NINH', 2023, 100, 86.98, 86.98, '', ...decision],
        ['TAY_NINH.TRANG_BANG', 2023, 100, 84.92, 84.92, '', ...decision],
        ['TAY_NINH.SYT', 2023, 100, 49.07, 49.07, '', ...decision],
      ])
    })

    it('keeps levels apart without blocks when each heading holds a level of its own', async () => {
      const result = await importTable(
        [
          ['STT', 'Tên đơn vị', 'Chỉ số CCHC (%)', 'Xếp hạng'],
          ['A', 'Khối sở, ban, ngành', null, null],
          [1, 'Sở Tài chính', 91.2, 1],
          [2, 'Sở Nội vụ', 90.05, 2],
          ['B', 'Khối UBND cấp huyện', null, null],
          [1, 'Huyện Hai', 87.3, 1],
          [2, 'Huyện Một', 86.9, 2],
        ],
        { parentCode: 'TN', year: 2024, lang: 'en' },
      )
      expect(result).toMatchObject({ rows: 6, inserted: 4, errors: [] })
      expect(result.warnings.map((w) => [w.row, w.code, w.message])).toEqual([
        [
          2,
          'SECTION_ROW',
          'Section heading "Khối sở, ban, ngành": not a unit; the 2 units below (rows 3–4) are ranked with their level',
        ],
        [
          5,
          'SECTION_ROW',
          'Section heading "Khối UBND cấp huyện": not a unit; the 2 units below (rows 6–7) are ranked with their level',
        ],
      ])
      const rows = [...(await stored('TN.S%')), ...(await stored('TN.H%'))]
      expect(rows.map((r) => Object.values(r))).toEqual([
        ['TN.STC', 2024, 1, '', null],
        ['TN.SNV', 2024, 2, '', null],
        ['TN.H2', 2024, 1, '', null],
        ['TN.H1', 2024, 2, '', null],
      ])
    })

    it('keeps the block its units had under a heading that makes none, and says which rows', async () => {
      // 2024 ranked the departments in a block of their own; 2026's table heads them alone.
      await importFile(
        t.db,
        'assessments',
        csv(
          'unit_code,year,index_pct,rank,cohort',
          'TN.STC,2026,90,1,"Sở, ban, ngành"',
          'TN.SNV,2026,89,2,"Sở, ban, ngành"',
        ),
      )
      const result = await importTable(
        [
          ['STT', 'Tên đơn vị', 'Chỉ số CCHC (%)', 'Xếp hạng'],
          ['I', 'KHỐI SỞ, BAN, NGÀNH', null, null],
          [1, 'Sở Nội vụ', 91.5, 1],
          [2, 'Sở Tài chính', 90.2, 2],
          ['II', 'KHỐI UBND CẤP HUYỆN', null, null],
          [1, 'Huyện Hai', 87.3, 1],
          [2, 'Huyện Một', 86.9, 2],
        ],
        { parentCode: 'TN', year: 2027 },
      )
      expect(result).toMatchObject({ inserted: 4, errors: [] })
      expect(result.warnings.map((w) => [w.row, w.code, w.message])).toEqual([
        [
          3,
          'COHORT_BLOCK_KEPT',
          expect.stringContaining(
            '2 đơn vị năm 2027 được xếp hạng trong khối “Sở, ban, ngành”',
          ) as string,
        ],
        [
          2,
          'SECTION_ROW',
          'Dòng tiêu đề nhóm "KHỐI SỞ, BAN, NGÀNH": 2 đơn vị bên dưới (dòng 3–4) được xếp hạng trong khối "Sở, ban, ngành"',
        ],
        [
          5,
          'SECTION_ROW',
          'Dòng tiêu đề nhóm "KHỐI UBND CẤP HUYỆN": không phải một đơn vị; 2 đơn vị bên dưới (dòng 6–7) được xếp hạng cùng cấp của mình',
        ],
      ])
      // Each previewed row says the block it goes to.
      expect(result.preview.map((p) => [p.row, p.values?.cohort_block])).toEqual([
        [3, 'Sở, ban, ngành'],
        [4, 'Sở, ban, ngành'],
        [6, ''],
        [7, ''],
      ])
      const rows = (await stored('TN.S%')).filter((r) => r.year === 2027)
      expect(rows.map((r) => [r.unit_code, r.published_rank, r.cohort_block])).toEqual([
        ['TN.SNV', 1, 'Sở, ban, ngành'],
        ['TN.STC', 2, 'Sở, ban, ngành'],
      ])
    })

    it('says a heading it could not place: ranked from 1 again beside other rows of its level', async () => {
      // Wards under no heading, then communes under "B. KHỐI XÃ": two rankings, one block named.
      const table = [
        ['STT', 'Tên đơn vị', 'Chỉ số CCHC (%)', 'Xếp hạng'],
        [1, 'Phường Hai', 88.5, 1],
        [2, 'Phường Một', 81.25, 2],
        ['B', 'KHỐI XÃ', null, null],
        [1, 'Xã Ba', 90.1, 1],
        [2, 'Xã Một', 85, 2],
      ]
      const result = await importTable(table, { parentCode: 'TN', year: 2017, dryRun: true })
      // Nothing lost, nothing written: every row previewed, the heading named with its rows.
      expect(result).toMatchObject({ rows: 5, inserted: 4, errors: [], batchId: null })
      const sectionWarnings = result.warnings.filter((w) => w.code.startsWith('SECTION'))
      expect(sectionWarnings.map((w) => [w.row, w.code, w.message])).toEqual([
        [
          4,
          'SECTION_NOT_PLACED',
          'Không xác định được khối của dòng tiêu đề nhóm "KHỐI XÃ": 2 đơn vị bên dưới (dòng ' +
            '5–6) xếp hạng lại từ 1 nhưng được xếp hạng chung với 2 đơn vị khác cùng cấp (dòng ' +
            '2–3). Nếu quyết định xếp hạng riêng nhóm này, hãy thêm cột “Khối” ghi tên khối của ' +
            'từng dòng',
        ],
      ])
      const english = await importTable(table, {
        parentCode: 'TN',
        year: 2017,
        lang: 'en',
        dryRun: true,
      })
      expect(english.warnings[0]?.message).toBe(
        'Section heading "KHỐI XÃ" could not be placed in a block: the 2 units below (rows ' +
          '5–6) are ranked from 1 again, yet ranked together with 2 other units of their level ' +
          "(rows 2–3). If the decision ranked this group apart, add a “Khối” column naming each row's block",
      )
      expect((await stored('TN.%')).filter((r) => r.year === 2017)).toEqual([])
    })

    it('names a row with a unit’s name and no values as the unit row it is', async () => {
      const body = await rejected(
        importTable(
          [
            ['Tên đơn vị', 'Chỉ số CCHC (%)', 'Xếp hạng'],
            ['SỞ NỘI VỤ', null, null],
            ['Sở Tài chính', 91.2, 1],
          ],
          { parentCode: 'TN', year: 2024 },
        ),
      )
      expect(body.errors.map((e) => [e.row, e.code])).toEqual([[2, 'POINTS_OR_INDEX_REQUIRED']])
    })

    it('keeps the stored block of units a later file lists under one heading', async () => {
      const result = await importTable(
        [
          ['STT', 'Tên đơn vị', 'Tổng điểm', 'Chỉ số CCHC (%)', 'Xếp hạng'],
          ['I', 'KHỐI PHƯỜNG (2 đơn vị)', null, null, null],
          [1, 'Phường Hai', 88.75, 88.75, 1],
          [2, 'Phường Một', 81.25, 81.25, 2],
        ],
        { parentCode: 'TN', year: 2025 },
      )
      expect(result).toMatchObject({ updated: 1, errors: [] })
      expect(
        (await stored('TN.P%')).map((r) => [r.unit_code, r.cohort_block, r.published_cohort_size]),
      ).toEqual([
        ['TN.P2', 'KHỐI PHƯỜNG', 2],
        ['TN.P1', 'KHỐI PHƯỜNG', 2],
      ])
    })

    it('reads headings whose ranks run on as one ranking, and a heading naming a unit as no block', async () => {
      const result = await importTable(
        [
          ['STT', 'Tên đơn vị', 'Chỉ số CCHC (%)', 'Xếp hạng'],
          ['I', 'Các sở, ban, ngành', null, null],
          [1, 'Sở Tài chính', 91.2, 1],
          ['II', 'Cơ quan ngành dọc', null, null],
          [2, 'Sở Nội vụ', 90.05, 2],
          ['III', 'HUYỆN MỘT', null, null],
          [1, 'Xã Một', 80, 1],
          ['IV', 'HUYỆN HAI', null, null],
          [1, 'Xã Hai', 70, 1],
        ],
        { parentCode: 'TN', year: 2022, lang: 'en' },
      )
      expect(result).toMatchObject({ inserted: 4, errors: [] })
      expect(result.warnings.map((w) => w.message)).toEqual([
        // The communes, under headings naming their districts, keep the block they had.
        'The file names no block: its 2 units of 2022 are ranked in block “KHỐI XÃ”, as their stored results are (2025), so the years compare. If the 2022 decision ranked them in another block, add a “Khối” column',
        'Section heading "Các sở, ban, ngành": not a unit; the unit below (row 3) is ranked with its level',
        'Section heading "Cơ quan ngành dọc": not a unit; the unit below (row 5) is ranked with its level',
        'Section heading "HUYỆN MỘT": the unit below (row 7) is ranked in the block "KHỐI XÃ"',
        'Section heading "HUYỆN HAI": the unit below (row 9) is ranked in the block "KHỐI XÃ"',
      ])
      const blocks = await t.db
        .selectFrom('assessment')
        .select(['unit_code', 'cohort_block'])
        .where('year', '=', 2022)
        .orderBy('unit_code')
        .execute()
      expect(blocks.map((r) => [r.unit_code, r.cohort_block])).toEqual([
        ['TN.SNV', ''],
        ['TN.STC', ''],
        ['TN.X1', 'KHỐI XÃ'],
        ['TN.X2', 'KHỐI XÃ'],
      ])
    })

    it('sums the counts of groups whose ranks run on into their ranking’s size', async () => {
      // The Ministry of Home Affairs prints its ranking of the provinces in two groups by the
      // index reached, each with its count (official-tables-2025.test.ts): one ranking of all.
      const sizes = async (year: number) =>
        (
          await t.db
            .selectFrom('assessment')
            .select(['unit_code', 'published_rank', 'published_cohort_size'])
            .where('year', '=', year)
            .orderBy('unit_code')
            .execute()
        ).map((r) => Object.values(r))
      const groups = [
        ['STT', 'Tên đơn vị', 'Chỉ số CCHC (%)', 'Xếp hạng'],
        ['A', 'Nhóm A: từ 90% trở lên (2 đơn vị)', null, null],
        [1, 'Xã Ba', 90.1, 1],
        [2, 'Phường Hai', 90, 2],
        ['B', 'Nhóm B: dưới 90% (3 đơn vị)', null, null],
        [3, 'Xã Một', 85, 3],
        [5, 'Xã Hai', 79.4, 5],
      ]
      const result = await importTable(groups, { parentCode: 'TN', year: 2017, lang: 'en' })
      expect(result).toMatchObject({ inserted: 4, errors: [] })
      expect(result.warnings.map((w) => w.message)).toEqual([
        'Section heading "Nhóm A: từ 90% trở lên (2 đơn vị)": not a unit; the 2 units below (rows 3–4) are ranked with their level (5 units)',
        'Section heading "Nhóm B: dưới 90% (3 đơn vị)": not a unit; the 2 units below (rows 6–7) are ranked with their level (5 units)',
      ])
      expect(await sizes(2017)).toEqual([
        ['TN.P2', 2, 5],
        ['TN.X1', 3, 5],
        ['TN.X2', 5, 5],
        ['TN.X3', 1, 5],
      ])
      // One group alone, ranked past its count: the count is the group's, no size of the ranking.
      const alone = await importTable([groups[0] ?? [], ...groups.slice(4)], {
        parentCode: 'TN',
        year: 2016,
        lang: 'en',
      })
      expect(alone).toMatchObject({ inserted: 2, errors: [] })
      expect(alone.warnings.map((w) => [w.row, w.code])).toEqual([
        [2, 'SECTION_ROW'],
        [4, 'RANKS_PAST_ROWS'],
      ])
      expect(await sizes(2016)).toEqual([
        ['TN.X1', 3, null],
        ['TN.X2', 5, null],
      ])
    })

    it("takes a title in capitals above the header for the table's, never the first group's", async () => {
      // Wards under no heading, then communes under one: the title names the whole table.
      const result = await importTable(
        [
          ['KẾT QUẢ XẾP HẠNG CHỈ SỐ CẢI CÁCH HÀNH CHÍNH CÁC PHƯỜNG, XÃ'],
          ['STT', 'Tên đơn vị', 'Chỉ số CCHC (%)', 'Xếp hạng'],
          [1, 'Phường Hai', 88.5, 1],
          [2, 'Phường Một', 81.25, 2],
          ['2. Khối xã', null, null, null],
          [1, 'Xã Ba', 90.1, 1],
        ],
        { parentCode: 'TN', year: 2021, lang: 'en' },
      )
      expect(result).toMatchObject({ inserted: 3, errors: [] })
      expect(
        (await stored('TN.%')).filter((r) => r.year === 2021).map((r) => Object.values(r)),
      ).toEqual([
        ['TN.P2', 2021, 1, '', null],
        ['TN.X3', 2021, 1, '', null],
        ['TN.P1', 2021, 2, '', null],
      ])
    })

    it('takes a numbered title above the header for the table’s, and its count for no size', async () => {
      const result = await importTable(
        [
          ['1. Kết quả xếp hạng Chỉ số CCHC năm 2014 (gồm 5 đơn vị)'],
          ['STT', 'Tên đơn vị', 'Chỉ số CCHC (%)', 'Xếp hạng'],
          [1, 'Sở Tài chính', 91.2, 1],
          [2, 'Sở Nội vụ', 90.05, 2],
          ['II', 'KHỐI HUYỆN', null, null],
          [1, 'Huyện Một', 80, 1],
        ],
        { parentCode: 'TN', year: 2014, lang: 'en' },
      )
      expect(result).toMatchObject({ inserted: 3, errors: [] })
      expect(result.warnings.map((w) => [w.row, w.code])).toEqual([
        [2, 'TITLE_ROWS_SKIPPED'],
        [5, 'SECTION_ROW'],
        [6, 'RANKED_FEWER_THAN_LISTED'],
      ])
      const sizes = await t.db
        .selectFrom('assessment')
        .select(['unit_code', 'published_cohort_size'])
        .where('year', '=', 2014)
        .orderBy('unit_code')
        .execute()
      expect(sizes.map((r) => [r.unit_code, r.published_cohort_size])).toEqual([
        ['TN.H1', null],
        ['TN.SNV', null],
        ['TN.STC', null],
      ])
    })

    it('reads a summing phrase or a group word as such, though a unit bears it without its title', async () => {
      // Sóc Trăng's huyện Trần Đề has a "Xã Trung Bình"; "Xã Khối Phường" is made up.
      await importUnitRows(t.db, [
        ['TN.TB', 'Xã Trung Bình', 'COMMUNE', 'TN'],
        ['TN.KP', 'Xã Khối Phường', 'COMMUNE', 'TN'],
      ])
      const result = await importTable(
        [
          [
            'STT',
            'Tên đơn vị',
            'Tổng điểm',
            'Điểm đánh giá trực tiếp',
            'Điểm điều tra XHH',
            'Ghi chú',
          ],
          ['I', 'KHỐI PHƯỜNG', null, null, null, null],
          [1, 'Phường Hai', 88.5, 60, 28.5, null],
          [2, 'Phường Một', 81.25, 55, 26.25, null],
          [null, 'Trung bình', 84.88, 57.5, 27.38, 'Bình quân hai đơn vị'],
        ],
        { parentCode: 'TN', year: 2013, lang: 'en', dryRun: true },
      )
      expect(result.errors).toEqual([])
      expect(result.warnings.map((w) => w.code)).toContain('SUMMARY_ROW_SKIPPED')
      expect(result.warnings.filter((w) => w.code === 'SECTION_ROW')).toHaveLength(1)
      expect(result.warnings.map((w) => w.code)).not.toContain('UNIT_NAMED_WITHOUT_TITLE')
      expect(result).toMatchObject({ inserted: 2 })
    })

    it('sets aside only whole summary phrases: a numbered or unknown name is a unit row in error', async () => {
      const body = await rejected(
        importTable(
          [
            ['STT', 'Tên đơn vị', 'Chỉ số CCHC (%)', 'Xếp hạng'],
            [1, 'Sở Tài chính', 91.2, 1],
            [2, 'Công an tỉnh', 85.2, 2],
            [null, 'Tổng cục Thuế', 80, 3],
            [null, 'Tổng cộng', 256.4, null],
            [null, 'Bình quân chung:', 85.47, null],
            // A group's mean index in the words of the Ministry of Home Affairs' reports.
            [null, 'Giá trị trung bình', 85.47, null],
          ],
          { parentCode: 'TN', year: 2021, lang: 'en' },
        ),
      )
      expect(body.errors.map((e) => [e.row, e.code])).toEqual([
        [3, 'UNKNOWN_UNIT'],
        [4, 'UNKNOWN_UNIT'],
      ])
      expect(body.warnings.map((w) => [w.row, w.code])).toEqual([
        [5, 'SUMMARY_ROW_SKIPPED'],
        [6, 'SUMMARY_ROW_SKIPPED'],
        [7, 'SUMMARY_ROW_SKIPPED'],
      ])
    })

    it('keeps an empty cell of a year column an error, whatever the title names', async () => {
      const body = await rejected(
        importTable(
          [
            ['CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2024'],
            ['Tên đơn vị', 'Năm', 'Chỉ số CCHC (%)'],
            ['Sở Tài chính', null, 91.2],
          ],
          { parentCode: 'TN' },
        ),
      )
      expect(body.errors.map((e) => [e.row, e.column, e.code])).toEqual([
        [3, 'Năm', 'MISSING_VALUE'],
      ])
    })

    it('reads a rank as printed, with the size of its cohort', async () => {
      const result = await importFile(
        t.db,
        'assessments',
        csv(
          'Tên đơn vị;Chỉ số CCHC (%);Xếp hạng',
          'Phường Hai;88,5;1/3 đơn vị',
          'Phường Một;81,25;Thứ 2',
          'Xã Ba;80,1;03/3',
          // A tie, as a table writes it beside the unit sharing the rank.
          'Xã Một;80,1;Đồng hạng 3',
        ),
        { parentCode: 'TN', year: 2020 },
      )
      expect(result).toMatchObject({ inserted: 4, errors: [] })
      const rows = await t.db
        .selectFrom('assessment')
        .select(['unit_code', 'published_rank', 'published_cohort_size'])
        .where('year', '=', 2020)
        .orderBy('unit_code')
        .execute()
      expect(rows.map((r) => Object.values(r))).toEqual([
        ['TN.P1', 2, null],
        ['TN.P2', 1, 3],
        ['TN.X1', 3, null],
        ['TN.X3', 3, 3],
      ])
      const body = await rejected(
        importFile(
          t.db,
          'assessments',
          csv(
            'Tên đơn vị;Chỉ số CCHC (%);Xếp hạng;Số đơn vị',
            'Xã Ba;90,1;1/3;4',
            'Xã Một;85;hạng nhất;3',
          ),
          { parentCode: 'TN', year: 2020, lang: 'en' },
        ),
      )
      expect(body.errors.map((e) => [e.row, e.column, e.code, e.message])).toEqual([
        [
          2,
          'Số đơn vị',
          'RANK_SIZE_DIFFERS',
          'Cohort size 4 differs from the one printed with the rank "1/3"',
        ],
        [3, 'Xếp hạng', 'INVALID_INTEGER', '"hạng nhất" is not a whole number'],
      ])
    })

    it('keeps a size printed with a rank under a heading announcing another, and names the clash', async () => {
      const body = await rejected(
        importTable(
          [
            ['STT', 'Tên đơn vị', 'Chỉ số CCHC (%)', 'Xếp hạng'],
            ['I', 'KHỐI XÃ (3 đơn vị)', null, null],
            [1, 'Xã Ba', 90.1, '1/4'],
            [2, 'Xã Một', 85, 2],
          ],
          { parentCode: 'TN', year: 2019, lang: 'en' },
        ),
      )
      // The second row's size is the heading's (3), the first row's its own (4).
      expect(body.errors.map((e) => [e.row, e.code, e.message])).toEqual([
        [4, 'INCONSISTENT_VALUE', '"3" differs from "4" on row 3 of the same cohort-year'],
      ])
    })

    it('refuses a row whose year is not the one the import was asked for', async () => {
      const body = await rejected(
        importFile(
          t.db,
          'assessments',
          csv('Tên đơn vị,Năm,Chỉ số CCHC (%)', 'Sở Nội vụ,,90', 'Sở Tài chính,2023,91'),
          { parentCode: 'TN', year: 2024, lang: 'en' },
        ),
      )
      expect(body.errors.map((e) => [e.row, e.column, e.code, e.message])).toEqual([
        [
          3,
          'Năm',
          'YEAR_DIFFERS',
          'Year 2023 differs from the year the import was asked for (2024)',
        ],
      ])
    })

    it('asks for the year of a table that names none', async () => {
      const body = await rejected(
        importFile(t.db, 'assessments', csv('Tên đơn vị,Chỉ số CCHC (%)', 'Sở Nội vụ,90'), {
          parentCode: 'TN',
        }),
      )
      expect(body.errors.map((e) => [e.row, e.code])).toEqual([[1, 'MISSING_COLUMN']])
    })
  })
}
