// A small structured logger: one JSON line per event on stderr, filtered by LOG_LEVEL.
const LEVELS = ['debug', 'info', 'warn', 'error', 'silent'] as const
export type LogLevel = (typeof LEVELS)[number]

let threshold: number = LEVELS.indexOf('info')

export function setLogLevel(level: LogLevel): void {
  threshold = LEVELS.indexOf(level)
}

function serialise(value: unknown): unknown {
  if (value instanceof Error)
    return { name: value.name, message: value.message, stack: value.stack }
  return value
}

function write(level: LogLevel, message: string, fields?: Record<string, unknown>): void {
  if (LEVELS.indexOf(level) < threshold) return
  const entry: Record<string, unknown> = { level, time: new Date().toISOString(), message }
  for (const [key, value] of Object.entries(fields ?? {})) entry[key] = serialise(value)
  process.stderr.write(`${JSON.stringify(entry)}\n`)
}

export const logger = {
  debug: (message: string, fields?: Record<string, unknown>) => write('debug', message, fields),
  info: (message: string, fields?: Record<string, unknown>) => write('info', message, fields),
  warn: (message: string, fields?: Record<string, unknown>) => write('warn', message, fields),
  error: (message: string, fields?: Record<string, unknown>) => write('error', message, fields),
}
