import { readFile } from 'node:fs/promises'
import { basename } from 'node:path'
import { parseArgs } from 'node:util'
import { MarginError } from '../../shared/ipc/result'
import { importDocument } from '../services/importers/import-document'

/** `npm run -s inspect -- FILE [--json]`: runs the importer in plain Node, as the app would. */
async function main(): Promise<number> {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { json: { type: 'boolean' } } })
  const file = positionals[0]
  if (!file) {
    process.stderr.write('Usage: npm run -s inspect -- FILE [--json]\n')
    return 2
  }
  let bytes: Uint8Array
  try {
    bytes = await readFile(file)
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file.' : 'the file could not be read.'
    process.stderr.write(`${file}: ${reason}\n`)
    return 1
  }
  try {
    const doc = await importDocument(bytes, basename(file))
    const report = {
      format: doc.format,
      encoding: doc.encoding,
      title: doc.title,
      author: doc.author,
      language: doc.language,
      outline: doc.outline.map(({ title, level, blockId }) => ({ title, level, blockId })),
      blocks: doc.blocks.map(({ id, type, text }) => ({ id, type, text })),
      stats: doc.stats,
    }
    if (values.json) {
      process.stdout.write(JSON.stringify(report) + '\n')
    } else {
      const lines = [
        `${report.title} (${report.format}${report.encoding ? `, ${report.encoding}` : ''})`,
        `author: ${report.author ?? '-'}   language: ${report.language ?? '-'}`,
        `${report.stats.chars} characters in ${report.stats.blocks} blocks`,
        `outline (${report.outline.length}):`,
        ...report.outline.slice(0, 200).map((e) => `${'  '.repeat(e.level)}${e.title}`),
      ]
      if (report.outline.length > 200) lines.push(`  … ${report.outline.length - 200} more`)
      process.stdout.write(lines.join('\n') + '\n')
    }
    return 0
  } catch (error) {
    const message =
      error instanceof MarginError ? error.message : `${basename(file)}: Margin could not import this file.`
    process.stderr.write(message.replace(/\n/g, ' ') + '\n')
    return 1
  }
}

void main().then((code) => process.exit(code))
