// What a report writer relies on in a download: numbers that are numbers with two decimals,
// headers in their language, a frozen header row, the decision that published the figures (or
// the draft) under the table, and CSV that Vietnamese Excel opens right.
import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApp, type App } from '#server/app.ts'
import { createTestDb, TEST_DIALECTS, type TestDb } from '#server/test/create-test-db.ts'
import { sameOrigin, signIn } from '#server/test/sign-in.ts'
import { fixture, importFile, loadBase } from '#server/features/imports/__fixtures__/fixture-db.ts'
import { XLSX_TYPE } from '../content-negotiation.ts'
import { readJson } from '#server/test/read-json.ts'
import { ApiErrorBodySchema } from '#shared/errors.ts'
import { ComparisonSchema } from '#shared/dto/compare.ts'

const PUBLISHED_VI =
  'Nguồn: Quyết định số 2729/QĐ-UBND ngày 29/12/2023 của UBND tỉnh Long An (số liệu năm 2023)'
const PUBLISHED_EN =
  "Source: Decision No. 2729/QĐ-UBND of 29 December 2023 by the People's Committee of Long An Province (data for 2023)"
const RANKING = '/api/rankings?parent=LA&kind=DISTRICT&year=2023'

async function sheetOf(res: Response): Promise<ExcelJS.Worksheet> {
  expect(res.status).toBe(200)
  expect(res.headers.get('content-type')).toBe(XLSX_TYPE)
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(await res.arrayBuffer())
  const sheet = workbook.worksheets[0]
  if (!sheet) throw new Error('no sheet')
  return sheet
}

function rowTexts(sheet: ExcelJS.Worksheet, n: number): unknown[] {
  return (sheet.getRow(n).values as unknown[]).slice(1)
}

/** The cell under `header` in row `n`. */
function cellUnder(sheet: ExcelJS.Worksheet, header: string, n: number): ExcelJS.Cell {
  const column = rowTexts(sheet, 1).indexOf(header) + 1
  expect(column, header).toBeGreaterThan(0)
  return sheet.getRow(n).getCell(column)
}

function lastRowText(sheet: ExcelJS.Worksheet): unknown {
  return sheet.getRow(sheet.rowCount).getCell(1).value
}

/** A CSV body as text, its byte-order mark kept (Response.text() drops it). */
async function csvText(res: Response): Promise<string> {
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(await res.arrayBuffer())
}

/** CSV text without its BOM, split into lines of fields (none of these fields are quoted). */
function csvLines(text: string, separator: string): string[][] {
  expect(text.charCodeAt(0)).toBe(0xfeff)
  return text
    .slice(1)
    .split('\r\n')
    .filter((line, i, all) => i < all.length - 1 || line !== '')
    .map((line) => line.split(separator))
}

