import type { APIRequestContext, Page } from '@playwright/test'
import { ADMIN_EMAIL, ADMIN_PASSWORD, expect, test } from './fixtures.ts'
import { readPdf, type PdfPage } from './fixtures/pdf-text.ts'
import { openLoaded as openPage, waitForLoaded } from './fixtures/open-loaded.ts'
import { signIn, uniqueProvince } from './fixtures/upload.ts'

// Every page printed to PDF as Chromium prints it (A4, the page's own @page sizes), read back
// and checked as the person who signs the report would: the pages it takes, no control left
// on paper, the running header (page, cohort, year, publication) and "Trang 1/3" on every page,
// and every column of the rankings table printed.

// Printing lays every page out again and writes a PDF: slower than a page load, more so on a
// loaded machine.
test.describe.configure({ timeout: 120_000 })

type Printed = {
  name: string
  path: string
  /** Inclusive bounds on the printed page count. */
  pages: [number, number]
  /** Text the running header repeats on every page, per language. */
  header: { vi: string; en: string }
  /** The publication status in the header, for a cohort page. */
  status?: { vi: string; en: string }
  /** What the footer's source line says on every page (the publishing decisions). */
  source?: { vi: string; en: string }
}

/** Long An's decisions, named in the footer of a page that spans several years. */
const LONG_AN_DECISIONS = {
  vi: 'Nguồn: Quyết định của UBND tỉnh Long An',
  en: "Source: Decisions by the People's Committee of Long An Province",
}

const LONG_AN_2023 = 'parent=LONG_AN&kind=DISTRICT&year=2023'
const AN_GIANG_2022 = 'parent=AN_GIANG&kind=DISTRICT&year=2022'
const LONG_AN_STATUS = {
  vi: 'Đã công bố — QĐ 228/QĐ-UBND ngày 14/03/2024',
  en: 'Published — Decision 228/QĐ-UBND of 14 March 2024',
}
const AN_GIANG_STATUS = {
  vi: 'Đã công bố — QĐ 321/QĐ-UBND ngày 13/03/2023',
  en: 'Published — Decision 321/QĐ-UBND of 13 March 2023',
}

const PRINTED: Printed[] = [
  {
    name: 'overview',
    path: `/overview?${LONG_AN_2023}`,
    pages: [2, 3],
    header: {
      vi: 'Tổng quan Chỉ số CCHC — Tỉnh Long An (cấp huyện), 2023',
      en: 'PAR Index overview — Tỉnh Long An (districts), 2023',
    },
    status: LONG_AN_STATUS,
  },
  {
    name: 'rankings',
    path: `/rankings?${LONG_AN_2023}`,
    pages: [2, 3],
    header: {
      vi: 'Xếp hạng Chỉ số CCHC — Tỉnh Long An (cấp huyện), 2023',
      en: 'PAR Index rankings — Tỉnh Long An (districts), 2023',
    },
    status: LONG_AN_STATUS,
  },
  {
    name: 'tasks',
    path: `/tasks?${AN_GIANG_2022}`,
    pages: [1, 4],
    header: {
      vi: 'Nhiệm vụ cải cách hành chính — Tỉnh An Giang (cấp huyện), 2022',
      en: 'Administrative reform tasks — Tỉnh An Giang (districts), 2022',
    },
    status: AN_GIANG_STATUS,
  },
  {
    name: 'awards',
    path: `/awards?${AN_GIANG_2022}`,
    pages: [1, 4],
    header: {
      vi: 'Thi đua, khen thưởng — Tỉnh An Giang (cấp huyện), 2022',
      en: 'Emulation and commendation — Tỉnh An Giang (districts), 2022',
    },
    status: AN_GIANG_STATUS,
  },
  {
    name: 'scorecard',
    path: `/scorecard?${LONG_AN_2023}`,
    pages: [1, 3],
    header: {
      vi: 'Bảng điểm lĩnh vực — Tỉnh Long An (cấp huyện), 2023',
      en: 'Field scorecard — Tỉnh Long An (districts), 2023',
    },
    status: LONG_AN_STATUS,
  },
  {
    name: 'profile',
    path: '/units/LONG_AN.THANH_HOA?year=2023',
    pages: [2, 4],
    header: {
      vi: 'Hồ sơ Chỉ số CCHC — Huyện Thạnh Hóa, 2023',
      en: 'PAR Index profile — Huyện Thạnh Hóa, 2023',
    },
    source: LONG_AN_DECISIONS,
  },
  {
    name: 'compare',
    path: '/compare?units=LONG_AN.THANH_HOA,LONG_AN.BEN_LUC,LONG_AN.DUC_HOA',
    pages: [1, 3],
    header: {
      vi: 'So sánh Chỉ số CCHC — Huyện Thạnh Hóa, Huyện Bến Lức, Huyện Đức Hòa',
      en: 'PAR Index comparison — Huyện Thạnh Hóa, Huyện Bến Lức, Huyện Đức Hòa',
    },
    source: LONG_AN_DECISIONS,
  },
]

