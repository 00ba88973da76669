/**
 * Showing Chinese in simplified or traditional characters without changing the text: the
 * document, its block ids and every offset stay as imported, so notes stay anchored. A block is
 * converted phrase by phrase (OpenCC) when that keeps its length, which is nearly always;
 * otherwise character by character, keeping any character whose conversion changes length.
 */
export type Script = 'original' | 'simplified' | 'traditional'
export type Convert = (text: string) => string

export function lengthKeeping(convert: Convert): Convert {
  const characters = new Map<string, string>()
  const convertCharacter = (character: string) => {
    let out = characters.get(character)
    if (out === undefined) {
      const converted = convert(character)
      out = converted.length === character.length ? converted : character
      characters.set(character, out)
    }
    return out
  }
  return (text) => {
    const whole = convert(text)
    if (whole.length === text.length) return whole
    let out = ''
    for (const character of text) out += convertCharacter(character)
    return out
  }
}

const keep: Convert = (text) => text

/** The converter for a script, loaded on demand (the dictionaries are about a megabyte). */
export async function loadScriptConverter(script: Script): Promise<Convert> {
  if (script === 'traditional') {
    const { Converter } = await import('opencc-js/cn2t')
    return lengthKeeping(Converter({ from: 'cn', to: 'tw' }))
  }
  if (script === 'simplified') {
    const { Converter } = await import('opencc-js/t2cn')
    return lengthKeeping(Converter({ from: 't', to: 'cn' }))
  }
  return keep
}
