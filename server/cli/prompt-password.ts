/** Reads a line from a terminal without echoing it. */
export function promptHidden(question: string): Promise<string> {
  const stdin = process.stdin
  return new Promise((resolve, reject) => {
    let value = ''
    const cleanup = () => {
      stdin.off('data', onData)
      stdin.setRawMode(false)
      stdin.pause()
    }
    const onData = (chunk: string) => {
      for (const ch of chunk) {
        if (ch === '\r' || ch === '\n') {
          cleanup()
          process.stderr.write('\n')
          resolve(value)
          return
        }
        if (ch === '\u0003' || ch === '\u0004') {
          cleanup()
          process.stderr.write('\n')
          reject(new Error('cancelled'))
          return
        }
        value =
          ch === '\u007f' || ch === '\b' ? Array.from(value).slice(0, -1).join('') : value + ch
      }
    }
    process.stderr.write(question)
    stdin.setRawMode(true)
    stdin.setEncoding('utf8')
    stdin.resume()
    stdin.on('data', onData)
  })
}
