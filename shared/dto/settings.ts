import { z } from 'zod'
import { READ_ACCESS_MODES } from '../schemas/settings.schema.ts'

export const SettingsSchema = z.object({ readAccess: z.enum(READ_ACCESS_MODES) })
export type Settings = z.infer<typeof SettingsSchema>
