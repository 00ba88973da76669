import { describe, expect, it } from 'vitest'
import { passageInDesktopLink, passageInHash, passageLink } from '../../../src/shared/passage-link'

const ID = '0f'.repeat(32)

describe('passage links', () => {
  it('round-trips a document and an offset through the link the exports write', () => {
    const link = passageLink('margin://app/', ID, 4096.7)
    expect(link).toBe(`margin://app/#/read/${ID}?at=4096`)
    expect(passageInDesktopLink(link)).toEqual({ documentId: ID, at: 4096 })
    expect(passageInHash(`#/read/${ID}`)).toEqual({ documentId: ID })
    expect(passageLink('http://127.0.0.1:47812', ID)).toBe(`http://127.0.0.1:47812/#/read/${ID}`)
  })

  it('refuses anything that is not a link to a document by id', () => {
    expect(passageInHash(`#/read/${ID}?at=-1`)).toBeNull()
    expect(passageInHash('#/read/../../etc/passwd')).toBeNull()
    expect(passageInDesktopLink(`margin://app.evil/#/read/${ID}`)).toBeNull()
    expect(passageInDesktopLink(`file:///#/read/${ID}`)).toBeNull()
  })
})