/** Texts that only controls say: tab pairs, export buttons, the language switch. */
const CONTROL_TEXT = {
  vi: [/Biểu đồ\s*Bảng/, /PNG\s*SVG\s*CSV/, /\bEnglish\b/, /Tải (PNG|SVG|CSV)/],
  en: [/Chart\s*Table/, /PNG\s*SVG\s*CSV/, /Tiếng Việt/, /Download (PNG|SVG|CSV)/],
}

/** Options not chosen in the page's selects (with words in them): printed, they would mislead. */
async function unchosenOptions(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('select option')]
      .filter((el) => !(el as HTMLOptionElement).selected && /\p{L}{3}/u.test(el.textContent ?? ''))
      .map((el) => (el.textContent ?? '').trim().normalize('NFC')),
  )
}

/** Controls still shown once the page is laid out for print (none may be). */
async function visibleControls(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    // A sortable column's header is a button: it prints as the header's text.
    [
      ...document.querySelectorAll(
        'button:not(.sort-button), select, input, [role="tab"], nav, .export-buttons',
      ),
    ]
      .filter((el) => (el as HTMLElement).offsetParent !== null || el.getClientRects().length > 0)
      .map((el) => `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 40)}"`),
  )
}

async function printToPdf(page: Page): Promise<PdfPage[]> {
  await page.emulateMedia({ media: 'print' })
  // Charts re-measure to the print width (their frame is 160 mm) before the PDF is laid out. (A
  // drawing at its natural size, the scorecard's heat map, is scaled by its viewBox instead.)
  await page.waitForFunction(() =>
    [...document.querySelectorAll('.chart-frame')].every((frame) => {
      const svg = frame.querySelector('.recharts-wrapper svg.recharts-surface')
      const drawn = Number(svg?.getAttribute('width') ?? 0)
      return !svg || Math.abs(drawn - frame.clientWidth) <= 4
    }),
  )
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true })
  if (process.env.PRINT_PDF_DIR) {
    const { writeFile } = await import('node:fs/promises')
    await writeFile(
      `${process.env.PRINT_PDF_DIR}/${test.info().titlePath.slice(1).join(' ').replace(/\W+/g, '-')}.pdf`,
      pdf,
    )
  }
  return readPdf(pdf)
}

function expectRunningHeader(
  pages: PdfPage[],
  header: string,
  status: string | undefined,
  lang: 'vi' | 'en',
) {
  pages.forEach((p, i) => {
    expect(p.text, `page ${i + 1}: running header`).toContain(header)
    if (status) expect(p.text, `page ${i + 1}: publication status`).toContain(status)
    const number =
      lang === 'vi' ? `Trang ${i + 1}/${pages.length}` : `Page ${i + 1} of ${pages.length}`
    expect(p.text.replace(/\s*\/\s*/g, '/'), `page ${i + 1}: page number`).toContain(number)
  })
}

for (const lang of ['vi', 'en'] as const) {
  test.describe(`printing (${lang})`, () => {
    test.use({ lang })
    for (const printed of PRINTED) {
      test(`${printed.name} prints on A4 with its running header and no controls`, async ({
        page,
      }) => {
        await openPage(page, printed.path)
        // The source line comes with the decisions' own read, after the panels: printed before
        // it, the footer would still name the app.
        const source = printed.source?.[lang]
        if (source)
          await expect
            .poll(() => page.locator('style[data-running-header]').textContent())
            .toContain(source)
        const options = await unchosenOptions(page)
        const pages = await printToPdf(page)
        expect(await visibleControls(page), 'controls laid out for print').toEqual([])

        const [min, max] = printed.pages
        expect(pages.length, 'printed pages').toBeGreaterThanOrEqual(min)
        expect(pages.length, 'printed pages').toBeLessThanOrEqual(max)
        for (const p of pages) {
          // A4 in points, either way round (a wide table's pages turn).
          expect([
            Math.round(Math.min(p.width, p.height)),
            Math.round(Math.max(p.width, p.height)),
          ]).toEqual([595, 842])
          for (const control of CONTROL_TEXT[lang])
            expect(p.text, `control ${control} printed`).not.toMatch(control)
          for (const option of options)
            expect(p.text, `option "${option}" printed`).not.toContain(option)
        }
        expectRunningHeader(pages, printed.header[lang], printed.status?.[lang], lang)
        if (printed.source)
          pages.forEach((p, i) => {
            const text = p.text.replace(/\s+/g, ' ')
            expect(text, `page ${i + 1}: source line`).toContain(printed.source![lang])
            expect(text, `page ${i + 1}: the 2023 decision`).toContain('228/QĐ-UBND')
          })
        expect(pages[0]?.text).toContain('PAR Dashboard')
      })
    }
  })
}

