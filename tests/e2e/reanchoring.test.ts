/**
 * Highlights after the document's text changed under them: the library's change of encoding
 * re-parses the same file (same document id), so notes must find their passages again, list
 * those they cannot as orphans with their text, and let the user re-attach them.
 */
import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startMargin, type MarginSession } from '../support/margin-harness'
import { importFixture, selectText } from '../support/reader-page'
import { paintedText } from '../support/painted-highlights'
import { SCREENSHOTS } from '../support/screenshots'

const LONG = { timeout: 20_000 }

const CHINESE_A = '是非成败转头空'
const CHINESE_B = '一壶浊酒喜相逢'
const ENGLISH = 'the waves wash away the heroes of old'
const ENGLISH_OTHER = 'The river flows east'

const PARAGRAPHS = [
  '第一回　宴桃园豪杰三结义',
  '滚滚长江东逝水，浪花淘尽英雄。是非成败转头空，青山依旧在，几度夕阳红。',
  `${ENGLISH_OTHER} and ${ENGLISH}, as the song at the head of the novel says.`,
  '白发渔樵江渚上，惯看秋月春风。一壶浊酒喜相逢，古今多少事，都付笑谈中。',
  '话说天下大势，分久必合，合久必分。周末七国分争，并入于秦。及秦灭之后，楚、汉分争，又并入于汉。',
  '汉朝自高祖斩白蛇而起义，一统天下，后来光武中兴，传至献帝，遂分为三国。',
  '推其致乱之由，殆始于桓、灵二帝。桓帝禁锢善类，崇信宦官。及桓帝崩，灵帝即位，大将军窦武、太傅陈蕃共相辅佐。',
  '时有宦官曹节等弄权，窦武、陈蕃谋诛之，机事不密，反为所害，中涓自此愈横。',
]

/** GBK bytes for text, from a table built by decoding every two-byte sequence (Node has no GBK encoder). */
function encodeGbk(text: string): Buffer {
  const table = new Map<string, number[]>()
  const decoder = new TextDecoder('gbk', { fatal: true })
  for (let lead = 0x81; lead < 0xff; lead++) {
    for (let trail = 0x40; trail < 0xff; trail++) {
      try {
        const char = decoder.decode(new Uint8Array([lead, trail]))
        if (!table.has(char)) table.set(char, [lead, trail])
      } catch {
        // Not a character in GBK.
      }
    }
  }
  const bytes: number[] = []
  for (const char of text) {
    if (char.charCodeAt(0) < 0x80) bytes.push(char.charCodeAt(0))
    else bytes.push(...table.get(char)!)
  }
  return Buffer.from(bytes)
}

