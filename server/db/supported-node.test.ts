import { describe, expect, it } from 'vitest'
import { assertSupportedNode } from './supported-node.ts'

describe('assertSupportedNode', () => {
  it('accepts the floor and newer majors', () => {
    for (const version of ['22.0.0', '22.22.2', '24.22.3', '26.1.0'])
      expect(() => assertSupportedNode(version)).not.toThrow()
  })

  it('refuses an older Node with a message naming the version and the way out', () => {
    expect(() => assertSupportedNode('20.20.2')).toThrow(
      /Node 20\.20\.2 is too old: PAR Dashboard needs Node 22 or newer \(run it through \.\/nodew/,
    )
  })
})
