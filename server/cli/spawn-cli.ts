// Test support: runs a CLI script the way `npm run` does (tsx), with only the given environment.
import { execFile } from 'node:child_process'

export type CliResult = { code: number; stdout: string; stderr: string }

export function runScript(
  script: string,
  args: string[],
  env: Record<string, string>,
): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile(
      'node_modules/.bin/tsx',
      [script, ...args],
      { env: { PATH: process.env.PATH ?? '', ...env }, timeout: 60_000 },
      (error, stdout, stderr) => {
        resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr })
      },
    )
  })
}
