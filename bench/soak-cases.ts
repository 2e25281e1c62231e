// The malformed requests of the soak run: bad query parameters, bad JSON bodies, wrong methods,
// oversized headers and URLs, and bad files sent to /api/imports as an editor. Deterministic: the
// same list, in the same order, every run. None of them may get a 5xx or write a row.

export type MalformedCase = {
  group: 'params' | 'json' | 'methods' | 'headers' | 'imports'
  method: string
  path: string
  headers?: Record<string, string>
  body?: string | Uint8Array<ArrayBuffer>
  /** Send the editor's session cookie. */
  signedIn?: boolean
}

const YEAR = 2024

/** Read endpoints and the parameters each takes (valid values, one replaced per case). */
const READS: { path: string; params: Record<string, string> }[] = [
  {
    path: '/api/rankings',
    params: { parent: 'P01', kind: 'DISTRICT', year: `${YEAR}`, limit: '10', offset: '0' },
  },
  { path: '/api/rankings/history', params: { parent: 'P01', kind: 'DISTRICT' } },
  { path: '/api/units', params: { parent: 'P01', kind: 'DISTRICT' } },
  { path: '/api/compare', params: { units: 'P01.D01,P01.D02' } },
  { path: '/api/tasks', params: { parent: 'P01', kind: 'DISTRICT', year: `${YEAR}` } },
  { path: '/api/awards', params: { parent: 'P01', kind: 'DISTRICT', year: `${YEAR}` } },
  { path: '/api/cohorts', params: { parent: 'P01', kind: 'DISTRICT' } },
  { path: '/api/imports', params: { limit: '10' } },
  { path: '/api/audit', params: { limit: '10' } },
  { path: '/api/data-quality', params: { parent: 'P01', kind: 'DISTRICT', year: `${YEAR}` } },
]

/** Values no parameter accepts (already percent-encoded where they must be). */
const BAD_VALUES = [
  '',
  'x',
  '-1',
  '1e309',
  '99999999999999999999999',
  'NaN',
  '%00',
  'P01%00',
  '%',
  '%E0%A4%A',
  '%FF%FE',
  "'%20OR%201=1--",
  '%3Cscript%3Ealert(1)%3C/script%3E',
  'a'.repeat(4000),
  '..%2F..%2Fetc%2Fpasswd',
  'P01%0D%0AX-Injected:%201',
  '%F0%9F%92%A5',
  '[]',
  '%7B%7D',
  '=HYPERLINK(1)',
  '\t',
]

function paramCases(): MalformedCase[] {
  const cases: MalformedCase[] = []
  READS.forEach(({ path, params }, r) => {
    const names = Object.keys(params)
    BAD_VALUES.forEach((bad, v) => {
      const name = names[(r + v) % names.length] ?? 'x'
      const query = Object.entries({ ...params, [name]: bad })
        .map(([key, value]) => `${key}=${value}`)
        .join('&')
      cases.push({
        group: 'params',
        method: 'GET',
        path: `${path}?${query}`,
        signedIn: v % 2 === 0,
      })
    })
    // Repeated and unknown parameters, CSV of a bad query.
    cases.push({ group: 'params', method: 'GET', path: `${path}?${names[0]}=a&${names[0]}=b&zz=1` })
    cases.push({ group: 'params', method: 'GET', path: `${path}?format=xml` })
    cases.push({ group: 'params', method: 'GET', path: `${path}?format=csv&year=abc&parent=%00` })
  })
  for (const code of [
    '%00',
    '%',
    '..%2F..',
    'a'.repeat(3000),
    '%E0%A4%A',
    'P01.D01%0A',
    'P01/../P02',
  ]) {
    for (const tail of ['', '/profile', '/summary']) {
      cases.push({ group: 'params', method: 'GET', path: `/api/units/${code}${tail}` })
    }
  }
  for (const file of [
    '%',
    'units.exe',
    'units.csv%00.xlsx',
    '..%2Fpackage.json',
    'a'.repeat(2000),
  ]) {
    cases.push({ group: 'params', method: 'GET', path: `/api/imports/templates/${file}` })
  }
  return cases
}

