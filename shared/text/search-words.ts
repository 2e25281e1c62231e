import { foldLabel, foldUnitName } from './fold-unit-name.ts'

/**
 * The words of a unit-name search, each to begin a word of a name's folded key (foldLabel: accents
 * and case optional; unitNameMatches). Read as officials type names, with the import's rules
 * (foldUnitName): a leading "tp", "tx", "tt" or "h." is the level written out ("tp tan an" finds
 * "Thành phố Tân An"), a closing "tp" too, and a department's abbreviation its words ("so tnmt"
 * finds "Sở Tài nguyên và Môi trường").
 * @example searchWords('TP Tân An') // ['thanh', 'pho', 'tan', 'an']
 */
export function searchWords(query: string | undefined): string[] {
  return query ? foldLabel(foldUnitName(query)).split(' ').filter(Boolean) : []
}

/**
 * Whether every search word begins a word of a folded key (foldLabel: words split by single
 * spaces): "tan an" finds "Phường Tân An", not "Phường Tân Ninh", whose "an" is inside "Ninh".
 * The server's stored keys are matched alike (`' ' || search_key like '% word%'`).
 */
export function keyMatchesWords(key: string, words: readonly string[]): boolean {
  const spaced = ` ${key}`
  return words.every((word) => spaced.includes(` ${word}`))
}

/** Whether a unit name holds every search word at the start of one of its words. */
export function unitNameMatches(name: string, words: readonly string[]): boolean {
  return keyMatchesWords(foldLabel(name), words)
}