describe('annotations when the document is re-read in another encoding', () => {
  let session: MarginSession
  beforeAll(async () => {
    session = await startMargin()
    if (SCREENSHOTS) await mkdir(SCREENSHOTS, { recursive: true })
  })
  afterAll(() => session?.close())

  const openDocument = async () => {
    const { page } = session
    await page
      .getByRole('button', { name: /sanguo-opening/ })
      .first()
      .click()
    await page.getByRole('main', { name: 'Document' }).waitFor(LONG)
    await page.getByRole('button', { name: /^Annotations/ }).waitFor(LONG)
  }
  const backToLibrary = () => session.page.getByRole('button', { name: '← Library' }).click()
  const useEncoding = async (label: string) => {
    const { page } = session
    await page
      .locator('.tile', { hasText: 'sanguo-opening' })
      .getByRole('button', { name: 'Details' })
      .click()
    const dialog = page.getByRole('dialog', { name: 'Document details' })
    await dialog.getByRole('combobox', { name: 'Read the file as' }).selectOption({ label })
    await dialog.getByRole('button', { name: 'Use this encoding' }).click()
    await dialog.getByText(`Margin now reads this file as ${label}.`).waitFor(LONG)
    await dialog.getByRole('button', { name: 'Close' }).click()
  }

  it('finds notes again, lists the lost ones with their text, and re-attaches one to a selection', async () => {
    const { page } = session
    const bytes = encodeGbk(PARAGRAPHS.join('\r\n\r\n'))
    await importFixture(page, { name: 'sanguo-opening.txt', mimeType: 'text/plain', buffer: bytes })
    await openDocument()
    const toolbar = page.getByRole('toolbar', { name: 'Selected text' })
    // Keys 1, 2 and 3 highlight a selection yellow, green and blue.
    for (const [passage, key] of [
      [CHINESE_A, '1'],
      [CHINESE_B, '3'],
      [ENGLISH, '2'],
    ] as const) {
      await selectText(page, passage)
      await toolbar.waitFor(LONG)
      await page.keyboard.press(key)
      await toolbar.waitFor({ state: 'detached', ...LONG })
    }
    await expect.poll(() => paintedText(page, 'margin-yellow'), LONG).toEqual([CHINESE_A])
    await expect.poll(() => paintedText(page, 'margin-blue'), LONG).toEqual([CHINESE_B])
    await expect.poll(() => paintedText(page, 'margin-green'), LONG).toEqual([ENGLISH])
    await backToLibrary()

    // Read as Windows-1252, every Chinese character turns into two Latin ones: the English passage
    // moved but is found by its quote; the Chinese ones are gone from this text.
    await useEncoding('Western (Windows-1252)')
    await openDocument()
    await page.getByRole('button', { name: /^Annotations/ }).click()
    const panel = page.getByRole('complementary', { name: 'Annotations' })
    const anchored = panel.getByRole('list', { name: 'Highlights and notes' }).getByRole('listitem')
    const orphans = panel.getByRole('region', { name: 'Not found in this version' })
    await expect.poll(() => anchored.count(), LONG).toBe(1)
    await expect.poll(() => orphans.getByRole('listitem').count(), LONG).toBe(2)
    await expect(orphans.getByRole('heading').textContent()).resolves.toBe(
      'Not found in this version (2)',
    )
    const orphanTexts = await orphans.getByRole('listitem').allTextContents()
    expect(orphanTexts.some((t) => t.includes(CHINESE_A))).toBe(true)
    expect(orphanTexts.some((t) => t.includes(CHINESE_B))).toBe(true)
    await expect.poll(() => paintedText(page, 'margin-green'), LONG).toEqual([ENGLISH])
    expect(await paintedText(page, 'margin-yellow')).toEqual([])
    // Nothing is selected, so nothing can be re-attached yet.
    const reattachB = orphans
      .getByRole('listitem')
      .filter({ hasText: CHINESE_B })
      .getByRole('button', { name: 'Re-attach to selected text' })
    await expect(reattachB.isDisabled()).resolves.toBe(true)

    await selectText(page, ENGLISH_OTHER)
    await expect.poll(() => reattachB.isEnabled(), LONG).toBe(true)
    if (SCREENSHOTS) await page.screenshot({ path: join(SCREENSHOTS, 'orphaned-annotations.png') })
    await reattachB.click()
    await expect.poll(() => paintedText(page, 'margin-blue'), LONG).toEqual([ENGLISH_OTHER])
    await expect.poll(() => orphans.getByRole('listitem').count(), LONG).toBe(1)
    await expect.poll(() => anchored.count(), LONG).toBe(2)
    await backToLibrary()

    // Back to GBK: the orphan finds its passage again by itself; the re-attached one stays put.
    await useEncoding('Chinese, Simplified (GBK)')
    await openDocument()
    await page.getByRole('button', { name: /^Annotations/ }).click()
    await expect.poll(() => anchored.count(), LONG).toBe(3)
    await expect.poll(() => orphans.count(), LONG).toBe(0)
    await expect.poll(() => paintedText(page, 'margin-yellow'), LONG).toEqual([CHINESE_A])
    await expect.poll(() => paintedText(page, 'margin-blue'), LONG).toEqual([ENGLISH_OTHER])
    await expect.poll(() => paintedText(page, 'margin-green'), LONG).toEqual([ENGLISH])
  })
})
