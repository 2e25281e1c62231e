import { useTranslation } from 'react-i18next'
import type { ApiError } from '#client/lib/api-error.ts'

const KNOWN = [
  'NETWORK',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'VALIDATION_FAILED',
  'PAYLOAD_TOO_LARGE',
  'UNSUPPORTED_MEDIA_TYPE',
] as const

/**
 * A failed change, announced; `conflict` overrides the generic 409 text. `explained`: the
 * server's 409 message is in the reader's language and says what happened, so it stands alone.
 */
export function MutationError({
  error,
  conflict,
  explained = false,
}: {
  error: ApiError | null
  conflict?: string
  explained?: boolean
}) {
  const { t } = useTranslation()
  if (!error) return null
  if (explained && error.code === 'CONFLICT')
    return (
      <div className="form-error" role="alert">
        <p>{error.message}</p>
      </div>
    )
  const known = (KNOWN as readonly string[]).includes(error.code)
  const text =
    error.code === 'CONFLICT' && conflict
      ? conflict
      : t(`data.errors.${known ? error.code : 'OTHER'}`)
  return (
    <div className="form-error" role="alert">
      <p>{text}</p>
      {error.code !== 'NETWORK' && <p className="error-detail">{error.message}</p>}
    </div>
  )
}
