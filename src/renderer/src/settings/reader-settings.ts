/**
 * The reader's typography and display settings: their defaults, how a stored value is read back
 * (anything odd falls back to the default), and the CSS variables they become.
 */

export const FONT_CHOICES = ['serif', 'sans', 'kai', 'noto-serif-sc', 'custom'] as const
export const THEMES = ['light', 'sepia', 'dark', 'system'] as const
export const INDENTS = ['auto', 'two-chars', 'none'] as const
export const WRITING_MODES = ['horizontal', 'vertical'] as const
export const SCRIPTS = ['original', 'simplified', 'traditional'] as const

export interface ReaderSettings {
  font: (typeof FONT_CHOICES)[number]
  /** A family installed on this computer, used when `font` is 'custom'. */
  customFont: string
  /** px */
  fontSize: number
  lineHeight: number
  /** em between paragraphs */
  paragraphSpacing: number
  /** em: the longest line */
  textWidth: number
  /** 'auto': two characters for Chinese and Japanese, none otherwise. */
  indent: (typeof INDENTS)[number]
  justify: boolean
  theme: (typeof THEMES)[number]
  /** Vertical writing applies to Chinese and Japanese documents only. */
  writingMode: (typeof WRITING_MODES)[number]
  /** Chinese shown as written, or converted (display only). */
  script: (typeof SCRIPTS)[number]
}

export const DEFAULT_SETTINGS: ReaderSettings = {
  font: 'serif',
  customFont: '',
  fontSize: 19,
  lineHeight: 1.85,
  paragraphSpacing: 0.6,
  textWidth: 36,
  indent: 'auto',
  justify: true,
  theme: 'light',
  writingMode: 'horizontal',
  script: 'original',
}

export const LIMITS = {
  fontSize: { min: 12, max: 40, step: 1 },
  lineHeight: { min: 1.2, max: 2.6, step: 0.05 },
  paragraphSpacing: { min: 0, max: 2, step: 0.1 },
  textWidth: { min: 20, max: 70, step: 1 },
} as const

type NumericSetting = keyof typeof LIMITS

function oneOf<T extends string>(choices: readonly T[], value: unknown, fallback: T): T {
  return choices.includes(value as T) ? (value as T) : fallback
}

function clamp(key: NumericSetting, value: unknown): number {
  const { min, max } = LIMITS[key]
  return typeof value === 'number' && Number.isFinite(value)
    ? Math.min(max, Math.max(min, value))
    : DEFAULT_SETTINGS[key]
}

