import { render } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { PATTERNS, TEXTURE_MARKS, type Texture } from '#client/lib/palette.ts'
import { patternMarkup } from '#client/lib/pattern-markup.ts'
import { textureInk } from '#client/lib/texture-ink.ts'
import { Legend, Swatch } from './legend.tsx'
import { PatternDef, fillOf } from './pattern-defs.tsx'

const TEXTURES = PATTERNS.filter((kind): kind is Texture => kind !== 'solid')

/** The `<pattern>` PatternDef draws for `kind`, inside an <svg> as a chart holds it. */
function drawn(kind: Texture, id = `p-${kind}`, color = '#3E4989') {
  const { container } = render(
    <svg>
      <defs>
        <PatternDef id={id} color={color} kind={kind} />
      </defs>
    </svg>,
  )
  return container.querySelector(`pattern#${id}`)
}

/** The colour a pattern's mark is painted in: lines are stroked, shapes filled. */
const paintOf = (mark: Element | undefined) =>
  mark?.getAttribute('fill') === 'none' ? mark.getAttribute('stroke') : mark?.getAttribute('fill')

/** An element's tag and attributes, children included, for comparing two drawings. */
function shape(element: Element): unknown {
  return {
    tag: element.tagName.toLowerCase(),
    attributes: Object.fromEntries([...element.attributes].map((a) => [a.name, a.value])),
    children: [...element.children].map(shape),
  }
}

describe('pattern defs', () => {
  it('has six patterns: solid and five textures', () => {
    expect(PATTERNS).toEqual(['solid', 'hatch', 'dots', 'cross', 'lines', 'checker'])
    expect(Object.keys(TEXTURE_MARKS).sort()).toEqual([...TEXTURES].sort())
  })

  it.each(TEXTURES)(
    'draws %s on a dark colour as a tile of it with a white mark over it',
    (kind) => {
      const pattern = drawn(kind)
      expect(pattern).not.toBeNull()
      expect(pattern?.getAttribute('patternUnits')).toBe('userSpaceOnUse')
      const [tile, mark] = [...(pattern?.children ?? [])]
      expect(tile?.tagName).toBe('rect')
      expect(tile?.getAttribute('fill')).toBe('#3E4989')
      expect(mark?.tagName).toBe('path')
      expect(mark?.getAttribute('d')).toBe(TEXTURE_MARKS[kind].d)
      expect(paintOf(mark)).toBe('#FFFFFF')
    },
  )

  it.each(TEXTURES)('draws %s on a light colour in a darker shade of it, not white', (kind) => {
    const [, mark] = [...(drawn(kind, `light-${kind}`, '#B5DE2B')?.children ?? [])]
    expect(paintOf(mark)).toBe(textureInk('#B5DE2B'))
    expect(paintOf(mark)).not.toBe('#FFFFFF')
  })

  it('draws every texture differently from every other', () => {
    const marks = TEXTURES.map((kind) => drawn(kind)?.innerHTML ?? '')
    expect(marks.every((m) => m.includes('<path'))).toBe(true)
    expect(new Set(marks).size).toBe(TEXTURES.length)
  })

  it('draws nothing for solid, which fills with the colour itself', () => {
    const { container } = render(
      <svg>
        <PatternDef id="p-solid" color="#440154" kind="solid" />
      </svg>,
    )
    expect(container.querySelector('pattern')).toBeNull()
    expect(fillOf('p-solid', '#440154', 'solid')).toBe('#440154')
    expect(fillOf('p-lines', '#6ECE58', 'lines')).toBe('url(#p-lines)')
    expect(patternMarkup('p-solid', '#440154', 'solid')).toBe('')
  })

  it.each(TEXTURES)('draws %s in an exported image as on screen', (kind) => {
    const exported = new DOMParser().parseFromString(
      `<svg xmlns="http://www.w3.org/2000/svg"><defs>${patternMarkup('x', '#3E4989', kind)}</defs></svg>`,
      'image/svg+xml',
    )
    const pattern = exported.querySelector('pattern#x')
    expect(pattern).not.toBeNull()
    expect(shape(pattern!)).toEqual(shape(drawn(kind, 'x')!))
  })

  it.each(TEXTURES)('fills a legend swatch with %s from a pattern of its own', (kind) => {
    const { container } = render(<Swatch color="#6ECE58" pattern={kind} size={10} />)
    const fill = container.querySelector('svg > rect')?.getAttribute('fill') ?? ''
    expect(fill).toMatch(/^url\(#.+\)$/)
    const pattern = container.querySelector(`pattern[id="${fill.slice(5, -1)}"]`)
    expect(pattern?.querySelector('path')?.getAttribute('d')).toBe(TEXTURE_MARKS[kind].d)
  })

  it('gives each item of a six-grade legend its own texture', () => {
    const items = PATTERNS.map((pattern, i) => ({ label: `Grade ${i}`, color: '#287C8E', pattern }))
    const { container } = render(<Legend items={items} />)
    const swatches = [...container.querySelectorAll('li > svg')]
    expect(swatches).toHaveLength(6)
    const looks = swatches.map((svg) => svg.querySelector('pattern path')?.getAttribute('d') ?? '')
    // The first is solid (no pattern); the other five all differ.
    expect(looks[0]).toBe('')
    expect(new Set(looks.slice(1)).size).toBe(5)
    expect(looks.slice(1).every(Boolean)).toBe(true)
  })
})
