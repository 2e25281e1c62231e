import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ARCHIVE_TABLES } from '#server/archive/archive-tables.ts'
import { readArchive } from '#server/archive/restore-archive.ts'
import { runScript } from './spawn-cli.ts'

describe('npm run db:export / db:restore (SQLite files)', () => {
  let dir: string
  let source: string
  let archive: string

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'par-archive-cli-'))
    source = join(dir, 'source.sqlite')
    archive = join(dir, 'out', 'backup.json.gz')
    const added = await runScript(
      'server/cli/user-add.ts',
      [
        '--email',
        'admin@par.vn',
        '--name',
        'Quản trị viên',
        '--role',
        'ADMIN',
        '--password',
        'a fine password',
      ],
      { DATABASE_URL: source },
    )
    expect(added.code).toBe(0)
  })
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('exports every table to --out and restores into an empty database with verification', async () => {
    const exported = await runScript('server/cli/db-export.ts', ['--out', archive], {
      DATABASE_URL: source,
    })
    expect(exported.stderr).toBe('')
    expect(exported.code).toBe(0)
    // Every table of the archive (the migration record among them).
    expect(exported.stdout).toMatch(
      new RegExp(
        `Exported ${ARCHIVE_TABLES.length} tables, \\d+ rows from SQLite .*source.sqlite to .*backup.json.gz`,
      ),
    )
    const content = readArchive(archive)
    expect(content.tables.find((t) => t.name === 'app_user')?.rowCount).toBe(1)

    const target = join(dir, 'target.sqlite')
    const restored = await runScript('server/cli/db-restore.ts', [archive], {
      DATABASE_URL: `file:${target}`,
    })
    expect(restored.stderr).toBe('')
    expect(restored.code).toBe(0)
    expect(restored.stdout).toMatch(
      new RegExp(
        `Restored ${ARCHIVE_TABLES.length} tables, \\d+ rows into SQLite .*target.sqlite; counts and checksums verified`,
      ),
    )

    const again = await runScript(
      'server/cli/db-export.ts',
      ['--out', join(dir, 'again.json.gz')],
      { DATABASE_URL: target },
    )
    expect(again.code).toBe(0)
    const twice = readArchive(join(dir, 'again.json.gz'))
    expect(twice.tables.map((t) => [t.name, t.rowCount, t.checksum])).toEqual(
      content.tables.map((t) => [t.name, t.rowCount, t.checksum]),
    )

    const refused = await runScript('server/cli/db-restore.ts', [archive], { DATABASE_URL: target })
    expect(refused.code).toBe(1)
    expect(refused.stderr).toMatch(
      /db:restore: The target database is not empty \(rows in .*app_user/,
    )
  })

  it('exits 2 on wrong usage and 1 on an unreadable archive', async () => {
    const env = { DATABASE_URL: join(dir, 'unused.sqlite') }
    expect((await runScript('server/cli/db-restore.ts', [], env)).code).toBe(2)
    const missing = await runScript('server/cli/db-restore.ts', [join(dir, 'nope.json.gz')], env)
    expect(missing.code).toBe(2)
    expect(missing.stderr).toMatch(/no such file/)
    expect((await runScript('server/cli/db-export.ts', ['--bogus'], env)).code).toBe(2)
    writeFileSync(join(dir, 'junk.json.gz'), 'junk')
    const junk = await runScript('server/cli/db-restore.ts', [join(dir, 'junk.json.gz')], env)
    expect(junk.code).toBe(1)
    expect(junk.stderr).toMatch(/Not a readable archive/)
  })
})
