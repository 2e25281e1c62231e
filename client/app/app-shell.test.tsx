// index.html draws the header before any script runs (the app shell); React then replaces it
// with Layout's. The two must say and link the same, in both languages, or the header would
// change under the reader's eyes (and shift the page) when the app starts.
import { readFileSync } from 'node:fs'
import { screen } from '@testing-library/react'
import i18next from 'i18next'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { startTestApi, type TestApi } from '#client/testing/test-api.ts'
import { renderRoute } from '#client/testing/render-with-providers.tsx'

// Tests run from the repository root (vite.config.ts, test.root).
const INDEX_HTML = readFileSync('client/index.html', 'utf8')

type Part = { tag: string; className: string; text: string; href: string | null; label: string }

/** What a header shows and links to; the address's query (the carried view) left aside. */
function partsOf(header: Element, attr: (el: Element, name: string) => string | null): Part[] {
  return [...header.querySelectorAll('a, button, nav, .brand-name, .brand-tagline')].map((el) => ({
    tag: el.tagName.toLowerCase(),
    className: (el.getAttribute('class') ?? '').replace(/\bactive\b/, '').trim(),
    // A container's words are its parts' (compared one by one).
    text: el.children.length > 0 ? '' : (attr(el, 'text') ?? el.textContent ?? '').trim(),
    href: el.getAttribute('href')?.split('?')[0] ?? null,
    label: attr(el, 'aria-label') ?? el.getAttribute('aria-label') ?? '',
  }))
}

/** The shell's header as index.html's inline script leaves it in `lang`. */
function shellHeader(lang: 'vi' | 'en'): Part[] {
  const doc = new DOMParser().parseFromString(INDEX_HTML, 'text/html')
  const header = doc.querySelector('#root header.app-header')
  if (!header) throw new Error('index.html has no header in #root')
  return partsOf(header, (el, name) => {
    if (lang === 'vi') return null
    if (name === 'text') return el.getAttribute('data-en')
    return el.getAttribute('data-en-label')
  })
}

let api: TestApi

beforeAll(async () => {
  api = await startTestApi()
}, 60_000)
afterAll(() => api.destroy())
afterEach(async () => {
  await i18next.changeLanguage('vi')
})

describe('the app shell in index.html', () => {
  it.each(['vi', 'en'] as const)('is the header an anonymous visitor sees, in %s', async (lang) => {
    await i18next.changeLanguage(lang)
    renderRoute('/overview')
    // Signed out: the header ends with the sign-in link.
    await screen.findByRole('link', { name: i18next.t('auth.signIn') }, { timeout: 10_000 })
    const header = document.querySelector('header.app-header')
    if (!header) throw new Error('Layout rendered no header')
    expect(shellHeader(lang)).toEqual(partsOf(header, () => null))
  })
})
