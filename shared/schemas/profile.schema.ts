import { unitParamSchema } from './units.schema.ts'

/** GET /api/units/:code/profile */
export const profileParamSchema = unitParamSchema
