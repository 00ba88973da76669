/**
 * Numbers spelled in words as European chapter headings write them, cardinal and ordinal, 1 to 99:
 * English, French, German, Spanish, Italian, Portuguese and Russian. Each language's forms are
 * generated once from its regular rules and looked up after folding case, accents and hyphens.
 */
export type NumberLanguage = 'en' | 'fr' | 'de' | 'es' | 'it' | 'pt' | 'ru'

export interface NumberWords {
  value: number
  /** Characters of the text the number takes. */
  length: number
  ordinal: boolean
  /** Languages the words belong to (quinto is Spanish, Italian and Portuguese). */
  languages: NumberLanguage[]
}

interface Entry {
  value: number
  ordinal: boolean
  languages: NumberLanguage[]
}

/** Folded phrase → its number; one table for all languages, since most phrases belong to one. */
const TABLE = new Map<string, Entry[]>()
const MAX_WORDS = 5

/** Lower case without accents, hyphens as spaces: ПЕРВАЯ → первая, Deuxième → deuxieme, vingt-et-un → vingt et un. */
export function foldWords(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[\s\-‐‑–]+/g, ' ')
    .trim()
}

/**
 * The first word of every spelled ordinal, in lower case as written and folded (Première and
 * Premiere, четвёртая and четвертая): most lines are turned away by their first word.
 */
const ORDINAL_OPENERS = new Set<string>()

function add(language: NumberLanguage, phrase: string, value: number, ordinal: boolean): void {
  const key = foldWords(phrase)
  if (ordinal) {
    ORDINAL_OPENERS.add(key.split(' ')[0]!)
    ORDINAL_OPENERS.add(phrase.toLowerCase().split(/[\s-]/)[0]!)
  }
  const entries = TABLE.get(key) ?? []
  const same = entries.find((e) => e.value === value && e.ordinal === ordinal)
  if (same) {
    if (!same.languages.includes(language)) same.languages.push(language)
  } else {
    entries.push({ value, ordinal, languages: [language] })
    TABLE.set(key, entries)
  }
}

/** Feminine forms of Romance ordinals: every word's closing o becomes a (vigésimo primero → vigésima primera). */
function feminine(phrase: string): string {
  return phrase.replace(/o\b/g, 'a')
}

function addEnglish(): void {
  const ones =
    'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'.split(
      ' ',
    )
  const tens = '- - twenty thirty forty fifty sixty seventy eighty ninety'.split(' ')
  const firsts =
    '- first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth'.split(
      ' ',
    )
  const tenths =
    '- - twentieth thirtieth fortieth fiftieth sixtieth seventieth eightieth ninetieth'.split(' ')
  const cardinal = (n: number) =>
    n < 20 ? ones[n]! : tens[Math.floor(n / 10)]! + (n % 10 ? ` ${ones[n % 10]}` : '')
  const ordinal = (n: number) =>
    n < 20 ? firsts[n]! : n % 10 ? `${tens[Math.floor(n / 10)]} ${firsts[n % 10]}` : tenths[n / 10]!
  for (let n = 1; n < 100; n++) {
    add('en', cardinal(n), n, false)
    add('en', ordinal(n), n, true)
    add('en', `one hundred ${cardinal(n)}`, 100 + n, false)
    add('en', `one hundred and ${cardinal(n)}`, 100 + n, false)
  }
  add('en', 'one hundred', 100, false)
  add('en', 'one hundredth', 100, true)
}

