// Turns DATABASE_URL into a connection target. Accepts postgres://, postgresql://, file:PATH,
// a plain file path, or ":memory:". Anything else is refused with a message that says why.
export type DatabaseTarget =
  { dialect: 'sqlite'; filename: string } | { dialect: 'postgres'; connectionString: string }

export const DEFAULT_SQLITE_FILE = 'data/par-dashboard.sqlite'

export function parseDatabaseUrl(value: string | undefined): DatabaseTarget {
  const url = value?.trim()
  if (!url) return { dialect: 'sqlite', filename: DEFAULT_SQLITE_FILE }
  if (/^postgres(ql)?:\/\//i.test(url)) {
    try {
      const parsed = new URL(url)
      if (!parsed.hostname && !parsed.searchParams.get('host')) throw new Error('no host')
    } catch {
      throw new Error(`DATABASE_URL is not a valid PostgreSQL URL: "${redact(url)}"`)
    }
    return { dialect: 'postgres', connectionString: url }
  }
  if (url === ':memory:') return { dialect: 'sqlite', filename: ':memory:' }
  if (/^file:/i.test(url)) {
    const filename = url.slice('file:'.length).replace(/^\/\/(?=\/)/, '')
    if (!filename) throw new Error('DATABASE_URL "file:" needs a path, e.g. file:data/par.sqlite')
    return { dialect: 'sqlite', filename }
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(url)) {
    throw new Error(
      `DATABASE_URL scheme not supported: "${redact(url)}" (use postgres://…, file:PATH or a file path)`,
    )
  }
  return { dialect: 'sqlite', filename: url }
}

/** Hides the password of a URL before it is printed. */
export function redact(url: string): string {
  return url.replace(/(\/\/[^:/@]+:)[^@]*@/, '$1***@')
}
