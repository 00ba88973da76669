import { spawn, type ChildProcess } from 'node:child_process'
import { join } from 'node:path'

/** Runs a TypeScript script with tsx and resolves once it prints "ready"; `output()` is all it printed. */
export async function startReadyScript(
  repo: string,
  script: string,
): Promise<{ child: ChildProcess; output: () => string }> {
  const child = spawn(join(repo, 'node_modules/.bin/tsx'), [script], {
    cwd: repo,
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  let output = ''
  await new Promise<void>((ready, fail) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString()
      if (output.includes('ready')) ready()
    })
    child.once('exit', () => fail(new Error(`the child exited early: ${output}`)))
  })
  return { child, output: () => output }
}
