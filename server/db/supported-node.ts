/** The oldest Node major the project runs on (package.json `engines`). */
export const NODE_FLOOR_MAJOR = 22

/**
 * better-sqlite3 13 loads on an older Node but crashes the process (a segmentation fault, no
 * message) when it opens a database: say what is wrong before that happens.
 */
export function assertSupportedNode(version: string = process.versions.node): void {
  const major = Number(version.split('.')[0])
  if (major >= NODE_FLOOR_MAJOR) return
  throw new Error(
    `Node ${version} is too old: PAR Dashboard needs Node ${NODE_FLOOR_MAJOR} or newer ` +
      `(run it through ./nodew, e.g. ./nodew npm start, which provides Node 24)`,
  )
}
