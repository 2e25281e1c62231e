import { z } from 'zod'

/**
 * The JSON body of a response, parsed with the route's response schema (ADR 027): a body that
 * drifts from the contract fails the test with zod's account of where, instead of passing as `any`.
 */
export async function readJson<S extends z.ZodType>(
  res: Response,
  schema: S,
): Promise<z.output<S>> {
  const text = await res.text()
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch {
    throw new Error(`Expected a JSON body (HTTP ${res.status}), got: ${text.slice(0, 200)}`)
  }
  const parsed = schema.safeParse(body)
  if (!parsed.success) {
    throw new Error(
      `HTTP ${res.status} body does not match its schema:\n${z.prettifyError(parsed.error)}`,
    )
  }
  return parsed.data
}