test('the rankings table prints whole, on landscape pages: every column, nothing past the edge', async ({
  page,
}) => {
  await openPage(page, `/rankings?${LONG_AN_2023}`)
  const table = page.getByTestId('rankings-table')
  const headers = (await table.locator('thead th').allTextContents()).map((h) =>
    h
      .replace(/[^\p{L}\p{N}\s()%/.,-]/gu, '')
      .trim()
      .normalize('NFC'),
  )
  expect(headers.length).toBeGreaterThanOrEqual(8)
  const pages = await printToPdf(page)
  const withTable = pages.filter((p) => p.text.includes(headers[1] ?? '—'))
  expect(withTable.length, 'pages holding the table').toBeGreaterThan(0)
  for (const p of withTable) {
    expect(p.width, 'the table page is landscape').toBeGreaterThan(p.height)
    for (const header of headers) expect(p.text, `column "${header}"`).toContain(header)
  }
  // Laid out at the landscape page's text width (297 − 2 × 20 mm at 96 px per inch), the table
  // ends inside it: no column cut at the right.
  const textWidth = Math.floor(((297 - 40) / 25.4) * 96)
  await page.setViewportSize({ width: textWidth, height: 900 })
  const box = await table.boundingBox()
  expect(box).not.toBeNull()
  expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(textWidth + 1)
  const overflow = await table.evaluate((el) => el.scrollWidth - el.clientWidth)
  expect(overflow).toBeLessThanOrEqual(1)
})

test.describe('charts print whole', () => {
  // The suite asks for reduced motion in every test; a reader's browser does not.
  test.use({ reducedMotion: 'no-preference' })
  test('charts are drawn in their final state from their first frame (no entry animation)', async ({
    page,
  }) => {
    await page.goto('/units/LONG_AN.THANH_HOA?year=2023', { waitUntil: 'commit' })
    const { first, later } = await page.evaluate(async () => {
      // Each chart's bars (a page's charts draw one after another, draw-after-paint.tsx).
      const geometry = (charts: Element[]) =>
        charts.map((chart) =>
          [...chart.querySelectorAll('.recharts-bar-rectangle > *')].map((el) => {
            const box = (el as SVGGraphicsElement).getBBox()
            return `${Math.round(box.y)}:${Math.round(box.height)}`
          }),
        )
      const drawn = () =>
        [...document.querySelectorAll('figure[data-chart]')].filter(
          (chart) => chart.querySelector('.recharts-bar-rectangle > *') !== null,
        )
      const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()))
      const started = performance.now()
      while (drawn().length === 0 && performance.now() - started < 60_000) await frame()
      // The first frame with bars is what a print started now would lay out.
      const charts = drawn()
      const first = geometry(charts)
      await new Promise((resolve) => setTimeout(resolve, 2500))
      return { first, later: geometry(charts) }
    })
    expect(first.length).toBeGreaterThan(0)
    expect(first, 'bars moved after they first appeared').toEqual(later)
  })
})

test('the data page prints its section without the tabs or the upload controls', async ({
  page,
}) => {
  await signIn(page, ADMIN_EMAIL, ADMIN_PASSWORD, '/data?tab=publish')
  await waitForLoaded(page)
  const pages = await printToPdf(page)
  expect(pages.length).toBeGreaterThanOrEqual(1)
  expect(pages.length).toBeLessThanOrEqual(6)
  const text = pages.map((p) => p.text).join(' ')
  expect(text).toContain('Quản lý dữ liệu')
  expect(text).toContain(`Trang 1/${pages.length}`)
  expect(await visibleControls(page), 'controls laid out for print').toEqual([])
  for (const p of pages) expect(p.text).not.toContain('Nhập dữ liệu')
})

