import { spawn, type ChildProcess } from 'node:child_process'

/** Runs a TypeScript script (tsx loader, one process) and resolves once it prints "ready"; `output()` is all it printed. */
export async function startReadyScript(
  repo: string,
  script: string,
): Promise<{ child: ChildProcess; output: () => string }> {
  // tsx as a loader in this very process: the tsx binary runs node as a child, which a SIGKILL
  // of the tsx process would leave running (and writing).
  const child = spawn(process.execPath, ['--import', 'tsx', script], {
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
