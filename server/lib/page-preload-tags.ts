// A deep link's index.html names what its page needs first (client/app/page-preloads.ts): the
// page's chunks as module preloads and its first API reads as fetch preloads, so a phone asks for
// them with the app's own code instead of one and two round trips after it.
import { APP_MODULES_TEMPLATE, type BuiltPagePreloads } from '#shared/dto/page-preloads.ts'
import { UNIT_CODE_PATTERN } from '#shared/domain/units.ts'

/** Asset names the build wrote: nothing that needs escaping in an attribute, checked anyway. */
const SAFE_PATH = /^\/[A-Za-z0-9_./-]+$/

export type PagePreloadTags = { modules: string; fetches: string }

const NONE: PagePreloadTags = { modules: '', fetches: '' }

/** The `<link>` tags for `pathname`'s page; none for a path no page claims. */
export function pagePreloadTags(preloads: BuiltPagePreloads, pathname: string): PagePreloadTags {
  const segments = pathname.split('/')
  const [, segment = '', code = ''] = segments
  const page = Object.hasOwn(preloads, segment) ? preloads[segment] : undefined
  if (!page) return NONE
  const fetches = page.fetches.flatMap((template) => {
    if (!template.includes(':code')) return [template]
    // Only a well-formed unit code: anything else gets the page's own "not found", no request.
    return UNIT_CODE_PATTERN.test(code) && segments.length === 3
      ? [template.replace(':code', code)]
      : []
  })
  return {
    modules: page.modules
      .filter((href) => SAFE_PATH.test(href))
      .map((href) => `<link rel="modulepreload" crossorigin href="${href}">`)
      .join(''),
    fetches: fetches
      .filter((href) => SAFE_PATH.test(href))
      .map((href) => `<link rel="preload" href="${href}" as="fetch" crossorigin>`)
      .join(''),
  }
}

/**
 * `html` with the page's reads at the end of its <head>, where they start with the page, and its
 * modules in the app's module list, which starts after the first paint (or in the head of an
 * index.html without that list).
 */
export function withPagePreloads(html: string, tags: PagePreloadTags): string {
  let out = html
  let headTags = tags.fetches
  const list = out.indexOf(APP_MODULES_TEMPLATE)
  if (list >= 0) {
    const at = list + APP_MODULES_TEMPLATE.length
    out = out.slice(0, at) + tags.modules + out.slice(at)
  } else headTags = tags.modules + headTags
  const end = out.indexOf('</head>')
  return end < 0 || !headTags ? out : out.slice(0, end) + headTags + out.slice(end)
}
