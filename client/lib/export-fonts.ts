// Inter (latin + Vietnamese subsets) as base64 @font-face rules for exported SVGs: an SVG
// drawn as an image cannot fetch fonts, so without them Vietnamese text falls back or vanishes.
import latin400 from '@fontsource/inter/files/inter-latin-400-normal.woff2?url'
import latin700 from '@fontsource/inter/files/inter-latin-700-normal.woff2?url'
import viet400 from '@fontsource/inter/files/inter-vietnamese-400-normal.woff2?url'
import viet700 from '@fontsource/inter/files/inter-vietnamese-700-normal.woff2?url'

const LATIN_RANGE =
  'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD'
const VIET_RANGE =
  'U+0102-0103,U+0110-0111,U+0128-0129,U+0168-0169,U+01A0-01A1,U+01AF-01B0,U+0300-0301,U+0303-0304,U+0308-0309,U+0323,U+0329,U+1EA0-1EF9,U+20AB'

const FACES = [
  { url: latin400, weight: 400, range: LATIN_RANGE },
  { url: viet400, weight: 400, range: VIET_RANGE },
  { url: latin700, weight: 700, range: LATIN_RANGE },
  { url: viet700, weight: 700, range: VIET_RANGE },
]

function toBase64(buffer: ArrayBuffer): string {
  const bytes = new Uint8Array(buffer)
  let binary = ''
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  }
  return btoa(binary)
}

let cached: Promise<string> | undefined

/** The @font-face CSS, fetched once; each face is also loaded into document.fonts before use. */
export function exportFontCss(): Promise<string> {
  cached ??= Promise.all(
    FACES.map(async (face) => {
      const buffer = await (await fetch(face.url)).arrayBuffer()
      const dataUrl = `data:font/woff2;base64,${toBase64(buffer)}`
      const fontFace = new FontFace('Inter', buffer, {
        weight: String(face.weight),
        unicodeRange: face.range,
      })
      await fontFace.load()
      document.fonts.add(fontFace)
      return `@font-face{font-family:'Inter';font-style:normal;font-weight:${face.weight};src:url(${dataUrl}) format('woff2');unicode-range:${face.range};}`
    }),
  )
    .then((rules) => rules.join(''))
    .catch((error: unknown) => {
      cached = undefined
      throw error
    })
  return cached
}
