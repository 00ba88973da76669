import { readFile } from 'node:fs/promises'
import { basename } from 'node:path'
import { parseArgs } from 'node:util'
import type { BlockType, ParsedDocument } from '../../shared/document-model'
import { MarginError } from '../../shared/ipc/result'
import { importDocument } from '../services/importers/import-document'

const USAGE = 'Usage: npm run -s inspect -- FILE [--json] [--encoding NAME]'
const SUMMARY_OUTLINE_ENTRIES = 200

/** `npm run -s inspect -- FILE [--json] [--encoding NAME]`: runs the importer in plain Node, as the app would. */
async function main(): Promise<number> {
  let parsed
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: { json: { type: 'boolean' }, encoding: { type: 'string' } },
    })
  } catch (error) {
    return fail(`${(error as Error).message.split('\n')[0]}. ${USAGE}`, 2)
  }
  const { values, positionals } = parsed
  const file = positionals[0]
  if (!file || positionals.length > 1) return fail(USAGE, 2)

  let bytes: Uint8Array
  try {
    bytes = await readFile(file)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    const reason =
      code === 'ENOENT'
        ? 'no such file.'
        : code === 'EISDIR'
          ? 'this is a folder, not a file.'
          : 'the file could not be read.'
    return fail(`${file}: ${reason}`, 1)
  }
  let doc: ParsedDocument
  try {
    doc = await importDocument(
      bytes,
      basename(file),
      values.encoding ? { encoding: values.encoding } : {},
    )
  } catch (error) {
    const message =
      error instanceof MarginError
        ? error.message
        : `${basename(file)}: Margin could not import this file.`
    return fail(message, 1)
  }
  const report = {
    format: doc.format,
    encoding: doc.encoding,
    title: doc.title,
    author: doc.author,
    language: doc.language,
    outline: doc.outline.map(({ title, level, blockId }) => ({ title, level, blockId })),
    blocks: doc.blocks.map(({ id, type, text }) => ({ id, type: contractType(type), text })),
    stats: doc.stats,
  }
  await write(values.json ? JSON.stringify(report) + '\n' : summary(report, doc.encodingConfidence))
  return 0
}

/**
 * The block types the inspect contract names (issue 4). Types the model gained later are printed
 * as the documented type they refine, so tools written against the contract keep working.
 */
const CONTRACT_TYPE: Partial<Record<BlockType, BlockType>> = {
  verse: 'paragraph',
  furniture: 'credit',
}
function contractType(type: BlockType): BlockType {
  return CONTRACT_TYPE[type] ?? type
}

function summary(
  report: Pick<
    ParsedDocument,
    'format' | 'encoding' | 'title' | 'author' | 'language' | 'outline' | 'stats'
  >,
  confidence: number | null,
): string {
  const outline = report.outline
  const encoding = report.encoding
    ? `, ${report.encoding}${confidence !== null && confidence < 1 ? ` (confidence ${confidence})` : ''}`
    : ''
  const lines = [
    `${report.title} (${report.format}${encoding})`,
    `author: ${report.author ?? '-'}   language: ${report.language ?? '-'}`,
    `${report.stats.chars} characters in ${report.stats.blocks} blocks`,
    `outline (${outline.length}):`,
    ...outline.slice(0, SUMMARY_OUTLINE_ENTRIES).map((e) => `${'  '.repeat(e.level)}${e.title}`),
  ]
  if (outline.length > SUMMARY_OUTLINE_ENTRIES)
    lines.push(`  … ${outline.length - SUMMARY_OUTLINE_ENTRIES} more`)
  return lines.join('\n') + '\n'
}

/** Resolves once the text is handed to the OS: exiting earlier would cut a large JSON short on a pipe. */
function write(text: string): Promise<void> {
  return new Promise((resolve, reject) =>
    process.stdout.write(text, (error) => (error ? reject(error) : resolve())),
  )
}

/** One line on stderr, never a stack trace. */
function fail(message: string, code: number): number {
  process.stderr.write(message.replace(/\s*\n\s*/g, ' ') + '\n')
  return code
}

// A reader that stops early (`| head`) closes the pipe: that ends the output, it is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0)
  throw error
})

main().then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    process.stderr.write(
      `inspect: ${(error as Error)?.message ?? String(error)}`.replace(/\n/g, ' ') + '\n',
    )
    process.exitCode = 1
  },
)