function addFrench(): void {
  const ones =
    '- un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize dix-sept dix-huit dix-neuf'.split(
      ' ',
    )
  const tens = '- - vingt trente quarante cinquante soixante'.split(' ')
  const regular = (t: string, u: number) =>
    u === 0 ? t : u === 1 ? `${t} et un` : `${t} ${ones[u]}`
  const cardinals: [number, string][] = []
  for (let n = 1; n < 20; n++) cardinals.push([n, ones[n]!])
  for (let n = 20; n < 70; n++) cardinals.push([n, regular(tens[Math.floor(n / 10)]!, n % 10)])
  for (let n = 70; n < 80; n++)
    cardinals.push([n, n === 71 ? 'soixante et onze' : `soixante ${ones[n - 60]}`])
  cardinals.push([80, 'quatre-vingts'])
  for (let n = 81; n < 100; n++) cardinals.push([n, `quatre-vingt ${ones[n - 80]}`])
  // Belgian and Swiss French.
  for (let n = 70; n < 100; n++)
    cardinals.push([
      n,
      regular(['septante', 'huitante', 'nonante'][Math.floor(n / 10) - 7]!, n % 10),
    ])
  for (const [n, phrase] of cardinals) {
    add('fr', phrase, n, false)
    if (n > 1) add('fr', frenchOrdinal(phrase), n, true)
  }
  for (const phrase of ['premier', 'première', 'premiere']) add('fr', phrase, 1, true)
  for (const phrase of ['second', 'seconde']) add('fr', phrase, 2, true)
}

/** deux → deuxième, cinq → cinquième, neuf → neuvième, onze → onzième, vingt et un → vingt et unième. */
function frenchOrdinal(cardinal: string): string {
  const stem = cardinal
    .replace(/vingts$/, 'vingt')
    .replace(/cinq$/, 'cinqu')
    .replace(/neuf$/, 'neuv')
    .replace(/e$/, '')
  return `${stem}ième`
}

function addGerman(): void {
  const ones =
    '- eins zwei drei vier fünf sechs sieben acht neun zehn elf zwölf dreizehn vierzehn fünfzehn sechzehn siebzehn achtzehn neunzehn'.split(
      ' ',
    )
  const tens = '- - zwanzig dreißig vierzig fünfzig sechzig siebzig achtzig neunzig'.split(' ')
  const stems = '- erst zweit dritt viert fünft sechst siebt acht neunt zehnt elft zwölft'.split(
    ' ',
  )
  for (let n = 1; n < 100; n++) {
    const unit = n % 10
    const cardinal =
      n < 20
        ? ones[n]!
        : `${unit ? `${unit === 1 ? 'ein' : ones[unit]}und` : ''}${tens[Math.floor(n / 10)]}`
    const stem = n < 13 ? stems[n]! : n < 20 ? `${cardinal}t` : `${cardinal}st`
    add('de', cardinal, n, false)
    for (const ending of ['e', 'er', 'es', 'en', 'em']) add('de', stem + ending, n, true)
  }
  for (const ending of ['e', 'er', 'es', 'en', 'em']) add('de', `siebent${ending}`, 7, true)
}

function addSpanish(): void {
  const ones =
    '- uno dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince dieciséis diecisiete dieciocho diecinueve'.split(
      ' ',
    )
  const twenties =
    '- veintiuno veintidós veintitrés veinticuatro veinticinco veintiséis veintisiete veintiocho veintinueve'.split(
      ' ',
    )
  const tens = '- - veinte treinta cuarenta cincuenta sesenta setenta ochenta noventa'.split(' ')
  const firsts = '- primero segundo tercero cuarto quinto sexto séptimo octavo noveno décimo'.split(
    ' ',
  )
  const tenths =
    '- décimo vigésimo trigésimo cuadragésimo quincuagésimo sexagésimo septuagésimo octogésimo nonagésimo'.split(
      ' ',
    )
  for (let n = 1; n < 100; n++) {
    const t = Math.floor(n / 10)
    const u = n % 10
    const cardinals =
      n < 20
        ? [ones[n]!]
        : t === 2 && u > 0
          ? [twenties[u]!, `veinte y ${ones[u]}`]
          : [u ? `${tens[t]} y ${ones[u]}` : tens[t]!]
    if (n > 15 && n < 20) cardinals.push(`diez y ${ones[u]}`)
    for (const phrase of cardinals) add('es', phrase, n, false)
    const ordinals = n <= 10 ? [firsts[n]!] : u ? [`${tenths[t]} ${firsts[u]}`] : [tenths[t]!]
    if (t === 1 && u > 0) ordinals.push(`décimo${firsts[u]}`)
    if (n === 11) ordinals.push('undécimo')
    if (n === 12) ordinals.push('duodécimo')
    for (const phrase of ordinals) {
      add('es', phrase, n, true)
      add('es', feminine(phrase), n, true)
    }
  }
  add('es', 'primer', 1, true)
  add('es', 'tercer', 3, true)
  for (const phrase of ['sétimo', 'sétima']) add('es', phrase, 7, true)
  for (const phrase of ['nono', 'nona']) add('es', phrase, 9, true)
}

