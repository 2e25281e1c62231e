// Years as a reader lists them: runs of consecutive years as spans ("2019–2021, 2023").

export function yearSpans(years: readonly number[]): string {
  const sorted = [...new Set(years)].sort((a, b) => a - b)
  const spans: string[] = []
  for (let i = 0; i < sorted.length; ) {
    let j = i
    while (j + 1 < sorted.length && sorted[j + 1] === (sorted[j] ?? 0) + 1) j++
    spans.push(j === i ? String(sorted[i]) : `${String(sorted[i])}–${String(sorted[j])}`)
    i = j + 1
  }
  return spans.join(', ')
}
