import type { ReadAccess } from '../schemas/settings.schema.ts'

export type Settings = { readAccess: ReadAccess }
