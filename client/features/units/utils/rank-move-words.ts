/** i18next's t, as this helper uses it. */
type Translate = (key: string, options?: Record<string, unknown>) => string

/**
 * A rank move in words: 7 → "tăng 7 hạng", -1 → "giảm 1 hạng", 0 → "giữ nguyên hạng". Said beside
 * its mark ("↓1"), which read beside "+0,81" as a contradiction.
 */
export function rankMoveWords(change: number, t: Translate): string {
  if (change === 0) return t('myUnit.rankSame')
  return t(change > 0 ? 'myUnit.rankUp' : 'myUnit.rankDown', { count: Math.abs(change) })
}
