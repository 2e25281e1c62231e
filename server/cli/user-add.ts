// npm run user:add -- --email a@b.vn --name "Nguyễn Văn A" --role EDITOR [--password …]
// The password comes from --password, else USER_PASSWORD, else a hidden prompt on a terminal.
import { parseArgs } from 'node:util'
import { createUserSchema } from '#shared/schemas/users.schema.ts'
import { openDatabase } from '../db/open-database.ts'
import { createUser } from '../features/users/users.service.ts'
import { AppError } from '../lib/errors.ts'
import { passwordWeakness } from '../lib/password.ts'
import { databaseTarget, describeTarget, runCli, UsageError } from './cli-support.ts'
import { promptHidden } from './prompt-password.ts'

const USAGE =
  'npm run user:add -- --email EMAIL --name NAME --role VIEWER|EDITOR|ADMIN [--password PASSWORD]\n' +
  '       (or USER_PASSWORD=… in the environment, or typed at the prompt)'

async function readPassword(given: string | undefined): Promise<string> {
  if (given !== undefined) return given
  if (process.env.USER_PASSWORD) return process.env.USER_PASSWORD
  if (!process.stdin.isTTY)
    throw new UsageError('no password: give --password, set USER_PASSWORD or run in a terminal')
  const first = await promptHidden('Password (at least 10 characters): ')
  const second = await promptHidden('Repeat the password: ')
  if (first !== second) throw new UsageError('the two passwords differ')
  return first
}

async function main(): Promise<void> {
  let values: { email?: string; name?: string; role?: string; password?: string }
  try {
    values = parseArgs({
      options: {
        email: { type: 'string' },
        name: { type: 'string' },
        role: { type: 'string' },
        password: { type: 'string' },
      },
      strict: true,
      allowPositionals: false,
    }).values
  } catch (error) {
    throw new UsageError((error as Error).message)
  }
  const missing = (['email', 'name', 'role'] as const).filter((key) => !values[key])
  if (missing.length) throw new UsageError(`missing ${missing.map((m) => `--${m}`).join(', ')}`)
  const parsed = createUserSchema.safeParse({
    email: values.email,
    name: values.name,
    role: values.role?.toUpperCase(),
    password: await readPassword(values.password),
  })
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw new UsageError(
      `invalid ${issue?.path.join('.') || 'input'}: ${issue?.message ?? 'invalid value'}`,
    )
  }
  const weakness = passwordWeakness(parsed.data.password, parsed.data.email)
  if (weakness) throw new UsageError(`invalid password: ${weakness}`)
  const target = databaseTarget()
  const db = await openDatabase(target)
  try {
    const user = await createUser(db, parsed.data, null)
    process.stdout.write(
      `Created ${user.role} ${user.email} (${user.name}) in ${describeTarget(target)}\n`,
    )
  } catch (error) {
    if (error instanceof AppError) throw new Error(error.message)
    throw error
  } finally {
    await db.destroy()
  }
}

runCli('user:add', USAGE, main)
