// The decision an annex's title line names, through the real import path on both engines: stored
// on each row as a decision column filled with it would store it, said in the preview, never
// publishing the rows; a decision column wins for its rows, two decisions in the title give none,
// a date that is no day refuses the file. The table is Yên Bái's departments of 2021 under the
// decision that published them, Quyết định số 885/QĐ-UBND ngày 8/6/2022 of UBND tỉnh Yên Bái
// (its number and date as the province's portal printed them, 9/6/2022, with the figures:
// official-yen-bai-2021.test.ts cites the sources); the annex's layout is not printed, so its
// title lines are in the decision's words.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApp, type App } from '#server/app.ts'
import { TEST_DIALECTS, type TestDb } from '#server/test/create-test-db.ts'
import { readJson } from '#server/test/read-json.ts'
import { sameOrigin, signIn } from '#server/test/sign-in.ts'
import {
  CohortYearStatusListSchema,
  PublicationStatusReportSchema,
} from '#shared/dto/publication.ts'
import { ImportResultSchema } from '#shared/dto/import.ts'
import { RankingSchema } from '#shared/dto/ranking.ts'
import {
  count,
  csv,
  importFile,
  importProvinceUnits,
  rejected,
  unitsTestDb,
} from './__fixtures__/fixture-db.ts'

const YB = 'YB'
const UNIT_LIST: readonly (readonly [string, string, string, string])[] = [
  ['YB.VP', 'Văn phòng Ủy ban nhân dân tỉnh', 'DEPARTMENT', ''],
  ['YB.SGTVT', 'Sở Giao thông vận tải', 'DEPARTMENT', ''],
  ['YB.SGDDT', 'Sở Giáo dục và Đào tạo', 'DEPARTMENT', ''],
  ['YB.BQLKCN', 'Ban Quản lý các khu công nghiệp', 'DEPARTMENT', ''],
]

