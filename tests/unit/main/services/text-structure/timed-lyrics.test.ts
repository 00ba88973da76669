import { describe, expect, it } from 'vitest'
import { parseTxt } from '../../../../../src/main/services/importers/txt'

const importText = (text: string) => parseTxt(new TextEncoder().encode(text), 'song.txt')

describe('lyrics with time tags (LRC) saved as text', () => {
  it('reads the song as stanzas without its tags, named by its ti and ar tags', () => {
    const lrc = [
      '[ti:Moon Song]',
      '[ar:Jane Doe]',
      '[offset:0]',
      '[00:01.00]Silver light upon the sea',
      '[00:05.20][01:05.20]Calling softly home to me',
      '[00:09.40]',
      '[00:12.00]Wind across the harbour wall',
      '[00:15.50]Carries every name I call',
    ].join('\r\n')
    const doc = importText(lrc)
    expect(doc.title).toBe('Moon Song')
    expect(doc.author).toBe('Jane Doe')
    expect(doc.blocks.map((b) => [b.type, b.text])).toEqual([
      ['verse', 'Silver light upon the sea\nCalling softly home to me'],
      ['verse', 'Wind across the harbour wall\nCarries every name I call'],
    ])
  })

  it('leaves a chat log timed to the minute a chat log', () => {
    const log = Array.from(
      { length: 8 },
      (_, k) =>
        `[10:${String(k * 7).padStart(2, '0')}] <bob> message number ${k + 1} of the evening`,
    )
    const doc = importText(log.join('\n'))
    expect(doc.blocks.map((b) => b.text)).toEqual(log)
  })

  it('leaves a text with a few bracketed times in it a text', () => {
    const notes = [
      '[10:30] 开会',
      '会议讨论了明年的计划，大家发言踊跃，气氛热烈。',
      '[11:45] 散会',
      '下午继续整理会议纪要，并分发给各部门。',
    ]
    const doc = importText(notes.join('\n'))
    expect(doc.blocks.some((b) => b.text.includes('[10:30]'))).toBe(true)
  })
})
