import { Link } from 'react-router'
import { markFocus } from '#client/components/charts/focus-mark.tsx'

/** A unit's name in a chart's table, linking to its profile; the reader's unit marked ▶ in bold. */
export function UnitNameLink({
  to,
  name,
  focused,
}: {
  to: string
  name: string
  focused: boolean
}) {
  return (
    <Link to={to} className={focused ? 'focus-unit-name' : undefined}>
      {markFocus(name, focused)}
    </Link>
  )
}
