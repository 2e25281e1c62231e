// Tinos read from the package for the writers' tests (the browser fetches the same files).
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { ReportFonts } from '../writers/pdf-writer.ts'

const require = createRequire(import.meta.url)
const read = (face: string) =>
  new Uint8Array(
    readFileSync(require.resolve(`@expo-google-fonts/tinos/${face}/Tinos_${face}.ttf`)),
  )

export function tinosFromDisk(): ReportFonts {
  return {
    regular: read('400Regular'),
    bold: read('700Bold'),
    italic: read('400Regular_Italic'),
    boldItalic: read('700Bold_Italic'),
  }
}
