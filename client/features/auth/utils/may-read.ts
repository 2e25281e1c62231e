/**
 * Whether the visitor may read the dashboard's data: anyone while read access is public (or not
 * yet known), signed-in users only while it is 'login'.
 */
export function mayRead(readAccess: string | undefined, user: unknown): boolean {
  return readAccess !== 'login' || Boolean(user)
}
