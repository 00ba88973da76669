import { execFile, spawn } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildEpub } from '../services/importers/epub-fixtures'
import { encodeLegacyLossy } from '../services/importers/txt-legacy-encoder'

const ROOT = join(import.meta.dirname, '../../../..')
const CORPUS = join(ROOT, '../shared/corpus/txt')
const TSX = join(ROOT, 'node_modules/.bin/tsx')
const TIMEOUT = 60_000
/** The block types issue 4's contract names: tools reading `inspect --json` rely on them. */
const CONTRACT_TYPES = [
  'heading',
  'subheading',
  'paragraph',
  'byline',
  'caption',
  'credit',
  'quote',
  'list-item',
  'code',
  'table',
  'image',
  'separator',
]

interface Run {
  code: number
  stdout: string
  stderr: string
}

/** Runs the CLI as `npx tsx src/main/cli/inspect.ts` does, in a child process. */
function inspect(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      TSX,
      ['src/main/cli/inspect.ts', ...args],
      { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr })
      },
    )
  })
}

let dir: string
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'margin-inspect-'))
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('npm run inspect', () => {
  it(
    'prints exactly one JSON object for a real GBK novel',
    async () => {
      const run = await inspect(join(CORPUS, 'sanguoyanyi_simp_gbk_real.txt'), '--json')
      expect(run.code).toBe(0)
      const report = JSON.parse(run.stdout)
      expect(Object.keys(report).sort()).toEqual([
        'author',
        'blocks',
        'encoding',
        'format',
        'language',
        'outline',
        'stats',
        'title',
      ])
      expect(report.format).toBe('txt')
      expect(['gbk', 'gb18030']).toContain(report.encoding)
      expect(report.outline.length).toBeGreaterThanOrEqual(120)
      expect(report.outline[0]).toEqual({
        title: '第一回　宴桃园豪杰三结义　斩黄巾英雄首立功',
        level: 1,
        blockId: report.blocks[0].id,
      })
      const ids = new Set(report.blocks.map((b: { id: string }) => b.id))
      expect(report.outline.every((e: { blockId: string }) => ids.has(e.blockId))).toBe(true)
      expect(Object.keys(report.blocks[0]).sort()).toEqual(['id', 'text', 'type'])
      expect(report.stats.blocks).toBe(report.blocks.length)
      expect(report.stats.chars).toBe(
        report.blocks.reduce((n: number, b: { text: string }) => n + b.text.length, 0) +
          report.blocks.length -
          1,
      )
    },
    TIMEOUT,
  )

  it(
    'prints all of a large book on a pipe, nested outline levels included',
    async () => {
      const run = await inspect(join(CORPUS, 'war_and_peace_pg2600_utf8_bom.txt'), '--json')
      const report = JSON.parse(run.stdout)
      expect(report).toMatchObject({
        encoding: 'utf-8',
        title: 'War and Peace',
        author: 'Leo Tolstoy',
      })
      expect(new Set(report.outline.map((e: { level: number }) => e.level))).toEqual(
        new Set([1, 2]),
      )
      // Its stanzas are kept as stanzas, printed as the contract's paragraphs.
      const types = new Set(report.blocks.map((b: { type: string }) => b.type))
      expect([...types].filter((t) => !CONTRACT_TYPES.includes(t as string))).toEqual([])
      expect(
        report.blocks.some(
          (b: { type: string; text: string }) =>
            b.type === 'paragraph' && b.text.split('\n').length >= 4,
        ),
      ).toBe(true)
    },
    TIMEOUT,
  )

  it(
    "prints a newspaper page's masthead and date line with the contract's types",
    async () => {
      const sample = await readFile(
        join(ROOT, '../shared/samples/qilu-evening-news-2022-06-24.txt'),
        'utf8',
      )
      const file = join(dir, 'qilu-a02.txt')
      await writeFile(file, `齐鲁晚报\n2022年6月24日 星期五\nA02 要闻\n${sample}`)
      const report = JSON.parse((await inspect(file, '--json')).stdout)
      const types = new Set(report.blocks.map((b: { type: string }) => b.type))
      expect([...types].filter((t) => !CONTRACT_TYPES.includes(t as string))).toEqual([])
      expect(
        report.blocks.find((b: { text: string }) => b.text === '2022年6月24日 星期五')?.type,
      ).toBe('credit')
    },
    TIMEOUT,
  )

  it(
    'stops quietly when its reader closes the pipe early, as `| head` does',
    async () => {
      const child = spawn(
        TSX,
        ['src/main/cli/inspect.ts', join(CORPUS, 'war_and_peace_pg2600_utf8_bom.txt'), '--json'],
        { cwd: ROOT },
      )
      let stderr = ''
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
      child.stdout.once('data', () => child.stdout.destroy())
      const code = await new Promise<number | null>((done) => child.once('close', done))
      expect(stderr).not.toMatch(/EPIPE|at .*\(|Error/)
      expect(code).toBe(0)
    },
    TIMEOUT,
  )

  it(
    'honours --encoding and prints a readable summary without --json',
    async () => {
      const file = join(dir, 'big5-book.txt')
      const text =
        '第一回　甄士隱夢幻識通靈\n此開卷第一回也．作者自云：因曾歷過一番夢幻之后，故將真事隱去。\n'.repeat(
          20,
        )
      await writeFile(file, encodeLegacyLossy(text, 'big5'))
      const summary = await inspect(file)
      expect(summary.code).toBe(0)
      expect(summary.stdout).toMatch(/^big5-book \(txt, big5/)
      expect(summary.stdout).toContain('第一回　甄士隱夢幻識通靈')
      const forced = await inspect(file, '--json', '--encoding', 'gbk')
      expect(JSON.parse(forced.stdout).encoding).toBe('gbk')
    },
    TIMEOUT,
  )

  it.each([
    ['an empty file', 'empty.txt', new Uint8Array(0), /empty\.txt: the file is empty\./],
    [
      'a binary file renamed .txt',
      'photo.txt',
      new Uint8Array(8192).map((_, i) => (i * 7919) % 256),
      /photo\.txt: .*binary/,
    ],
    [
      'a DRM-protected EPUB',
      'bought.epub',
      buildEpub({
        chapters: [{ id: 'c1', href: 'c1.xhtml', body: '<p>x</p>' }],
        files: {
          'META-INF/encryption.xml':
            '<encryption><EncryptedData><EncryptionMethod Algorithm="http://www.w3.org/2001/04/xmlenc#aes128-cbc"/><CipherData><CipherReference URI="OEBPS/c1.xhtml"/></CipherData></EncryptedData></encryption>',
        },
      }),
      /bought\.epub: this EPUB is protected by DRM/,
    ],
    [
      'a PDF renamed .epub',
      'scan.epub',
      new TextEncoder().encode('%PDF-1.7\n1 0 obj'),
      /scan\.epub: .*not a zip/,
    ],
  ])(
    'fails on %s with one line on stderr naming the file, and no stack trace',
    async (_name, fileName, bytes, message) => {
      const file = join(dir, fileName)
      await writeFile(file, bytes)
      const run = await inspect(file, '--json')
      expect(run.code).not.toBe(0)
      expect(run.stdout).toBe('')
      expect(run.stderr.trimEnd().split('\n')).toHaveLength(1)
      expect(run.stderr).toMatch(message)
      expect(run.stderr).not.toMatch(/\bat .*\.ts:\d+/)
    },
    TIMEOUT,
  )

  it(
    'fails on a missing file with one line naming it',
    async () => {
      const run = await inspect(join(dir, 'missing.txt'), '--json')
      expect(run.code).not.toBe(0)
      expect(run.stderr.trimEnd().split('\n')).toEqual([
        `${join(dir, 'missing.txt')}: no such file.`,
      ])
    },
    TIMEOUT,
  )
})