/** State-changing endpoints that take JSON. */
const JSON_ROUTES: { method: string; path: string }[] = [
  { method: 'POST', path: '/api/auth/login' },
  { method: 'POST', path: '/api/users' },
  { method: 'PATCH', path: '/api/users/00000000-0000-0000-0000-000000000000' },
  { method: 'PUT', path: '/api/settings' },
  { method: 'POST', path: '/api/publications' },
  { method: 'PUT', path: '/api/schemes' },
  { method: 'POST', path: '/api/schemes' },
]

const deep = (n: number) => `${'['.repeat(n)}${']'.repeat(n)}`

const BAD_JSON: { body: string | Uint8Array<ArrayBuffer>; type?: string }[] = [
  { body: '' },
  { body: '{' },
  { body: 'null' },
  { body: '[]' },
  { body: '"x"' },
  { body: '1' },
  { body: '{"email":1,"password":[]}' },
  { body: '{"email":"a@b.vn","password":"x"' },
  { body: deep(5000) },
  { body: '{"__proto__":{"admin":true},"constructor":{"prototype":{"x":1}}}' },
  { body: JSON.stringify({ email: `${'a'.repeat(100_000)}@b.vn`, password: 'p' }) },
  { body: new Uint8Array([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x3a, 0x31, 0x7d]) },
  { body: '{"email":"a@b.vn"}', type: 'text/plain' },
  { body: '{"email":"a@b.vn"}', type: 'application/json; charset=utf-16' },
  { body: 'email=a&password=b', type: 'application/x-www-form-urlencoded' },
  { body: '--x\r\n\r\n', type: 'multipart/form-data' },
]

function jsonCases(): MalformedCase[] {
  const cases: MalformedCase[] = []
  for (const route of JSON_ROUTES) {
    BAD_JSON.forEach(({ body, type }, i) => {
      // Login is anonymous; the others are tried both anonymously and as the editor.
      for (const signedIn of route.path === '/api/auth/login' ? [false] : [false, true]) {
        if (!signedIn && i % 3 !== 0 && route.path !== '/api/auth/login') continue
        cases.push({
          group: 'json',
          method: route.method,
          path: route.path,
          headers: { 'Content-Type': type ?? 'application/json' },
          body,
          signedIn,
        })
      }
    })
  }
  // Without an Origin (cross-site forgery guard) and from a foreign one.
  for (const origin of [undefined, 'http://evil.example', 'null']) {
    cases.push({
      group: 'json',
      method: 'POST',
      path: '/api/auth/login',
      headers: {
        'Content-Type': 'application/json',
        ...(origin ? { Origin: origin } : { Origin: '' }),
      },
      body: '{"email":"a@b.vn","password":"0123456789"}',
    })
  }
  return cases
}

function methodCases(): MalformedCase[] {
  const paths = [
    '/api/units',
    '/api/rankings',
    '/api/rankings/history',
    '/api/health',
    '/api/compare',
    '/api/auth/login',
    '/api/imports',
    '/api/nope',
    '/api/units/P01',
    '/api/settings',
    '/api/openapi.json',
    '/api/users',
    '/api/audit',
    '/api/publications',
  ]
  const cases: MalformedCase[] = []
  paths.forEach((path, i) => {
    for (const method of ['PUT', 'PATCH', 'DELETE', 'POST', 'OPTIONS', 'GET']) {
      // GET on the write-only endpoints, writes on the read-only ones.
      if (method === 'GET' && !['/api/auth/login', '/api/nope'].includes(path)) continue
      cases.push({ group: 'methods', method, path, signedIn: i % 2 === 0 })
    }
  })
  for (const method of ['PROPFIND', 'MKCOL', 'LOCK']) {
    cases.push({ group: 'methods', method, path: '/api/units' })
  }
  return cases
}

