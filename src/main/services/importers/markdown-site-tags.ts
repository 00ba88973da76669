/**
 * Static-site generators' tags in a post's Markdown (Hugo shortcodes `{{< figure … >}}`, Jekyll's
 * Liquid `{% highlight ruby %}`): a figure becomes its picture, a highlight block a code fence, and
 * any other tag alone on its line (`{{< youtube … >}}`, `{% include … %}`) leaves the text, as the
 * built site shows no such line. Fenced code is left as written: a post about Hugo quotes these.
 */
const FENCE = /^ {0,3}(`{3,}|~{3,})/
const TAG_LINE = /^\s*(?:\{\{[<%][\s\S]*?[>%]\}\}|\{%-?[\s\S]*?-?%\})\s*$/
const FIGURE = /^\s*\{\{[<%]\s*figure\s+([\s\S]*?)\s*[>%]\}\}\s*$/
const HIGHLIGHT_OPEN =
  /^\s*(?:\{%-?\s*highlight\s+([\w+#-]+)[^%]*-?%\}|\{\{[<%]\s*highlight\s+"?([\w+#-]+)"?[^>%]*[>%]\}\})\s*$/
const HIGHLIGHT_CLOSE = /^\s*(?:\{%-?\s*endhighlight\s*-?%\}|\{\{[<%]\s*\/highlight\s*[>%]\}\})\s*$/

function attribute(attributes: string, name: string): string | null {
  return (
    new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|(\\S+))`)
      .exec(attributes)
      ?.slice(1)
      .find((v) => v !== undefined) ?? null
  )
}

export function replaceSiteTags(body: string): string {
  let fence: string | null = null
  /** The open fence is a highlight tag's, closed by its end tag. */
  let tagged = false
  const out: string[] = []
  for (const line of body.split('\n')) {
    const marker = FENCE.exec(line)?.[1]
    if (tagged) {
      const closed = HIGHLIGHT_CLOSE.test(line)
      out.push(closed ? '```' : line)
      if (closed) [fence, tagged] = [null, false]
      continue
    }
    if (fence !== null) {
      if (marker && marker[0] === fence[0] && marker.length >= fence.length) fence = null
      out.push(line)
      continue
    }
    if (marker) {
      fence = marker
      out.push(line)
      continue
    }
    const highlight = HIGHLIGHT_OPEN.exec(line)
    if (highlight) {
      out.push('```' + (highlight[1] ?? highlight[2] ?? ''))
      ;[fence, tagged] = ['```', true]
      continue
    }
    if (HIGHLIGHT_CLOSE.test(line)) continue
    const figure = FIGURE.exec(line)
    if (figure) {
      const src = attribute(figure[1]!, 'src')
      const alt =
        attribute(figure[1]!, 'alt') ??
        attribute(figure[1]!, 'caption') ??
        attribute(figure[1]!, 'title') ??
        ''
      if (src) out.push(`![${alt.replace(/[[\]]/g, '')}](<${src}>)`)
      continue
    }
    if (TAG_LINE.test(line)) continue
    out.push(line)
  }
  return out.join('\n')
}
