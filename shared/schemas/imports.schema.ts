import { z } from 'zod'
import { IMPORT_FILE_KINDS } from '../import/import-columns.ts'
import { lineText, TEXT_MAX } from './text.schema.ts'
import { optionalParam, yearSchema } from './units.schema.ts'

export const LANGS = ['vi', 'en'] as const
export type Lang = (typeof LANGS)[number]

/** Query of POST /api/imports. */
export const importQuerySchema = z.object({
  kind: z.enum(IMPORT_FILE_KINDS),
  dryRun: z
    .enum(['true', 'false', '1', '0'])
    .optional()
    .transform((v) => v === 'true' || v === '1'),
  parent: lineText(TEXT_MAX.code).min(1).optional(),
  /** The table's year, for a file without a year column (an official table names it in its title). */
  year: optionalParam(yearSchema),
  lang: z.enum(LANGS).optional(),
})
export type ImportQuery = z.infer<typeof importQuerySchema>

/** Query of POST /api/imports/:id/undo: the language of a refusal (else Accept-Language). */
export const undoQuerySchema = z.object({ lang: z.enum(LANGS).optional() })

export const importHistoryQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(50),
})

export const templateParamSchema = z.object({
  file: z.string().regex(/^[a-z]+\.(csv|xlsx)$/),
})
