import { resolve } from 'node:path'
import { build, type Rollup } from 'vite'

/** Bundles a bench script for the page (IIFE), with the app's own modules; null with the reason when they do not build. */
export async function pageBundle(entry: string): Promise<{ code: string } | { error: string }> {
  try {
    const output = (await build({
      configFile: false,
      logLevel: 'silent',
      root: resolve(import.meta.dirname, '..'),
      build: {
        write: false,
        minify: false,
        lib: {
          entry: resolve(import.meta.dirname, entry),
          formats: ['iife'],
          name: 'marginBenchBundle',
          fileName: 'bench',
        },
        rollupOptions: { output: { inlineDynamicImports: true } },
      },
    })) as Rollup.RollupOutput[] | Rollup.RollupOutput
    const first = Array.isArray(output) ? output[0]! : output
    const chunk = first.output.find((o) => o.type === 'chunk')
    return chunk ? { code: chunk.code } : { error: 'no bundle produced' }
  } catch (error) {
    return { error: error instanceof Error ? error.message.split('\n')[0]! : String(error) }
  }
}
