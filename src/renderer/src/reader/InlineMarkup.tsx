import type { ReactNode } from 'react'
import type { InlineNode } from './inline-markup'

const BLOCK_LINK = /^#(.+)$/

/** A block's inline markup as React elements: links say where they go; the page handles their clicks. */
export function InlineMarkup({ nodes }: { nodes: readonly InlineNode[] }): ReactNode {
  return nodes.map((node, i) => {
    if (typeof node === 'string') return node
    const children = <InlineMarkup nodes={node.children} />
    if (node.tag === 'tcy' || node.tag === 'upright')
      return (
        <span key={i} className={`digits--${node.tag}`}>
          {children}
        </span>
      )
    if (node.tag !== 'a') {
      const Tag = node.tag
      // text-geometry skips what is marked so: offsets count the block's text only.
      const displayOnly = node.displayOnly ? { 'data-display-only': '' } : {}
      return (
        <Tag key={i} {...displayOnly}>
          {children}
        </Tag>
      )
    }
    if (!node.href) return <span key={i}>{children}</span>
    const target = BLOCK_LINK.exec(node.href)?.[1]
    return target ? (
      <a key={i} href={node.href} className="block__link" data-target-block={target}>
        {children}
      </a>
    ) : (
      <a
        key={i}
        href={node.href}
        className="block__link block__link--external"
        title={`${node.href} (Margin opens no web pages)`}
        data-external-link=""
      >
        {children}
      </a>
    )
  })
}
