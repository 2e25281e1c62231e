// The phone floor's whole app (bench/phone-floor.ts): React's root and one element, nothing of
// the product. What a first visit costs the main thread here is what any page built on React
// pays before its own code runs.
import { flushSync } from 'react-dom'
import { createRoot } from 'react-dom/client'
import { FLOOR_MEASURE, FLOOR_START_MARK } from './phone-floor-marks.ts'

const root = document.getElementById('root')
if (!root) throw new Error('#root missing from the floor page')
const reactRoot = createRoot(root)
// Rendered at once, so the measure below ends with React's first commit.
flushSync(() => reactRoot.render(<p>Đã tải.</p>))
// From the mark bench/phone-floor.ts puts on the module's first line (Lighthouse lists the
// measure under user timings).
performance.measure(FLOOR_MEASURE, FLOOR_START_MARK)