function addPortuguese(): void {
  const ones =
    '- um dois três quatro cinco seis sete oito nove dez onze doze treze catorze quinze dezesseis dezessete dezoito dezenove'.split(
      ' ',
    )
  const tens = '- - vinte trinta quarenta cinquenta sessenta setenta oitenta noventa'.split(' ')
  const firsts = '- primeiro segundo terceiro quarto quinto sexto sétimo oitavo nono décimo'.split(
    ' ',
  )
  const tenths =
    '- décimo vigésimo trigésimo quadragésimo quinquagésimo sexagésimo septuagésimo octogésimo nonagésimo'.split(
      ' ',
    )
  for (let n = 1; n < 100; n++) {
    const t = Math.floor(n / 10)
    const u = n % 10
    add('pt', n < 20 ? ones[n]! : u ? `${tens[t]} e ${ones[u]}` : tens[t]!, n, false)
    const ordinal = n <= 10 ? firsts[n]! : u ? `${tenths[t]} ${firsts[u]}` : tenths[t]!
    add('pt', ordinal, n, true)
    add('pt', feminine(ordinal), n, true)
  }
  // Portugal's spellings, and uma/duas.
  const variants: [string, number][] = [
    ['quatorze', 14],
    ['dezasseis', 16],
    ['dezassete', 17],
    ['dezanove', 19],
    ['uma', 1],
    ['duas', 2],
  ]
  for (const [phrase, n] of variants) add('pt', phrase, n, false)
}

function addItalian(): void {
  const ones =
    '- uno due tre quattro cinque sei sette otto nove dieci undici dodici tredici quattordici quindici sedici diciassette diciotto diciannove'.split(
      ' ',
    )
  const tens = '- - venti trenta quaranta cinquanta sessanta settanta ottanta novanta'.split(' ')
  const firsts = '- primo secondo terzo quarto quinto sesto settimo ottavo nono decimo'.split(' ')
  for (let n = 1; n < 100; n++) {
    const t = Math.floor(n / 10)
    const u = n % 10
    // ventuno, ventotto: the tens lose their vowel before uno and otto; ventitré keeps its accent.
    const cardinal =
      n < 20
        ? ones[n]!
        : u === 0
          ? tens[t]!
          : `${u === 1 || u === 8 ? tens[t]!.slice(0, -1) : tens[t]}${u === 3 ? 'tré' : ones[u]}`
    add('it', cardinal, n, false)
    const plain = foldWords(cardinal)
    const ordinal =
      n <= 10
        ? firsts[n]!
        : /(?:tre|sei)$/.test(plain)
          ? `${plain}esimo`
          : `${plain.slice(0, -1)}esimo`
    add('it', ordinal, n, true)
    add('it', feminine(ordinal), n, true)
    if (t === 1 && u > 0) {
      add('it', `decimo ${firsts[u]}`, n, true)
      add('it', feminine(`decimo ${firsts[u]}`), n, true)
    }
  }
}

