// What the build tells the server about each page's first needs (client/app/page-preloads.ts,
// vite.config.ts par-page-preloads; read by server/static-client.ts).

/** Per URL first segment ('' for the root): the page's chunks and its first API reads. */
export type BuiltPagePreloads = Record<string, { modules: string[]; fetches: string[] }>

/** Where the build writes BuiltPagePreloads, beside index.html. */
export const PAGE_PRELOADS_FILE = 'page-preloads.json'

/**
 * Opens the inert list of the app's modules in the built index.html, which a script copies into
 * the head after the first paint (vite.config.ts, par-scripts-after-paint); the server adds a
 * page's modules to it.
 */
export const APP_MODULES_TEMPLATE = '<template id="app-modules">'
