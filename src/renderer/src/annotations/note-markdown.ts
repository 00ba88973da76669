import MarkdownIt from 'markdown-it'

// Raw HTML off: anything that looks like a tag is shown as text, so a note cannot inject markup.
// markdown-it's own link check already refuses javascript:, vbscript:, file: and most data: URLs.
const markdown = new MarkdownIt({ html: false, linkify: true, breaks: true, typographer: false })

const defaultLinkOpen =
  markdown.renderer.rules['link_open'] ??
  ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options))
markdown.renderer.rules['link_open'] = (tokens, idx, options, env, self) => {
  tokens[idx]!.attrSet('rel', 'noopener noreferrer')
  tokens[idx]!.attrSet('target', '_blank')
  return defaultLinkOpen(tokens, idx, options, env, self)
}

/** A note's Markdown as safe HTML. */
export function renderNote(source: string): string {
  return markdown.render(source)
}
