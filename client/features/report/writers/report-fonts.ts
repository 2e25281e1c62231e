// Tinos (Times New Roman metrics, full Vietnamese), fetched from the build's assets on the first
// PDF: the files are referenced by URL, so they are never part of a script chunk.
import bold from '@expo-google-fonts/tinos/700Bold/Tinos_700Bold.ttf?url'
import boldItalic from '@expo-google-fonts/tinos/700Bold_Italic/Tinos_700Bold_Italic.ttf?url'
import regular from '@expo-google-fonts/tinos/400Regular/Tinos_400Regular.ttf?url'
import italic from '@expo-google-fonts/tinos/400Regular_Italic/Tinos_400Regular_Italic.ttf?url'
import type { ReportFonts } from './pdf-writer.ts'

async function fetchFont(url: string): Promise<Uint8Array> {
  const response = await fetch(url)
  if (!response.ok) throw new Error(`The report font ${url} did not load (HTTP ${response.status})`)
  return new Uint8Array(await response.arrayBuffer())
}

let cached: Promise<ReportFonts> | undefined

export function loadReportFonts(): Promise<ReportFonts> {
  cached ??= Promise.all([regular, bold, italic, boldItalic].map(fetchFont))
    .then(([r, b, i, bi]) => ({ regular: r!, bold: b!, italic: i!, boldItalic: bi! }))
    .catch((error: unknown) => {
      cached = undefined
      throw error
    })
  return cached
}