test.describe('a cohort larger than a table page (120 communes)', () => {
  // Imported and published through the API for this run, in 2023 (before the demo's latest year,
  // so no other spec lands on it).
  const UNITS = 120
  const province = uniqueProvince()
  const codeOf = (i: number) => `${province}.P${String(i).padStart(3, '0')}`
  /** Unit i's name; all distinct, and none the start of another ("Xã Mẫu In 7" vs "… 70"). */
  const nameOf = (i: number) => `Xã Mẫu In ${String(i).padStart(3, '0')}`
  const path = `/rankings?parent=${province}&kind=COMMUNE&year=2023`

  async function post(
    request: APIRequestContext,
    url: string,
    init: { json?: unknown; csv?: string },
  ) {
    const headers = {
      origin: new URL(test.info().project.use.baseURL ?? 'http://127.0.0.1').origin,
    }
    const response = init.csv
      ? await request.post(url, {
          headers,
          multipart: {
            file: { name: 'rows.csv', mimeType: 'text/csv', buffer: Buffer.from(init.csv, 'utf8') },
          },
        })
      : await request.post(url, { headers, data: init.json })
    expect(response.status(), `${url}: ${await response.text()}`).toBeLessThan(300)
  }

  test.beforeAll(async ({ playwright }, info) => {
    info.setTimeout(120_000)
    const request = await playwright.request.newContext({ baseURL: info.project.use.baseURL })
    await post(request, '/api/auth/login', {
      json: { email: ADMIN_EMAIL, password: ADMIN_PASSWORD },
    })
    const units = [
      'code,name,kind,parent_code,valid_from,valid_to',
      `${province},Tỉnh Mẫu In,PROVINCE,VN,2023,`,
      ...Array.from(
        { length: UNITS },
        (_, i) => `${codeOf(i + 1)},${nameOf(i + 1)},COMMUNE,${province},2023,`,
      ),
    ].join('\n')
    await post(request, '/api/imports?kind=units', { csv: units })
    // Unit i scores 95 − 0.25 i: ranks follow the numbers (unit 1 first, unit 120 last).
    const assessments = [
      'Mã đơn vị;Năm;Điểm tối đa;Điểm đạt được',
      ...Array.from(
        { length: UNITS },
        (_, i) => `${codeOf(i + 1)};2023;100;${(95 - 0.25 * (i + 1)).toFixed(2).replace('.', ',')}`,
      ),
    ].join('\n')
    await post(request, '/api/imports?kind=assessments', { csv: assessments })
    await post(request, '/api/publications', {
      json: {
        parentCode: province,
        kind: 'COMMUNE',
        cohort: '',
        year: 2023,
        decisionNo: '77/QĐ-IN',
        decisionDate: '2024-02-01',
      },
    })
    await request.dispose()
  })

  /** The units named on the printed pages, in the order printed. */
  function printedUnits(pages: PdfPage[]): string[] {
    return pages.flatMap((p) => [...p.text.matchAll(/Xã Mẫu In (\d{3})/g)].map((m) => m[1] ?? ''))
  }

  test('printing the page alone says which rows it holds', async ({ page }) => {
    await openPage(page, path)
    const pages = await printToPdf(page)
    const text = pages.map((p) => p.text).join(' ')
    expect(text).toContain('Hàng 1–50 của 120')
    expect(text).toContain('In toàn bảng')
    // The table's page first (the ranking chart after it draws the ends, 1–10 and 111–120).
    const printed = printedUnits(pages)
    expect(printed.slice(0, 50)).toEqual(
      Array.from({ length: 50 }, (_, i) => String(i + 1).padStart(3, '0')),
    )
    expect(printed).not.toContain('051')
    expect(printed).not.toContain('110')
  })

  test('"In toàn bảng" reads the whole cohort in pages of 500 and prints all 120 rows', async ({
    page,
  }) => {
    // The print dialog stands in for a call the test counts; the PDF is the page as then laid out.
    await page.addInitScript(() => {
      const w = window as unknown as { printCalls: number; print: () => void }
      w.printCalls = 0
      w.print = () => {
        w.printCalls += 1
      }
    })
    const reads: string[] = []
    page.on('request', (r) => {
      const url = new URL(r.url())
      if (url.pathname === '/api/rankings') reads.push(url.search)
    })
    await openPage(page, path)
    reads.length = 0
    await page.getByTestId('rankings-print-whole-action').click()
    await page.waitForFunction(() => (window as unknown as { printCalls: number }).printCalls === 1)
    expect(reads).toHaveLength(1)
    expect(reads[0]).toContain('limit=500')

    const pages = await printToPdf(page)
    const text = pages.map((p) => p.text).join(' ')
    expect(text).toContain('Toàn bảng: 120 hàng, theo thứ tự của bảng trên màn hình.')
    expect(text).not.toContain('Hàng 1–50 của 120')
    // Every unit once, in rank order, on landscape A4 pages with the running header.
    expect(printedUnits(pages).slice(0, UNITS)).toEqual(
      Array.from({ length: UNITS }, (_, i) => String(i + 1).padStart(3, '0')),
    )
    for (const p of pages) expect(p.width).toBeGreaterThan(p.height)
    expectRunningHeader(pages, 'Xếp hạng Chỉ số CCHC — Tỉnh Mẫu In (cấp xã), 2023', undefined, 'vi')
    expect(text).toContain('94,75')
    expect(text).toContain('65,00')
  })
})
