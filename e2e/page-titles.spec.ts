import { expect, test } from './fixtures.ts'
import { openLoaded } from './fixtures/open-loaded.ts'

// The browser tab says what the page shows, in the reader's language, and follows the language
// switch and the page's selection (issue 16, point 7).

test.describe.configure({ timeout: 120_000 })
// A title follows the data the page loads: allow a loaded machine the time a page takes.
const TITLE = { timeout: 30_000 }

test('a cohort page is titled with its page, cohort and year, and follows the year and language', async ({
  page,
}) => {
  await openLoaded(page, '/rankings?parent=LONG_AN&kind=DISTRICT&year=2023')
  await expect(page).toHaveTitle(
    'Xếp hạng Chỉ số CCHC — Tỉnh Long An (cấp huyện), 2023 · PAR Dashboard',
  )

  await page.getByRole('combobox', { name: /^Năm/ }).selectOption('2022')
  await expect(page).toHaveTitle(
    'Xếp hạng Chỉ số CCHC — Tỉnh Long An (cấp huyện), 2022 · PAR Dashboard',
  )

  await page.getByRole('button', { name: 'Switch to English' }).click()
  await expect(page).toHaveTitle(
    'PAR Index rankings — Tỉnh Long An (districts), 2022 · PAR Dashboard',
  )

  await page.getByRole('link', { name: 'Overview' }).click()
  await expect(page).toHaveTitle(
    'PAR Index overview — Tỉnh Long An (districts), 2022 · PAR Dashboard',
  )
})

test('the landing page names the cohort and year it chose', async ({ page }) => {
  await openLoaded(page, '/overview')
  // The URL names no cohort: the title still says which one is shown, and its latest year.
  await expect(page).toHaveTitle(
    /^Tổng quan Chỉ số CCHC — .+ \(.+\), \d{4} · PAR Dashboard$/,
    TITLE,
  )
  const title = await page.title()
  const year = await page.getByRole('combobox', { name: /^Năm/ }).inputValue()
  expect(title).toContain(`, ${year} ·`)
})

test('tasks and awards pages are titled with what they show', async ({ page }) => {
  await openLoaded(page, '/tasks?parent=AN_GIANG&kind=DISTRICT&year=2022')
  await expect(page).toHaveTitle(
    'Nhiệm vụ cải cách hành chính — Tỉnh An Giang (cấp huyện), 2022 · PAR Dashboard',
  )
  await openLoaded(page, '/awards?parent=AN_GIANG&kind=DISTRICT&year=2022')
  await expect(page).toHaveTitle(
    'Thi đua, khen thưởng — Tỉnh An Giang (cấp huyện), 2022 · PAR Dashboard',
  )
})

test('a profile is titled with the unit and year; compare with the units', async ({ page }) => {
  await openLoaded(page, '/units/LONG_AN.THANH_HOA?year=2023')
  await expect(page).toHaveTitle('Hồ sơ Chỉ số CCHC — Huyện Thạnh Hóa, 2023 · PAR Dashboard', TITLE)
  await openLoaded(page, '/units/LONG_AN.THANH_HOA')
  // No year asked: the latest year with results, as the page shows.
  await expect(page).toHaveTitle(
    /^Hồ sơ Chỉ số CCHC — Huyện Thạnh Hóa, 20\d\d · PAR Dashboard$/,
    TITLE,
  )
  // A year the unit has no result for: the page says so, and the title names no year.
  await openLoaded(page, '/units/LONG_AN.THANH_HOA?year=2010')
  await expect(page).toHaveTitle('Hồ sơ Chỉ số CCHC — Huyện Thạnh Hóa · PAR Dashboard', TITLE)
  await openLoaded(page, '/compare?units=LONG_AN.THANH_HOA,LONG_AN.BEN_LUC')
  await expect(page).toHaveTitle(
    'So sánh Chỉ số CCHC — Huyện Thạnh Hóa, Huyện Bến Lức · PAR Dashboard',
  )
  await openLoaded(
    page,
    '/compare?units=LONG_AN.THANH_HOA,LONG_AN.BEN_LUC,LONG_AN.DUC_HOA,LONG_AN.CAN_GIUOC',
  )
  await expect(page).toHaveTitle(
    'So sánh Chỉ số CCHC — Huyện Thạnh Hóa và 3 đơn vị khác · PAR Dashboard',
  )
  // A unit named twice in other letter cases is compared once, in the title as on the page.
  await openLoaded(page, '/compare?units=LONG_AN.THANH_HOA,long_an.thanh_hoa,LONG_AN.BEN_LUC')
  await expect(page).toHaveTitle(
    'So sánh Chỉ số CCHC — Huyện Thạnh Hóa, Huyện Bến Lức · PAR Dashboard',
  )
})

test('pages without a selection are titled with their name', async ({ page }) => {
  await page.goto('/login')
  await expect(page).toHaveTitle('Đăng nhập · PAR Dashboard', TITLE)
  await page.goto('/no-such-page')
  await expect(page).toHaveTitle('Không tìm thấy trang · PAR Dashboard', TITLE)
})

test.describe('in English', () => {
  test.use({ lang: 'en' })
  test('titles are in English from the first load', async ({ page }) => {
    await openLoaded(page, '/units/LONG_AN.THANH_HOA?year=2023')
    await expect(page).toHaveTitle(
      'PAR Index profile — Huyện Thạnh Hóa, 2023 · PAR Dashboard',
      TITLE,
    )
    await openLoaded(
      page,
      '/compare?units=LONG_AN.THANH_HOA,LONG_AN.BEN_LUC,LONG_AN.DUC_HOA,LONG_AN.CAN_GIUOC',
    )
    await expect(page).toHaveTitle(
      'PAR Index comparison — Huyện Thạnh Hóa and 3 other units · PAR Dashboard',
    )
    await openLoaded(page, '/tasks?parent=AN_GIANG&kind=DISTRICT&year=2022')
    await expect(page).toHaveTitle(
      'Administrative reform tasks — Tỉnh An Giang (districts), 2022 · PAR Dashboard',
    )
  })
})
