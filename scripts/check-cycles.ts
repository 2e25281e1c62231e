// npm run check:cycles: fails when folders import each other in a circle. A folder is a feature
// (server/features/X, client/features/X) or any other folder just below a top-level one
// (server/db, server/lib, shared/dto, client/components…); the files right in a top-level folder
// form one more (server/app.ts, server/index.ts…). Imports are resolved as TypeScript resolves
// them (tsconfig.json, package.json "imports"), `import type` included: a type-only import is
// still a dependency of the folder's design. Test files and the fixtures only tests load
// (*.fixture.ts, __fixtures__/) are left out: they sit at the edge.
import { readFileSync } from 'node:fs'
import { dirname, relative, resolve } from 'node:path'
import ts from 'typescript'

const ROOT = resolve(dirname(new URL(import.meta.url).pathname), '..')
const TEST_FILE = /\.(test|fixture)\.tsx?$|\/__fixtures__\//

/** The folder a project file belongs to, e.g. server/features/imports or shared/dto. */
export function folderOf(file: string): string {
  const parts = file.split('/')
  if (parts.length <= 2) return parts[0] ?? file
  if (parts[1] === 'features' && parts.length > 3) return parts.slice(0, 3).join('/')
  return parts.slice(0, 2).join('/')
}

function projectFiles(): { files: string[]; options: ts.CompilerOptions } {
  const configPath = resolve(ROOT, 'tsconfig.json')
  const config = ts.readConfigFile(configPath, ts.sys.readFile)
  if (config.error) throw new Error(ts.flattenDiagnosticMessageText(config.error.messageText, '\n'))
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, ROOT)
  return { files: parsed.fileNames.filter((f) => !TEST_FILE.test(f)), options: parsed.options }
}

function folderEdges(): Map<string, Map<string, string>> {
  const { files, options } = projectFiles()
  const edges = new Map<string, Map<string, string>>()
  for (const file of files) {
    const from = relative(ROOT, file)
    const imports = ts.preProcessFile(readFileSync(file, 'utf8'), true, true).importedFiles
    for (const { fileName: specifier } of imports) {
      const resolved = ts.resolveModuleName(specifier, file, options, ts.sys).resolvedModule
      if (!resolved || resolved.isExternalLibraryImport) continue
      const to = relative(ROOT, resolved.resolvedFileName)
      if (to.startsWith('..') || to.includes('node_modules')) continue
      const [a, b] = [folderOf(from), folderOf(to)]
      if (a === b) continue
      const targets = edges.get(a) ?? new Map<string, string>()
      if (!targets.has(b)) targets.set(b, `${from} → ${to}`)
      edges.set(a, targets)
    }
  }
  return edges
}

/** Tarjan's strongly connected components: every component of two or more folders is a cycle. */
function cycles(edges: Map<string, Map<string, string>>): string[][] {
  const index = new Map<string, number>()
  const low = new Map<string, number>()
  const stack: string[] = []
  const onStack = new Set<string>()
  const found: string[][] = []
  const visit = (node: string) => {
    index.set(node, index.size)
    low.set(node, index.get(node)!)
    stack.push(node)
    onStack.add(node)
    for (const next of edges.get(node)?.keys() ?? []) {
      if (!index.has(next)) {
        visit(next)
        low.set(node, Math.min(low.get(node)!, low.get(next)!))
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node)!, index.get(next)!))
    }
    if (low.get(node) !== index.get(node)) return
    const component: string[] = []
    let member: string | undefined
    do {
      member = stack.pop()!
      onStack.delete(member)
      component.push(member)
    } while (member !== node)
    if (component.length > 1) found.push(component.sort())
  }
  for (const node of [...edges.keys()].sort()) if (!index.has(node)) visit(node)
  return found
}

/** The shortest path from `start` to `goal` using only edges between `members`, ends included. */
function shortestPath(
  edges: Map<string, Map<string, string>>,
  members: Set<string>,
  start: string,
  goal: string,
): string[] {
  const previous = new Map<string, string>([[start, start]])
  const queue = [start]
  while (queue.length > 0) {
    const node = queue.shift()!
    if (node === goal) break
    for (const next of edges.get(node)?.keys() ?? [])
      if (members.has(next) && !previous.has(next)) {
        previous.set(next, node)
        queue.push(next)
      }
  }
  const path = [goal]
  while (path[0] !== start) path.unshift(previous.get(path[0]!)!)
  return path
}

/** One shortest cycle through every edge of a component, each written once (smallest first). */
function elementaryCycles(
  edges: Map<string, Map<string, string>>,
  component: string[],
): string[][] {
  const members = new Set(component)
  const seen = new Map<string, string[]>()
  for (const from of component)
    for (const to of edges.get(from)?.keys() ?? []) {
      if (!members.has(to)) continue
      const cycle = [from, ...shortestPath(edges, members, to, from).slice(0, -1)]
      const first = cycle.indexOf([...cycle].sort()[0]!)
      const rotated = [...cycle.slice(first), ...cycle.slice(0, first)]
      seen.set(rotated.join(' → '), rotated)
    }
  return [...seen.values()].sort((a, b) => a.length - b.length || a.join().localeCompare(b.join()))
}

function main(): void {
  const edges = folderEdges()
  const components = cycles(edges)
  if (components.length === 0) {
    process.stdout.write('check:cycles: no import cycle between folders\n')
    return
  }
  let count = 0
  for (const component of components)
    for (const cycle of elementaryCycles(edges, component)) {
      count++
      process.stdout.write(`${[...cycle, cycle[0]].join(' → ')}\n`)
      cycle.forEach((from, i) => {
        const to = cycle[(i + 1) % cycle.length]!
        process.stdout.write(`    ${edges.get(from)!.get(to)}\n`)
      })
    }
  process.stdout.write(`check:cycles: ${count} import cycle(s) between folders\n`)
  process.exitCode = 1
}

main()
