import { z } from 'zod'

/** public: anyone may read published results; login: every read needs a session. */
export const READ_ACCESS_MODES = ['public', 'login'] as const
export type ReadAccess = (typeof READ_ACCESS_MODES)[number]

/** PUT /api/settings */
export const updateSettingsSchema = z.object({ readAccess: z.enum(READ_ACCESS_MODES) }).strict()
export type UpdateSettingsInput = z.infer<typeof updateSettingsSchema>
