// A unit's name on a chart's category axis as a link to its profile, on screen only: an export
// draws the same chart at a fixed size and never passes links (BarFrame drops them there). The
// router's Link works inside an <svg> (React creates the <a> in the SVG namespace): a plain click
// navigates in the page, a click with ctrl, cmd or shift is the browser's (a new tab or window).
import { Link } from 'react-router'
import { chartTextWidth } from '../category-axis.ts'
import { CategoryTickText } from '../focus-mark.tsx'
import { useRovingLinks } from './use-roving-links.ts'
import './category-link.css'

/** Where a unit's name leads, and what a screen reader calls the link ("3. Huyện Bến Lức"). */
export type UnitLink = { href: string; name: string }

/**
 * The links a chart draws: none in an export (a fixed `size`), which is an image for a report
 * and has no page to lead to, nor a focus ring to show.
 */
export function liveLinks<L>(size: unknown, links: L | undefined): L | undefined {
  return size ? undefined : links
}

/** WCAG 2.2's least target (2.5.8): a name is at least this tall to tap, where its band allows. */
const TARGET = 24
/** Room round the name inside its ring. */
const PAD_X = 4
/** The focus ring's width (category-link.css). */
const RING = 3

type Props = {
  labels: readonly string[]
  keys: readonly string[]
  links: readonly (UnitLink | undefined)[]
  isFocus: (index: number) => boolean
  /** Where each name ends (right-aligned to the axis), and its line's centre. */
  x: number
  y: (index: number) => number
  /** The band's height each name sits in: its ring and tap target stay inside it. */
  bandSize: number
  fontSize: number
}

/**
 * The names of a category axis, each with a link: a stop for Tab in the rows' order (one stop
 * in all above MAX_TAB_STOPS: use-roving-links.ts), its box the tap target and its focus ring.
 */
export function CategoryLinks(props: Props) {
  const { labels, keys, links, isFocus, x, y, bandSize, fontSize } = props
  const roving = useRovingLinks(labels.length)
  // The ring is drawn on the box's edge, half of it outside: it stays inside the name's band.
  const height = Math.max(0, Math.min(bandSize - RING, Math.max(TARGET, fontSize + 12)))
  return (
    <g className="chart-unit-links" onKeyDown={roving.onKeyDown}>
      {labels.map((label, i) => {
        const focused = isFocus(i)
        const text = (
          <CategoryTickText key={keys[i] ?? i} x={x} y={y(i)} fontSize={fontSize} focused={focused}>
            {label}
          </CategoryTickText>
        )
        const link = links[i]
        if (!link) return text
        const width = chartTextWidth(label, fontSize, { image: false, bold: focused }) + 2 * PAD_X
        // The name ends at x (text-anchor end); its box is kept inside the chart's left edge.
        const box = {
          x: Math.max(RING / 2, x - width + PAD_X),
          y: y(i) - height / 2,
          width,
          height,
        }
        return (
          <Link
            key={keys[i] ?? i}
            to={link.href}
            aria-label={link.name}
            className="chart-unit-link"
            tabIndex={roving.tabIndexOf(i)}
            ref={roving.refOf(i)}
            onFocus={roving.onFocusOf(i)}
          >
            <rect className="chart-unit-link-box" rx={3} {...box} />
            {text}
          </Link>
        )
      })}
    </g>
  )
}