/** A font family name as the user typed it, safe inside a CSS string. */
export function cleanFamilyName(name: unknown): string {
  return typeof name === 'string'
    ? name
        .replace(/["\\;{}<>\n\r]/g, '')
        .trim()
        .slice(0, 100)
    : ''
}

/** Settings from stored key-value pairs (unknown keys ignored, bad values replaced by defaults). */
export function readSettings(
  stored: Partial<Record<keyof ReaderSettings, unknown>>,
): ReaderSettings {
  return {
    font: oneOf(FONT_CHOICES, stored.font, DEFAULT_SETTINGS.font),
    customFont: cleanFamilyName(stored.customFont),
    fontSize: clamp('fontSize', stored.fontSize),
    lineHeight: clamp('lineHeight', stored.lineHeight),
    paragraphSpacing: clamp('paragraphSpacing', stored.paragraphSpacing),
    textWidth: clamp('textWidth', stored.textWidth),
    indent: oneOf(INDENTS, stored.indent, DEFAULT_SETTINGS.indent),
    justify: typeof stored.justify === 'boolean' ? stored.justify : DEFAULT_SETTINGS.justify,
    theme: oneOf(THEMES, stored.theme, DEFAULT_SETTINGS.theme),
    writingMode: oneOf(WRITING_MODES, stored.writingMode, DEFAULT_SETTINGS.writingMode),
    script: oneOf(SCRIPTS, stored.script, DEFAULT_SETTINGS.script),
  }
}

// The bundled Source Serif 4 first, so English reads in a real text face on any system.
const LATIN_SERIF = [
  "'Source Serif 4'",
  "'Iowan Old Style'",
  "'Palatino Linotype'",
  'Palatino',
  'Georgia',
  "'DejaVu Serif'",
]
// The bundled Noto Serif SC comes before SimSun, whose Latin letters and punctuation read poorly.
const CJK_SERIF = [
  "'Noto Serif CJK SC'",
  "'Source Han Serif SC'",
  "'Songti SC'",
  'STSong',
  "'Noto Serif SC'",
  'SimSun',
  "'AR PL UMing CN'",
]
const LATIN_SANS = [
  'system-ui',
  '-apple-system',
  "'Segoe UI'",
  'Roboto',
  "'Helvetica Neue'",
  'Arial',
]
const CJK_SANS = [
  "'PingFang SC'",
  "'Hiragino Sans GB'",
  "'Microsoft YaHei'",
  "'Noto Sans CJK SC'",
  "'Source Han Sans SC'",
  "'WenQuanYi Micro Hei'",
]
const CJK_KAI = ["'Kaiti SC'", 'STKaiti', 'KaiTi', "'AR PL UKai CN'", "'TW-Kai'"]

export const FONT_LABELS: Record<ReaderSettings['font'], string> = {
  serif: 'Serif (Song/Ming)',
  sans: 'Sans-serif (Hei)',
  kai: 'Kai (brush)',
  'noto-serif-sc': 'Noto Serif SC (bundled)',
  custom: 'An installed font…',
}

/**
 * The CSS font-family list for the settings. Chinese text takes its CJK faces first, so its
 * quotation marks and punctuation keep their full width; other text takes Latin faces first, so
 * its quotes are not set in a CJK font's wide ones.
 */
export function fontStack(
  settings: Pick<ReaderSettings, 'font' | 'customFont'>,
  cjk = false,
): string {
  const pair = (latin: string[], chinese: string[]) =>
    cjk ? [...chinese, ...latin] : [...latin, ...chinese]
  const serifTail = [...pair(LATIN_SERIF, CJK_SERIF), 'serif']
  switch (settings.font) {
    case 'sans':
      return [...pair(LATIN_SANS, CJK_SANS), 'sans-serif'].join(', ')
    case 'kai':
      return [...pair(LATIN_SERIF, [...CJK_KAI, ...CJK_SERIF]), 'serif'].join(', ')
    case 'noto-serif-sc':
      return [...pair(["'Source Serif 4'"], ["'Noto Serif SC'"]), 'serif'].join(', ')
    case 'custom': {
      const family = cleanFamilyName(settings.customFont)
      return family ? [`"${family}"`, ...serifTail].join(', ') : serifTail.join(', ')
    }
    default:
      return serifTail.join(', ')
  }
}

/** The theme to show: 'system' follows the operating system's light or dark preference. */
export function resolveTheme(
  theme: ReaderSettings['theme'],
  prefersDark: boolean,
): Exclude<ReaderSettings['theme'], 'system'> {
  return theme === 'system' ? (prefersDark ? 'dark' : 'light') : theme
}

/** The CSS variables the reading page is styled with. */
export function settingsStyle(
  settings: ReaderSettings,
  options: { cjk: boolean; language?: string | null },
): Record<string, string> {
  return {
    '--reader-font': fontStack(settings, options.cjk),
    '--reader-font-size': `${settings.fontSize}px`,
    '--reader-line-height': String(settings.lineHeight),
    '--reader-paragraph-spacing': `${settings.paragraphSpacing}em`,
    '--reader-measure': `${settings.textWidth}em`,
    '--reader-indent': firstLineIndent(settings.indent, options),
    '--reader-align': settings.justify ? 'justify' : 'start',
  }
}

/** Chinese books indent a paragraph by two characters, Japanese ones by one (一字下げ), others not at all. */
function firstLineIndent(
  indent: ReaderSettings['indent'],
  { cjk, language }: { cjk: boolean; language?: string | null },
): string {
  if (indent === 'two-chars') return '2em'
  if (indent === 'none') return '0'
  if (/^ja\b/i.test(language ?? '')) return '1em'
  return cjk ? '2em' : '0'
}

/** Whether vertical writing can apply: Chinese and Japanese text only. */
export function canWriteVertically(language: string | null, cjk: boolean): boolean {
  return cjk || /^(zh|ja)\b/i.test(language ?? '')
}
