// Builders that state, the same way on every operation, who may call it and what a
// state-changing request must carry (ADR 005: the Origin check; require-role.ts: the roles).
import type { Role } from '#shared/domain/roles.ts'
import { errors } from './openapi.responses.ts'
import type { OpenApiOperation, OpenApiParameter } from './openapi.types.ts'

export const ORIGIN_HEADER: OpenApiParameter = {
  name: 'Origin',
  in: 'header',
  required: true,
  description: 'This site’s own origin, or one listed in TRUSTED_ORIGINS',
  schema: { type: 'string', format: 'uri' },
}

const ORIGIN_NOTE =
  'State-changing: the `Origin` header must be this site’s own origin (or one listed in ' +
  'TRUSTED_ORIGINS); a missing or foreign Origin is refused with 403 FORBIDDEN.'

type Spec = Omit<OpenApiOperation, 'operationId' | 'tags' | 'summary' | 'x-required-role'> & {
  /** The least role needed; omitted for operations open to anyone read access allows. */
  role?: Role
}

function build(
  operationId: string,
  tag: string,
  summary: string,
  { role, description, ...spec }: Spec,
  writes: boolean,
): OpenApiOperation {
  const notes = [
    description,
    role &&
      `Needs a session with the ${role} role or higher: 401 without a session, 403 below ${role}.`,
    writes && ORIGIN_NOTE,
  ].filter((n): n is string => typeof n === 'string' && n !== '')
  const parameters = [...(spec.parameters ?? []), ...(writes ? [ORIGIN_HEADER] : [])]
  return {
    operationId,
    summary,
    tags: [tag],
    ...(notes.length > 0 ? { description: notes.join(' ') } : {}),
    ...spec,
    ...(parameters.length > 0 ? { parameters } : {}),
    responses: {
      ...spec.responses,
      ...(role ? errors(401, 403) : {}),
      ...(writes ? errors(403) : {}),
    },
    ...(role ? { security: [{ session: [] }], 'x-required-role': role } : {}),
  }
}

/** A GET operation. */
export const read = (operationId: string, tag: string, summary: string, spec: Spec) =>
  build(operationId, tag, summary, spec, false)

/** A POST, PUT, PATCH or DELETE operation: the Origin check applies. */
export const write = (operationId: string, tag: string, summary: string, spec: Spec) =>
  build(operationId, tag, summary, spec, true)
