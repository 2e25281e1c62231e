import { DetailedError, hc, parseResponse, type ClientResponse } from 'hono/client'
import type { AppType } from '#server/app.ts'
import { ApiError, apiErrorFromBody } from './api-error.ts'

/** The typed client of the API (routes are under /api). Response types come from the server. */
export const api = hc<AppType>(typeof window === 'undefined' ? 'http://localhost/' : '/').api

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the ClientResponse constraint of parseResponse itself
type JsonBody<T extends ClientResponse<any>> = Exclude<
  Awaited<ReturnType<typeof parseResponse<T>>>,
  string
>

/**
 * The one way to call the API: parses the body and turns every failure (error envelope,
 * network error) into an ApiError, so components only ever read `error.code`.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the ClientResponse constraint of parseResponse itself
export async function request<T extends ClientResponse<any>>(
  response: Promise<T>,
): Promise<JsonBody<T>> {
  try {
    // List routes also answer CSV (a string); request() never asks for it, so the JSON branch is it.
    return (await parseResponse(response)) as JsonBody<T>
  } catch (error) {
    if (error instanceof DetailedError) {
      const detail = error.detail as { data?: unknown } | undefined
      throw apiErrorFromBody(Number(error.statusCode ?? 500), detail?.data)
    }
    if (error instanceof ApiError) throw error
    throw new ApiError(0, 'NETWORK', error instanceof Error ? error.message : String(error))
  }
}