for (const dialect of TEST_DIALECTS) {
  describe(`table downloads (${dialect})`, () => {
    let t: TestDb
    let app: App
    let editor: string
    beforeAll(async () => {
      t = await createTestDb(dialect)
      await loadBase(t.db)
      await importFile(t.db, 'assessments', fixture('assessments-vi.csv'))
      await importFile(t.db, 'tasks', fixture('tasks.csv'))
      await importFile(t.db, 'awards', fixture('awards.csv'))
      app = createApp(t.db)
      editor = await signIn(app, t.db, 'EDITOR')
      const res = await app.request('/api/publications', {
        method: 'POST',
        headers: { ...sameOrigin(editor), 'Content-Type': 'application/json' },
        body: JSON.stringify({
          parentCode: 'LA',
          kind: 'DISTRICT',
          year: 2023,
          decisionNo: '2729/QĐ-UBND',
          decisionDate: '2023-12-29',
        }),
      })
      expect(res.status).toBe(200)
    })
    afterAll(() => t.destroy())

    it('a comparison names the decision of each year it shows, in JSON as in its downloads', async () => {
      const res = await app.request('/api/compare?units=LA.THANH_HOA,LA.TAN_AN')
      expect(res.status).toBe(200)
      const { source, years } = (await readJson(res, ComparisonSchema)) as {
        years: number[]
        source: { vi: string; en: string; draft: boolean; byYear: Record<string, unknown> }
      }
      // A reader sees the published 2023 only: the line is that decision's, no draft mark.
      expect(years).toEqual([2023])
      expect(source).toEqual({
        vi: PUBLISHED_VI,
        en: PUBLISHED_EN,
        draft: false,
        byYear: { 2023: { vi: PUBLISHED_VI, en: PUBLISHED_EN, draft: false } },
      })
    })

    it('XLSX: number cells with two decimals, vi headers, frozen header, the decision under the table', async () => {
      const res = await app.request(`${RANKING}&format=xlsx`)
      expect(res.headers.get('content-disposition')).toBe(
        'attachment; filename="rankings-la-district-2023.xlsx"',
      )
      const sheet = await sheetOf(res)
      expect(sheet.name).toBe('Xếp hạng 2023')
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 })
      expect(rowTexts(sheet, 1).slice(0, 7)).toEqual([
        'Năm',
        'Xếp hạng',
        'Mã đơn vị',
        'Tên đơn vị',
        'Điểm đạt được',
        'Điểm tối đa',
        'Chỉ số (%)',
      ])
      expect(sheet.getRow(1).font?.bold).toBe(true)
      // Thạnh Hóa: 80.1 of 100, first of three.
      expect(cellUnder(sheet, 'Tên đơn vị', 2).value).toBe('Huyện Thạnh Hóa')
      const index = cellUnder(sheet, 'Chỉ số (%)', 2)
      expect(index.value).toBe(80.1)
      expect(index.numFmt).toBe('0.00')
      expect(cellUnder(sheet, 'Điểm đạt được', 2).numFmt).toBe('0.00')
      expect(cellUnder(sheet, 'Xếp hạng', 2).value).toBe('1/3')
      expect(cellUnder(sheet, 'Năm', 2).value).toBe(2023)
      expect(cellUnder(sheet, 'Tình trạng', 2).value).toBe('Đã công bố')
      // Tân An's maximum is 96.5: a number, not text.
      expect(cellUnder(sheet, 'Điểm tối đa', 3).value).toBe(96.5)
      // ... in Excel's General format, so it shows 96,5 and 100, not 100,00.
      expect(cellUnder(sheet, 'Điểm tối đa', 2).numFmt).toBeUndefined()
      expect(lastRowText(sheet)).toBe(PUBLISHED_VI)
      // Widths fitted: the unit name column holds "Thành phố Tân An" and its header.
      const nameColumn = sheet.getColumn(rowTexts(sheet, 1).indexOf('Tên đơn vị') + 1)
      expect(nameColumn.width).toBeGreaterThanOrEqual('Thành phố Tân An'.length)
    })

    it('XLSX in English: English headers and source line; Accept asks for it too', async () => {
      const sheet = await sheetOf(
        await app.request(`${RANKING}&lang=en`, { headers: { Accept: XLSX_TYPE } }),
      )
      expect(sheet.name).toBe('Ranking 2023')
      expect(rowTexts(sheet, 1).slice(0, 4)).toEqual(['Year', 'Rank', 'Unit code', 'Unit'])
      expect(cellUnder(sheet, 'Index (%)', 2).value).toBe(80.1)
      expect(cellUnder(sheet, 'Status', 2).value).toBe('Published')
      // The grade by its band's name, not its code (80.1 % is the scheme's "Good").
      expect(cellUnder(sheet, 'Grade', 2).value).toBe('Good')
      expect(lastRowText(sheet)).toBe(PUBLISHED_EN)
    })

    it('Vietnamese CSV: ";" separators, decimal commas, two decimals, the source line last', async () => {
      const res = await app.request(`${RANKING}&format=csv&lang=vi`)
      expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8')
      expect(res.headers.get('content-language')).toBe('vi')
      const lines = csvLines(await csvText(res), ';')
      const header = lines[0] ?? []
      expect(header).toContain('Chỉ số (%)')
      const thanhHoa = lines[1] ?? []
      expect(thanhHoa[header.indexOf('Chỉ số (%)')]).toBe('80,10')
      // A maximum is the scheme's figure, written as the scheme writes it (not "100,00").
      expect(thanhHoa[header.indexOf('Điểm tối đa')]).toBe('100')
      expect(lines[2]?.[header.indexOf('Điểm tối đa')]).toBe('96,5')
      // Not "1/3", which Excel under Vietnamese settings reads as 1 March.
      expect(thanhHoa[header.indexOf('Xếp hạng')]).toBe('1 trên 3')
      expect(thanhHoa[header.indexOf('Xếp loại')]).toBe('Tốt')
      // Parsed back as a Vietnamese spreadsheet would: the comma is the decimal mark.
      const tanAn = lines[2] ?? []
      expect(Number((tanAn[header.indexOf('Chỉ số (%)')] ?? '').replace(',', '.'))).toBe(73.83)
      expect(lines.at(-2)).toEqual([''])
      expect(lines.at(-1)).toEqual([PUBLISHED_VI])
    })

    it('English CSV keeps "," and "."; without lang the CSV for scripts is unchanged', async () => {
      const en = csvLines(await csvText(await app.request(`${RANKING}&format=csv&lang=en`)), ',')
      const header = en[0] ?? []
      expect(en[1]?.[header.indexOf('Index (%)')]).toBe('80.10')
      expect(en.at(-1)).toEqual([PUBLISHED_EN])
      const raw = await csvText(await app.request(`${RANKING}&format=csv`))
      const rawLines = raw.split('\r\n')
      expect(rawLines[0]).toBe(
        '\uFEFFyear,unit_code,unit_name,rank,computed_rank,index_pct,points,max_points,grade,' +
          'previous_year,previous_index_pct,previous_rank,delta_pct,rank_change,not_comparable,' +
          'published_rank,published_grade,published_index_pct,flags,status',
      )
      expect(rawLines[1]).toMatch(/^2023,LA\.THANH_HOA,Huyện Thạnh Hóa,1,1,80\.1,80\.1,100,/)
      expect(raw).not.toContain('Nguồn')
      expect(raw.endsWith('PUBLISHED\r\n')).toBe(true)
    })

    it('says draft under a year that is not published', async () => {
      const unpublish = await app.request(
        '/api/publications?parentCode=LA&kind=DISTRICT&year=2023',
        { method: 'DELETE', headers: sameOrigin(editor) },
      )
      expect(unpublish.status).toBe(200)
      try {
        const sheet = await sheetOf(
          await app.request(`${RANKING}&format=xlsx`, { headers: { Cookie: editor } }),
        )
        expect(cellUnder(sheet, 'Tình trạng', 2).value).toBe('Dự thảo')
        expect(lastRowText(sheet)).toBe('Dự thảo — chưa công bố (số liệu năm 2023)')
        const en = await (
          await app.request(`${RANKING}&format=csv&lang=en`, { headers: { Cookie: editor } })
        ).text()
        expect(en.trimEnd().split('\r\n').at(-1)).toBe('Draft — not published (data for 2023)')
        // A comparison of the draft year is marked as one (its images draw the draft mark).
        const compared = await app.request('/api/compare?units=LA.THANH_HOA,LA.TAN_AN', {
          headers: { Cookie: editor },
        })
        const { source } = (await readJson(compared, ComparisonSchema)) as {
          source: { vi: string; draft: boolean }
        }
        expect(source).toMatchObject({
          vi: 'Dự thảo — chưa công bố (số liệu năm 2023)',
          draft: true,
        })
      } finally {
        await app.request('/api/publications', {
          method: 'POST',
          headers: { ...sameOrigin(editor), 'Content-Type': 'application/json' },
          body: JSON.stringify({
            parentCode: 'LA',
            kind: 'DISTRICT',
            year: 2023,
            decisionNo: '2729/QĐ-UBND',
            decisionDate: '2023-12-29',
          }),
        })
      }
    })

    it('every list endpoint downloads as XLSX with its source line', async () => {
      const cases: [string, string, RegExp][] = [
        [
          '/api/units?parent=LA&kind=DISTRICT&year=2023',
          'units-la-district-2023.xlsx',
          /^Nguồn: danh mục đơn vị/,
        ],
        [RANKING, 'rankings-la-district-2023.xlsx', /^Nguồn: Quyết định số 2729/],
        [
          '/api/rankings/history?parent=LA&kind=DISTRICT',
          'rank-history-la-district-2023.xlsx',
          /^Nguồn: Quyết định số 2729/,
        ],
        [
          '/api/tasks?parent=LA&kind=DISTRICT&year=2022',
          'tasks-la-district-2022.xlsx',
          /^Nguồn: báo cáo kết quả thực hiện kế hoạch CCHC/,
        ],
        [
          '/api/awards?parent=LA&kind=DISTRICT&year=2022',
          'awards-la-district-2022.xlsx',
          /^Nguồn: các quyết định khen thưởng số 534\/QĐ-UBND ngày 16\/01\/2023; số 99\/QĐ-UBND ngày 01\/02\/2023 \(số liệu năm 2022\)$/,
        ],
        [
          '/api/compare?units=LA.THANH_HOA,LA.TAN_AN',
          'compare-la-thanh-hoa-la-tan-an.xlsx',
          /^Nguồn: Quyết định số 2729/,
        ],
      ]
      for (const [path, file, source] of cases) {
        const res = await app.request(`${path}&format=xlsx`)
        expect(res.headers.get('content-disposition'), path).toBe(`attachment; filename="${file}"`)
        const sheet = await sheetOf(res)
        expect(sheet.rowCount, path).toBeGreaterThanOrEqual(4)
        expect(sheet.views[0], path).toMatchObject({ state: 'frozen', ySplit: 1 })
        expect(String(lastRowText(sheet)), path).toMatch(source)
      }
    })

    it('the editors’ lists download too: data quality and a page of the audit log', async () => {
      const quality = await sheetOf(
        await app.request('/api/data-quality?parent=LA&kind=DISTRICT&format=xlsx', {
          headers: { Cookie: editor },
        }),
      )
      expect(rowTexts(quality, 1)).toContain('Chỉ số công bố (%)')
      expect(String(lastRowText(quality))).toMatch(/^(Nguồn: Quyết định số 2729|Dự thảo)/)
      const admin = await signIn(app, t.db, 'ADMIN')
      const res = await app.request('/api/audit?format=csv&lang=en', { headers: { Cookie: admin } })
      expect(res.status).toBe(200)
      const lines = (await csvText(res)).split('\r\n')
      expect(lines[0]).toBe('\uFEFFAt (UTC),By,Action,Entity,Record,Import,Before,After')
      expect(lines.some((line) => line.includes(',PUBLISH,assessment,'))).toBe(true)
      // The line holds a comma, so it is quoted.
      expect(lines.at(-2)).toMatch(
        /^"Source: PAR Dashboard audit log \(every import, publication and edit; times in UTC\)"$/,
      )
    })

    it('task rates are percentage cells, counts whole numbers', async () => {
      const sheet = await sheetOf(
        await app.request('/api/tasks?parent=LA&kind=DISTRICT&year=2022&format=xlsx&lang=en'),
      )
      const rate = cellUnder(sheet, 'Completion rate of tasks due', 2)
      expect(rate.numFmt).toBe('0.00%')
      expect(typeof rate.value).toBe('number')
      expect(rate.value as number).toBeGreaterThan(0)
      expect(rate.value as number).toBeLessThanOrEqual(1)
      expect(cellUnder(sheet, 'Tasks planned', 2).numFmt).toBe('0')
      const csv = await (
        await app.request('/api/tasks?parent=LA&kind=DISTRICT&year=2022&format=csv&lang=vi')
      ).text()
      expect(csv.split('\r\n')[0]).toContain('Tỷ lệ hoàn thành trên số phải thực hiện (%)')
    })

    it('refuses an unknown format or language, naming it', async () => {
      const pdf = await app.request(`${RANKING}&format=pdf`)
      expect(pdf.status).toBe(400)
      expect(JSON.stringify(await readJson(pdf, ApiErrorBodySchema))).toContain('format')
      const fr = await app.request(`${RANKING}&format=csv&lang=fr`)
      expect(fr.status).toBe(400)
      expect(await readJson(fr, ApiErrorBodySchema)).toMatchObject({
        error: { code: 'VALIDATION_FAILED', message: 'Unknown lang "fr": use one of vi, en' },
      })
    })
  })
}