function addRussian(): void {
  const ones =
    '- один два три четыре пять шесть семь восемь девять десять одиннадцать двенадцать тринадцать четырнадцать пятнадцать шестнадцать семнадцать восемнадцать девятнадцать'.split(
      ' ',
    )
  const tens =
    '- - двадцать тридцать сорок пятьдесят шестьдесят семьдесят восемьдесят девяносто'.split(' ')
  // Ordinal stems with their nominative endings (masculine, feminine, neuter).
  const OY = ['ой', 'ая', 'ое']
  const YY = ['ый', 'ая', 'ое']
  const unitStems: [string, string[]][] = [
    ['', []],
    ['перв', YY],
    ['втор', OY],
    ['трет', ['ий', 'ья', 'ье']],
    ['четвёрт', YY],
    ['пят', YY],
    ['шест', OY],
    ['седьм', OY],
    ['восьм', OY],
    ['девят', YY],
  ]
  const stemOf = (n: number): [string, string[]] => {
    if (n < 10) return unitStems[n]!
    if (n < 20) return [ones[n]!.slice(0, -1), YY]
    if (n === 40) return ['сороков', OY]
    if (n === 90) return ['девяност', YY]
    if (n === 80) return ['восьмидесят', YY]
    // двадцатый, пятидесятый: the ordinal of a tens word ending in -десят or -ь.
    return [n < 40 ? tens[n / 10]!.slice(0, -1) : tens[n / 10]!.replace(/ь/, 'и'), YY]
  }
  for (let n = 1; n < 100; n++) {
    const t = Math.floor(n / 10)
    const u = n % 10
    add('ru', n < 20 ? ones[n]! : u ? `${tens[t]} ${ones[u]}` : tens[t]!, n, false)
    const [stem, endings] = n < 20 || u === 0 ? stemOf(n) : stemOf(u)
    const prefix = n >= 20 && u > 0 ? `${tens[t]} ` : ''
    for (const ending of endings) add('ru', prefix + stem + ending, n, true)
  }
  add('ru', 'одна', 1, false)
}

addEnglish()
addFrench()
addGerman()
addSpanish()
addPortuguese()
addItalian()
addRussian()

/** The first letters of every spelled ordinal, to pass lines that may open with one. */
export const ORDINAL_FIRST_LETTERS: string = [
  ...new Set([...ORDINAL_OPENERS].map((w) => w[0]!)),
].join('')

const WORD = /[\p{L}\p{M}]+/uy
/** Labels and ordinals are no shorter than this (act, том, um). */
const SHORTEST_OPENER = 2

/**
 * The first word of text in lower case ('' when it opens with no letter), its end found by
 * character codes: one short string per line, and no pattern.
 */
export function firstWordOf(text: string): string {
  let end = 0
  for (; end < text.length; end++) {
    const c = text.charCodeAt(end)
    if (c < 0xc0 && ((c | 0x20) < 0x61 || (c | 0x20) > 0x7a)) break
  }
  return end < SHORTEST_OPENER ? '' : text.slice(0, end).toLowerCase()
}

/** Whether a word (lower case) starts a spelled ordinal: first, erstes, deuxième, первая. */
export function isOrdinalOpener(word: string): boolean {
  return ORDINAL_OPENERS.has(word)
}

const BETWEEN_WORDS = /[ \t\-‐‑]+/y

/**
 * The number spelled at the start of text in one of the languages (the longest phrase that is
 * one), or null. Words follow each other with spaces or hyphens only.
 */
export function readNumberWords(
  text: string,
  languages: readonly NumberLanguage[],
  ordinalOnly = false,
): NumberWords | null {
  const ends: number[] = []
  let at = 0
  while (ends.length < MAX_WORDS) {
    WORD.lastIndex = at
    if (!WORD.test(text)) break
    ends.push(WORD.lastIndex)
    BETWEEN_WORDS.lastIndex = WORD.lastIndex
    if (!BETWEEN_WORDS.test(text)) break
    at = BETWEEN_WORDS.lastIndex
  }
  for (let k = ends.length - 1; k >= 0; k--) {
    const entries = TABLE.get(foldWords(text.slice(0, ends[k])))
    if (!entries) continue
    for (const entry of entries) {
      if (ordinalOnly && !entry.ordinal) continue
      const shared = entry.languages.filter((l) => languages.includes(l))
      if (shared.length > 0)
        return { value: entry.value, length: ends[k]!, ordinal: entry.ordinal, languages: shared }
    }
  }
  return null
}