function headerCases(): MalformedCase[] {
  const cases: MalformedCase[] = []
  for (const size of [4_000, 8_000, 15_000, 17_000, 32_000, 64_000]) {
    cases.push({
      group: 'headers',
      method: 'GET',
      path: '/api/units',
      headers: { 'X-Big': 'a'.repeat(size) },
    })
    cases.push({ group: 'headers', method: 'GET', path: `/api/units?parent=${'P'.repeat(size)}` })
  }
  const many: Record<string, string> = {}
  for (let i = 0; i < 300; i += 1) many[`x-h${i}`] = String(i)
  cases.push({ group: 'headers', method: 'GET', path: '/api/rankings', headers: many })
  for (const cookie of [
    `par_session=${'a'.repeat(6000)}`,
    'par_session=%00%ff',
    '__Host-par_session=../../x; par_session=1',
    '=; ;;; =x',
  ]) {
    cases.push({
      group: 'headers',
      method: 'GET',
      path: '/api/auth/me',
      headers: { Cookie: cookie },
    })
    cases.push({
      group: 'headers',
      method: 'GET',
      path: '/api/imports',
      headers: { Cookie: cookie },
    })
  }
  for (const [name, value] of [
    ['Accept', 'text/csv;q=abc, */*;q=-1'],
    ['Accept-Language', 'x'.repeat(3000)],
    ['Accept-Encoding', 'gzip;q=2, br;q=NaN, zstd'],
    ['X-Forwarded-For', 'not-an-ip, , 999.1.1.1'],
    ['If-None-Match', '"'.repeat(500)],
    ['If-Modified-Since', 'yesterday'],
    ['Range', 'bytes=99999999-1'],
    ['Content-Type', 'application/json'],
  ] as const) {
    cases.push({
      group: 'headers',
      method: 'GET',
      path: `/api/rankings?parent=P01&kind=DISTRICT&year=${YEAR}`,
      headers: { [name]: value },
    })
  }
  return cases
}

const encoder = new TextEncoder()

function pseudoRandomBytes(n: number, seed: number): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(n)
  let x = seed >>> 0 || 1
  for (let i = 0; i < n; i += 1) {
    x ^= x << 13
    x ^= x >>> 17
    x ^= x << 5
    out[i] = x & 0xff
  }
  return out
}

/** Files no import accepts (none is valid, so none may write a row). */
function badFiles(): { name: string; bytes: Uint8Array<ArrayBuffer> }[] {
  const csv = (text: string) => encoder.encode(text)
  const wide = Array.from({ length: 5000 }, (_, i) => `c${i}`).join(',')
  return [
    { name: 'empty.csv', bytes: new Uint8Array() },
    { name: 'bom.csv', bytes: csv('\uFEFF') },
    { name: 'random-1k.csv', bytes: pseudoRandomBytes(1024, 1) },
    { name: 'random-200k.bin', bytes: pseudoRandomBytes(200_000, 2) },
    {
      name: 'fake.xlsx',
      bytes: new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...pseudoRandomBytes(4000, 3)]),
    },
    { name: 'header-only.csv', bytes: csv('code,name,kind,parent_code\r\n') },
    { name: 'wrong-header.csv', bytes: csv('a,b,c\r\n1,2,3\r\n') },
    { name: 'nul.csv', bytes: csv('unit_code,year,points\r\nP01.D01\u0000,2024,5\r\n') },
    {
      name: 'bad-utf8.csv',
      bytes: new Uint8Array([...csv('code,name\r\n'), 0xc3, 0x28, 0xff, 0x0d, 0x0a]),
    },
    { name: 'wide.csv', bytes: csv(`${wide}\r\n${wide}\r\n`) },
    {
      name: 'long-cell.csv',
      bytes: csv(`unit_code,year,points\r\n${'x'.repeat(300_000)},2024,1\r\n`),
    },
    {
      name: 'unknown-units.csv',
      bytes: csv(
        'unit_code,year,max_points,points\r\nNOWHERE.X,2024,100,50\r\nP01.D01,abc,100,-5\r\n',
      ),
    },
    {
      name: 'formula.csv',
      bytes: csv('code,name,kind,parent_code\r\n=1+1,"=HYPERLINK(""x"")",DISTRICT,NOWHERE\r\n'),
    },
    { name: 'open-quote.csv', bytes: csv('code,name\r\n"P01,"never closed\r\n') },
    { name: 'html.csv', bytes: csv('<html><body><script>alert(1)</script></body></html>') },
    { name: 'semicolons.csv', bytes: csv(';;;;\r\n;;;;\r\n') },
    {
      name: 'zip-bomb-header.xlsx',
      bytes: new Uint8Array([0x50, 0x4b, 0x05, 0x06, ...new Uint8Array(18)]),
    },
  ]
}

