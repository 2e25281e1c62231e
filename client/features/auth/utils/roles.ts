import { ROLES, type Role } from '#shared/domain/roles.ts'

/** True when `role` is at least `needed` (VIEWER < EDITOR < ADMIN). */
export function hasRole(role: Role | null | undefined, needed: Role): boolean {
  if (!role) return false
  return ROLES.indexOf(role) >= ROLES.indexOf(needed)
}

/** Only same-site paths may follow a login: `?next=https://evil.example` falls back to `/`. */
export function safeNext(next: string | null | undefined): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/'
  return next
}

/** Minutes to wait, rounded up (at least 1) from a Retry-After in seconds. */
export function waitMinutes(seconds: number | null | undefined): number {
  return Math.max(1, Math.ceil((seconds ?? 60) / 60))
}
