// How the rank history's lines step back so that one can be read: quietly beside the reader's
// unit, and faded while another line is picked (a click) or under the pointer.
import { INK } from '#client/lib/palette.ts'

/** How much of a line is left while another line is picked out. */
const FADED_OPACITY = 0.18
/**
 * How much of the other lines is left beside the reader's unit: enough to read the field it
 * moved through, little enough that its own line is the story (in the page and the image).
 */
export const QUIET_OPACITY = 0.5

/**
 * The fading of every line but one, as style rules: while line `index` is picked (a click) or
 * under the pointer. Left to CSS rather than to React state, so hovering redraws nothing
 * (a redraw between press and release would swallow the click).
 */
export function fadeRules(scope: string, count: number, picked: number): string {
  const rules: string[] = []
  for (let i = 0; i < count; i += 1) {
    const others = (when: string) =>
      `${when} .bump-line:not(.bump-line-${i}), ${when} .bump-label:not(.bump-label-${i})`
    // The line itself at full strength, though it was drawn quietly beside the reader's unit.
    const itself = (when: string) =>
      `${when} .bump-line-${i} path, ${when} .bump-line-${i} circle, ${when} line.bump-label-${i}`
    const hover = `.${scope}:has(.bump-line-${i}:hover, .bump-label-${i}:hover)`
    rules.push(`${others(hover)} { opacity: ${FADED_OPACITY}; }`)
    rules.push(`${itself(hover)} { stroke-opacity: 1; fill-opacity: 1; }`)
    rules.push(`${hover} text.bump-label-${i} { fill: ${INK}; }`)
    if (i === picked) rules.push(`${others(`.${scope}`)} { opacity: ${FADED_OPACITY}; }`)
  }
  return rules.join('\n')
}
