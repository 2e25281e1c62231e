import { z } from 'zod'

/** GET /api/health: alive, with a database round trip (503 DATABASE_UNAVAILABLE otherwise). */
export const HealthSchema = z.object({
  status: z.literal('ok'),
  database: z.enum(['sqlite', 'postgres']),
})
export type Health = z.infer<typeof HealthSchema>
