import { chromium } from '@playwright/test'
const [,, url, out, width = '1280', lang = 'vi'] = process.argv
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] })
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 } })
page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') console.log('console:', m.text().slice(0, 300)) })
page.on('pageerror', (e) => console.log('pageerror:', e.message))
await page.addInitScript((l) => localStorage.setItem('par.lang', l), lang)
await page.goto(url)
await page.waitForTimeout(4000)
await page.screenshot({ path: out, fullPage: true })
console.log('scroll', await page.evaluate(() => [document.scrollingElement.scrollWidth, document.scrollingElement.clientWidth]))
await browser.close()
