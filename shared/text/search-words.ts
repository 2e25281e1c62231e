import { foldLabel, foldUnitName } from './fold-unit-name.ts'

/**
 * The words of a unit-name search, each to occur in a name's folded key (foldLabel: accents and
 * case optional). Read as officials type names, with the import's rules (foldUnitName): a
 * leading "tp", "tx", "tt" or "h." is the level written out ("tp tan an" finds "Thành phố Tân
 * An"), a closing "tp" too, and a department's abbreviation its words ("so tnmt" finds "Sở Tài
 * nguyên và Môi trường").
 * @example searchWords('TP Tân An') // ['thanh', 'pho', 'tan', 'an']
 */
export function searchWords(query: string | undefined): string[] {
  return query ? foldLabel(foldUnitName(query)).split(' ').filter(Boolean) : []
}
