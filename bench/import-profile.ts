/**
 * Where an import's time goes: `npx tsx bench/import-profile.ts [--size MB] [--encoding utf-8|gb18030] [--warm N]`
 * warms the JIT with N imports, then takes a V8 CPU profile (node:inspector, 100 µs sampling) of one
 * import (or `--repeat N`) through the real store and prints the heaviest functions and the main phases, inclusive.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { Session } from 'node:inspector/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createDocumentStore } from '../src/main/services/document-store'
import { importDocument } from '../src/main/services/importers/import-document'
import { chineseText } from './chinese-corpus'
import { inclusiveMs, summarizeProfile, type CpuProfile } from './cpu-profile-summary'
import { encodeGb18030 } from './gb18030-encoder'

const argument = (name: string, fallback: string) => {
  const at = process.argv.indexOf(name)
  return at > 0 ? process.argv[at + 1]! : fallback
}
const sizeMB = Number(argument('--size', '10'))
const encoding = argument('--encoding', 'utf-8')
const warm = Number(argument('--warm', '3'))
const repeat = Number(argument('--repeat', '1'))

const text = chineseText(sizeMB)
const bytes = encoding === 'gb18030' ? encodeGb18030(text) : Buffer.from(text, 'utf8')
const folder = await mkdtemp(join(tmpdir(), 'margin-profile-'))
const path = join(folder, `novels-${sizeMB}mb-${encoding}.txt`)
await writeFile(path, bytes)

async function importOnce(): Promise<number> {
  const root = await mkdtemp(join(tmpdir(), 'margin-profile-store-'))
  const store = createDocumentStore({
    root,
    parse: (b, name, options) => importDocument(b, name, options),
  })
  await store.list() // the store's start, once per app run: not timed, as in import-throughput.ts
  const began = performance.now()
  await store.importBytes(`novels-${sizeMB}mb-${encoding}.txt`, await readFile(path))
  const ms = performance.now() - began
  await rm(root, { recursive: true, force: true })
  return ms
}

for (let i = 0; i < warm; i++) console.log(`warm-up import: ${(await importOnce()).toFixed(1)} ms`)
const session = new Session()
session.connect()
await session.post('Profiler.enable')
await session.post('Profiler.setSamplingInterval', { interval: 100 })
await session.post('Profiler.start')
let ms = 0
for (let i = 0; i < repeat; i++) ms += (await importOnce()) / repeat
const { profile } = (await session.post('Profiler.stop')) as { profile: CpuProfile }
session.disconnect()
console.log(
  `profiled ${repeat} import(s) of ${sizeMB} MB ${encoding}: ${ms.toFixed(1)} ms each; times below are summed over them`,
)
for (const line of summarizeProfile(profile, 30))
  console.log(
    `${line.selfMs.toFixed(1).padStart(7)} ms self ${line.totalMs.toFixed(1).padStart(7)} total  ${line.name}`,
  )
const phases: [string, RegExp][] = [
  ['decodeText', /^decodeText /],
  ['detectLegacyEncoding', /^detectLegacyEncoding /],
  ['splitLines', /^splitLines /],
  ['stripControlCharacters', /^stripControlCharacters /],
  ['structureNewspaper', /^structureNewspaper /],
  ['structureBook', /^structureBook /],
  ['assignBlockIds', /^assignBlockIds /],
  ['writeParts', /^writeParts /],
  ['JSON.stringify', /^stringify /],
  ['(garbage collector)', /^\(garbage collector\)/],
  ['(idle)', /^\(idle\)/],
]
console.log(
  phases.map(([name, pattern]) => `${name} ${inclusiveMs(profile, pattern)} ms`).join('; '),
)
if (process.argv.includes('--save'))
  await writeFile(
    join(tmpdir(), `import-${sizeMB}-${encoding}.cpuprofile`),
    JSON.stringify(profile),
  )
await rm(folder, { recursive: true, force: true })