function importCases(): MalformedCase[] {
  const cases: MalformedCase[] = []
  const kinds = ['units', 'schemes', 'assessments', 'tasks', 'awards', 'bogus', '']
  kinds.forEach((kind, k) => {
    badFiles().forEach((file, f) => {
      if ((k + f) % 2 === 1 && kind !== 'assessments') return
      const xlsx = file.name.endsWith('.xlsx')
      cases.push({
        group: 'imports',
        method: 'POST',
        path: `/api/imports?kind=${kind}`,
        headers: {
          'Content-Type': xlsx
            ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
            : 'text/csv',
          'X-File-Name': file.name,
        },
        body: file.bytes,
        signedIn: true,
      })
    })
  })
  const valid = encoder.encode('code,name,kind,parent_code\r\nP01.D99,Huyện Mới,DISTRICT,P01\r\n')
  const odd: [string, Record<string, string>, Uint8Array<ArrayBuffer> | string][] = [
    ['/api/imports?kind=units&dryRun=maybe', { 'Content-Type': 'text/csv' }, valid],
    ['/api/imports?kind=units&lang=xx', { 'Content-Type': 'text/csv' }, valid.slice(0, 20)],
    ['/api/imports?kind=units&parent=%00', { 'Content-Type': 'text/csv' }, valid.slice(0, 20)],
    ['/api/imports?kind=units', { 'Content-Type': 'image/png' }, valid],
    ['/api/imports?kind=units', { 'Content-Type': 'multipart/form-data' }, valid],
    ['/api/imports?kind=units', { 'Content-Type': 'multipart/form-data; boundary=x' }, valid],
    [
      '/api/imports?kind=units',
      { 'Content-Type': 'multipart/form-data; boundary=x' },
      '--x\r\nContent-Disposition: form-data; name="other"\r\n\r\nabc\r\n--x--\r\n',
    ],
    [
      '/api/imports?kind=units',
      { 'Content-Type': 'text/csv', 'X-File-Name': '%' },
      valid.slice(0, 10),
    ],
    [
      '/api/imports?kind=units',
      { 'Content-Type': 'text/csv', 'X-File-Name': '%E0%A4%A' },
      valid.slice(0, 10),
    ],
    [
      '/api/imports?kind=units',
      { 'Content-Type': 'text/csv', 'X-File-Name': 'a'.repeat(5000) },
      valid.slice(0, 10),
    ],
    ['/api/imports/not-a-batch/undo', { 'Content-Type': 'application/json' }, '{}'],
    ['/api/imports/00000000-0000-0000-0000-000000000000/undo', {}, ''],
    ['/api/imports/%00/undo', {}, ''],
  ]
  for (const [path, headers, body] of odd) {
    cases.push({ group: 'imports', method: 'POST', path, headers, body, signedIn: true })
  }
  // The same bad files anonymously: refused before they are read.
  for (const file of badFiles().slice(0, 6)) {
    cases.push({
      group: 'imports',
      method: 'POST',
      path: '/api/imports?kind=units',
      headers: { 'Content-Type': 'text/csv' },
      body: file.bytes,
    })
  }
  return cases
}

export function malformedCases(): MalformedCase[] {
  return [...paramCases(), ...jsonCases(), ...methodCases(), ...headerCases(), ...importCases()]
}