const quoted = (s: string) => (/[",]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s)
const line = (...cells: (string | number)[]) => cells.map((c) => quoted(String(c))).join(',')

const TITLE = 'CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2021 CỦA CÁC SỞ, BAN, NGÀNH THUỘC UBND TỈNH'
const ANNEX = 'Kèm theo Quyết định số 885/QĐ-UBND ngày 8/6/2022 của UBND tỉnh Yên Bái'
const HEADER = ['STT', 'Tên cơ quan, đơn vị', 'Chỉ số CCHC (%)', 'Xếp hạng'] as const
const ROWS = [
  [1, 'Văn phòng UBND tỉnh', '96,37', 1],
  [2, 'Sở Giao thông Vận tải', '94,92', 2],
  [3, 'Sở Giáo dục và Đào tạo', '93,96', 3],
  [19, 'Ban Quản lý các khu công nghiệp', '79,09', 19],
] as const

/** The departments' annex: the province, the title, the decision line, the header, the rows. */
const annex = (...titleLines: string[]) =>
  csv(
    'ỦY BAN NHÂN DÂN TỈNH YÊN BÁI',
    ...titleLines.map(quoted),
    line(...HEADER),
    ...ROWS.map((r) => line(...r)),
  )

for (const dialect of TEST_DIALECTS) {
  describe(`the decision an annex's title names (${dialect})`, () => {
    let t: TestDb
    let app: App
    let editor: string
    beforeAll(async () => {
      t = await unitsTestDb(dialect, [])
      const units = await importProvinceUnits(t.db, { code: YB, name: 'Tỉnh Yên Bái' }, UNIT_LIST)
      expect(units.errors).toEqual([])
      app = createApp(t.db)
      editor = await signIn(app, t.db, 'EDITOR')
    })
    afterAll(() => t.destroy())

    const decisions = async () =>
      (
        await t.db
          .selectFrom('assessment')
          .select(['unit_code', 'year', 'status', 'decision_no', 'decision_date'])
          .where('unit_code', 'like', 'YB.%')
          .orderBy('unit_code')
          .execute()
      ).map((r) => [r.unit_code, Number(r.year), r.status, r.decision_no, r.decision_date])
    const get = (path: string, cookie?: string) =>
      app.request(path, { headers: cookie ? { Cookie: cookie } : {} })
    const status = async () =>
      readJson(
        await get(`/api/publications/status?parent=${YB}&kind=DEPARTMENT&year=2021`),
        PublicationStatusReportSchema,
      )

    it('says in the preview where the decision came from, in either language, writing nothing', async () => {
      for (const lang of ['vi', 'en'] as const) {
        const res = await app.request(
          `/api/imports?kind=assessments&dryRun=true&parent=${YB}&lang=${lang}`,
          {
            method: 'POST',
            headers: { ...sameOrigin(editor), 'Content-Type': 'text/csv' },
            body: new TextDecoder().decode(annex(TITLE, ANNEX)),
          },
        )
        expect(res.status).toBe(200)
        const preview = await readJson(res, ImportResultSchema)
        expect(preview).toMatchObject({ dryRun: true, inserted: 4, errors: [] })
        const said = preview.warnings.filter((w) => w.code === 'DECISION_FROM_TITLE')
        expect(said.map((w) => [w.row, w.column, w.message])).toEqual([
          [
            3,
            null,
            lang === 'vi'
              ? 'Bảng không có cột Số quyết định: các dòng được ghi nhận theo Quyết định số 885/QĐ-UBND ngày 08/06/2022, quyết định mà dòng tiêu đề này nêu. Quyết định chỉ được ghi nhận: kết quả vẫn là bản nháp cho đến khi năm được công bố'
              : 'The table has no decision column: its rows are recorded under Decision No. 885/QĐ-UBND of 8 June 2022, the decision this title line names. The decision is recorded only: the results stay drafts until the year is published',
          ],
        ])
        expect(said[0]?.message.normalize('NFC')).toBe(said[0]?.message)
      }
      expect(await count(t.db, 'assessment')).toBe(0)
    })

    it('records it on each row, still a draft: the year from the title, not the decision’s', async () => {
      const result = await importFile(t.db, 'assessments', annex(TITLE, ANNEX), {
        parentCode: YB,
        lang: 'en',
      })
      expect(result).toMatchObject({ inserted: 4, errors: [] })
      expect(result.warnings.map((w) => [w.row, w.code])).toEqual([
        [4, 'TITLE_ROWS_SKIPPED'],
        [2, 'YEAR_FROM_TITLE'],
        [3, 'DECISION_FROM_TITLE'],
        [8, 'RANKS_PAST_ROWS'],
      ])
      const draft = ['DRAFT', '885/QĐ-UBND', '2022-06-08']
      expect(await decisions()).toEqual([
        ['YB.BQLKCN', 2021, ...draft],
        ['YB.SGDDT', 2021, ...draft],
        ['YB.SGTVT', 2021, ...draft],
        ['YB.VP', 2021, ...draft],
      ])
      // Imported again, the same file changes nothing.
      const again = await importFile(t.db, 'assessments', annex(TITLE, ANNEX), { parentCode: YB })
      expect(again).toMatchObject({ inserted: 0, updated: 0, unchanged: 4, errors: [] })
    })

    it('leaves the year a draft for readers, the decision on record for the editor', async () => {
      const years = await get(`/api/publications?parent=${YB}&kind=DEPARTMENT`, editor)
      expect((await readJson(years, CohortYearStatusListSchema)).items).toEqual([
        {
          year: 2021,
          status: 'DRAFT',
          decisionNo: '885/QĐ-UBND',
          decisionDate: '2022-06-08',
          units: 4,
        },
      ])
      const report = await status()
      expect(report.years).toMatchObject([{ year: 2021, status: 'DRAFT', decisionNo: null }])
      expect(report.sourceLine.vi).toBe('Dự thảo — chưa công bố (số liệu năm 2021)')
      // The editor sees the draft ranking; a reader none of it.
      const ranking = `/api/rankings?parent=${YB}&kind=DEPARTMENT&year=2021`
      const drafts = await readJson(await get(ranking, editor), RankingSchema)
      expect([drafts.total, drafts.items.map((i) => [i.unit.code, i.rank])]).toEqual([
        19,
        [
          ['YB.VP', 1],
          ['YB.SGTVT', 2],
          ['YB.SGDDT', 3],
          ['YB.BQLKCN', 19],
        ],
      ])
      expect((await readJson(await get(ranking), RankingSchema)).items).toEqual([])
    })

    it('is the decision the year is then published under, as every source line names it', async () => {
      const res = await app.request('/api/publications', {
        method: 'POST',
        headers: { ...sameOrigin(editor), 'Content-Type': 'application/json' },
        body: JSON.stringify({
          parentCode: YB,
          kind: 'DEPARTMENT',
          year: 2021,
          decisionNo: '885/QĐ-UBND',
          decisionDate: '2022-06-08',
        }),
      })
      expect(res.status).toBe(200)
      const report = await status()
      expect(report.years).toMatchObject([
        { status: 'PUBLISHED', decisionNo: '885/QĐ-UBND', decisionDate: '2022-06-08' },
      ])
      expect(report.sourceLine.vi).toBe(
        'Nguồn: Quyết định số 885/QĐ-UBND ngày 08/06/2022 của UBND tỉnh Yên Bái (số liệu năm 2021)',
      )
      const ranking = await get(`/api/rankings?parent=${YB}&kind=DEPARTMENT&year=2021`)
      expect((await readJson(ranking, RankingSchema)).items.map((i) => i.rank)).toEqual([
        1, 2, 3, 19,
      ])
      expect((await decisions()).map((r) => r[2])).toEqual([
        'PUBLISHED',
        'PUBLISHED',
        'PUBLISHED',
        'PUBLISHED',
      ])
    })

    it('lets a decision column win for its rows, the title giving the rows without one', async () => {
      const rows = [
        line(...HEADER, 'Số quyết định', 'Ngày quyết định'),
        line(1, 'Văn phòng UBND tỉnh', '96,37', 1, '900/QĐ-UBND', '10/06/2023'),
        line(2, 'Sở Giao thông Vận tải', '94,92', 2, '', ''),
      ]
      const result = await importFile(
        t.db,
        'assessments',
        csv('CHỈ SỐ CCHC NĂM 2022', quoted(ANNEX.replace('885', '886')), ...rows),
        { parentCode: YB, lang: 'vi', dryRun: true },
      )
      expect(result.errors).toEqual([])
      expect(result.warnings.filter((w) => w.code === 'DECISION_FROM_TITLE')).toEqual([
        {
          row: 2,
          column: null,
          code: 'DECISION_FROM_TITLE',
          message:
            '1 dòng không ghi quyết định ở cột "Số quyết định" được ghi nhận theo Quyết định số 886/QĐ-UBND ngày 08/06/2022, quyết định mà dòng tiêu đề này nêu. Quyết định chỉ được ghi nhận: kết quả vẫn là bản nháp cho đến khi năm được công bố',
        },
      ])
      await importFile(
        t.db,
        'assessments',
        csv('CHỈ SỐ CCHC NĂM 2022', quoted(ANNEX.replace('885', '886')), ...rows),
        { parentCode: YB },
      )
      expect((await decisions()).filter((r) => r[1] === 2022)).toEqual([
        ['YB.SGTVT', 2022, 'DRAFT', '886/QĐ-UBND', '2022-06-08'],
        ['YB.VP', 2022, 'DRAFT', '900/QĐ-UBND', '2023-06-10'],
      ])
      // Every row giving its own: the title has nothing to say.
      const own = await importFile(
        t.db,
        'assessments',
        csv('CHỈ SỐ CCHC NĂM 2022', quoted(ANNEX), ...rows.slice(0, 2)),
        { parentCode: YB, dryRun: true },
      )
      expect(own.warnings.map((w) => w.code)).not.toContain('DECISION_FROM_TITLE')
    })

    it('guesses neither of two decisions the title names, on the row of the second', async () => {
      const result = await importFile(
        t.db,
        'assessments',
        annex(
          'CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2020',
          ANNEX,
          '(Kèm theo QĐ số 24/QĐ-UBND ngày 05/02/2021)',
        ),
        { parentCode: YB, lang: 'en' },
      )
      expect(result).toMatchObject({ inserted: 4, errors: [] })
      expect(
        result.warnings
          .filter((w) => w.code.startsWith('DECISION_'))
          .map((w) => [w.row, w.code, w.message]),
      ).toEqual([
        [
          4,
          'DECISION_TITLE_AMBIGUOUS',
          'The title lines name two different decisions (Decision No. 885/QĐ-UBND of 8 June 2022 on row 3; Decision No. 24/QĐ-UBND of 5 February 2021 on row 4): no decision is recorded for the rows; add "Số quyết định" and "Ngày quyết định" columns to record one',
        ],
      ])
      expect((await decisions()).filter((r) => r[1] === 2020)).toEqual([
        ['YB.BQLKCN', 2020, 'DRAFT', null, null],
        ['YB.SGDDT', 2020, 'DRAFT', null, null],
        ['YB.SGTVT', 2020, 'DRAFT', null, null],
        ['YB.VP', 2020, 'DRAFT', null, null],
      ])
    })

    it('refuses a decision dated on no day, naming its line and cell, writing nothing', async () => {
      const before = await count(t.db, 'assessment')
      const report = await rejected(
        importFile(
          t.db,
          'assessments',
          annex('CHỈ SỐ CCHC NĂM 2019', 'Kèm theo Quyết định số 885/QĐ-UBND ngày 31/02/2020'),
          { parentCode: YB, lang: 'vi' },
        ),
      )
      expect(report.errors.map((e) => [e.row, e.column, e.code, e.message])).toEqual([
        [
          3,
          '#1',
          'INVALID_DATE',
          'Dòng tiêu đề này ghi Quyết định số 885/QĐ-UBND "ngày 31/02/2020", không phải ngày hợp lệ: sửa ngày trong dòng này, hoặc thêm cột "Số quyết định" và "Ngày quyết định"',
        ],
      ])
      expect(await count(t.db, 'assessment')).toBe(before)
    })
  })
}
