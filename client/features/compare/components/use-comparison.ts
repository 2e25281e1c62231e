import { useSuspenseQuery } from '@tanstack/react-query'
import { knownFieldName } from '#shared/domain/kpi-fields.ts'
import { categoricalColor } from '#client/lib/palette.ts'
import { useLang } from '#client/lib/use-lang.ts'
import { compareQueries } from '../api/compare.queries.ts'

const DASHES = [undefined, '8 4', '2 3', '10 3 2 3', undefined, '8 4'] as const

/** The comparison the panels draw, each unit a series with its colour and dash. */
export function useComparison(units: string[]) {
  const lang = useLang()
  const { data } = useSuspenseQuery(compareQueries.detail(units))
  const series = data.items.map((item, i) => ({
    key: item.unit.code,
    label: item.unit.name,
    color: categoricalColor(i),
    dash: DASHES[i],
  }))
  const fieldName = (code: string) => knownFieldName(code, lang) ?? code
  return { data, series, fieldName, lang }
}
