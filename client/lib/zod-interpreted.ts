// zod compiles a parser for each object schema the first time it parses with it (`new Function`):
// worth it on a server that parses the same shapes all day, not in a page that parses its URL and
// a few error bodies once each. On a phone that compile was part of the start-up task, which the
// router's first loader runs in. zod reads its settings from this global object when it loads,
// and decides for each schema as it builds it, so this runs before any of the app's modules
// (main.tsx imports it first; the app is imported after it).
// zod-interpreted.test.ts checks that zod keeps its settings in this object.

/** The global object zod keeps its settings in (shared by every copy of zod in the page). */
export const ZOD_SETTINGS_GLOBAL = '__zod_globalConfig'

const settings = globalThis as unknown as Record<string, { jitless?: boolean } | undefined>
// The object itself, not a copy: a zod already loaded (a test) keeps the one it found.
;(settings[ZOD_SETTINGS_GLOBAL] ??= {}).jitless = true
