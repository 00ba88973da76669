import { describe, expect, it, vi } from 'vitest'
import { passagesIn, registerPassageLinks } from '../../../../src/main/electron/passage-links'
import { passageLink } from '../../../../src/shared/passage-link'

const ID = 'ab'.repeat(32)

function fakeApp() {
  const listeners = new Map<string, (event: { preventDefault(): void }, url: string) => void>()
  return {
    setAsDefaultProtocolClient: vi.fn(() => true),
    on: vi.fn(
      (name: string, listener: (event: { preventDefault(): void }, url: string) => void) => {
        listeners.set(name, listener)
      },
    ),
    fire(url: string) {
      const event = { preventDefault: vi.fn() }
      listeners.get('open-url')!(event, url)
      return event
    },
  }
}

describe('passage links from other apps', () => {
  it('finds the passages on a command line and nothing else there', () => {
    const argv = [
      '/opt/Margin/margin',
      '--no-sandbox',
      passageLink('margin://app/', ID, 1234),
      '/home/me/book.txt',
      passageLink('margin://app/', ID),
      'margin://app/#/read/not-an-id',
      'https://example.com/#/read/' + ID,
    ]
    expect(passagesIn(argv)).toEqual([{ documentId: ID, at: 1234 }, { documentId: ID }])
  })

  it('registers the margin scheme, with the app folder when run as `electron .`', () => {
    const packaged = fakeApp()
    registerPassageLinks(packaged as never, () => {}, {
      defaultApp: false,
      execPath: '/opt/Margin/margin',
      appPath: undefined,
    })
    expect(packaged.setAsDefaultProtocolClient).toHaveBeenCalledWith('margin')

    const development = fakeApp()
    registerPassageLinks(development as never, () => {}, {
      defaultApp: true,
      execPath: '/usr/lib/electron',
      appPath: '/work/margin',
    })
    expect(development.setAsDefaultProtocolClient).toHaveBeenCalledWith(
      'margin',
      '/usr/lib/electron',
      ['/work/margin'],
    )
  })

  it('opens the passage of a macOS open-url link and ignores other links', () => {
    const app = fakeApp()
    const open = vi.fn()
    registerPassageLinks(app as never, open, {
      defaultApp: false,
      execPath: '/Applications/Margin.app',
      appPath: undefined,
    })
    expect(app.fire(passageLink('margin://app/', ID, 77)).preventDefault).toHaveBeenCalled()
    app.fire('margin://app/#/trash')
    app.fire(`margin://evil/#/read/${ID}`)
    expect(open.mock.calls).toEqual([[{ documentId: ID, at: 77 }]])
  })
})
