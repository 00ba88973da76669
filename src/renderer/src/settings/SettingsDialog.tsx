import { useState } from 'react'
import { marginDb } from '../db/margin-db'
import { ModalDialog } from '../dialogs/ModalDialog'
import {
  DEFAULT_SETTINGS,
  FONT_CHOICES,
  FONT_LABELS,
  LIMITS,
  type ReaderSettings,
} from './reader-settings'
import { resetReaderSettings, saveReaderSetting } from './settings-store'

type QueryLocalFonts = () => Promise<{ family: string }[]>

type Save = <K extends keyof ReaderSettings>(key: K, value: ReaderSettings[K]) => void

function NumberSetting({
  name,
  label,
  unit,
  settings,
  save,
}: {
  name: keyof typeof LIMITS
  label: string
  unit: string
  settings: ReaderSettings
  save: Save
}) {
  const { min, max, step } = LIMITS[name]
  const value = settings[name]
  return (
    <label className="reader-field reader-field--range">
      <span className="reader-field__label">{label}</span>
      <input
        type="range"
        min={min}
        max={max}
        step={step}
        value={value}
        onChange={(e) => save(name, Number(e.currentTarget.value))}
      />
      <output className="reader-field__value">
        {Number(value.toFixed(2))}
        {unit}
      </output>
    </label>
  )
}

function Choice<T extends string>({
  legend,
  name,
  value,
  options,
  onChange,
  disabled,
}: {
  legend: string
  name: string
  value: T
  options: readonly { value: T; label: string }[]
  onChange: (value: T) => void
  disabled?: boolean
}) {
  return (
    <fieldset className="reader-choice" disabled={disabled}>
      <legend className="reader-field__label">{legend}</legend>
      {options.map((option) => (
        <label key={option.value} className="reader-choice__option">
          <input
            type="radio"
            name={name}
            value={option.value}
            checked={value === option.value}
            onChange={() => onChange(option.value)}
          />
          {option.label}
        </label>
      ))}
    </fieldset>
  )
}

/** Typography, theme and Chinese display settings; every change applies and is kept at once. */
export function SettingsDialog({
  settings: stored,
  cjk,
  onClose,
  onWritingMode,
  writingModeNote,
}: {
  settings: ReaderSettings
  cjk: boolean
  onClose: () => void
  /** Keeps a writing-mode choice where the document's belongs (it may be the document's own, not a setting). */
  onWritingMode?: (mode: ReaderSettings['writingMode']) => void
  writingModeNote?: string | null
}) {
  // Shown at once; the stored value (and the page) follow a moment later.
  const [settings, setSettings] = useState(stored)
  // The writing mode shown follows the document's, which a reset or another window may change.
  const [storedMode, setStoredMode] = useState(stored.writingMode)
  if (stored.writingMode !== storedMode) {
    setStoredMode(stored.writingMode)
    setSettings((before) => ({ ...before, writingMode: stored.writingMode }))
  }
  const save: Save = (key, value) => {
    setSettings((before) => ({ ...before, [key]: value }))
    void saveReaderSetting(marginDb(), key, value)
  }
  const [installed, setInstalled] = useState<string[] | null>(null)
  const [fontNotice, setFontNotice] = useState<string | null>(null)
  const queryLocalFonts = (window as unknown as { queryLocalFonts?: QueryLocalFonts })
    .queryLocalFonts

  async function listInstalledFonts() {
    try {
      const fonts = await queryLocalFonts!()
      const families = [...new Set(fonts.map((f) => f.family))].sort((a, b) => a.localeCompare(b))
      setInstalled(families)
      setFontNotice(`${families.length} installed font families; pick one or type its name.`)
    } catch {
      setFontNotice(
        'Margin may not list your fonts here; type the name of an installed font instead.',
      )
    }
  }

  return (
    <ModalDialog
      title="Reading settings"
      onClose={onClose}
      className="reader-dialog reader-dialog--settings"
    >
      <div className="reader-settings">
        <section className="reader-settings__group" aria-labelledby="settings-type">
          <h3 id="settings-type" className="reader-settings__heading">
            Type
          </h3>
          <label className="reader-field">
            <span className="reader-field__label">Font</span>
            <select
              className="reader-field__input"
              value={settings.font}
              onChange={(e) => save('font', e.currentTarget.value as ReaderSettings['font'])}
            >
              {FONT_CHOICES.map((font) => (
                <option key={font} value={font}>
                  {FONT_LABELS[font]}
                </option>
              ))}
            </select>
          </label>
          {settings.font === 'custom' && (
            <div className="reader-field">
              <label className="reader-field__label" htmlFor="settings-custom-font">
                Installed font name
              </label>
              <input
                id="settings-custom-font"
                className="reader-field__input"
                list="settings-installed-fonts"
                value={settings.customFont}
                placeholder="e.g. LXGW WenKai"
                onChange={(e) => save('customFont', e.currentTarget.value)}
              />
              {installed && (
                <datalist id="settings-installed-fonts">
                  {installed.map((family) => (
                    <option key={family} value={family} />
                  ))}
                </datalist>
              )}
              {queryLocalFonts && (
                <button type="button" className="button" onClick={() => void listInstalledFonts()}>
                  List installed fonts
                </button>
              )}
              {fontNotice && <p className="reader-field__hint">{fontNotice}</p>}
            </div>
          )}
          <NumberSetting name="fontSize" label="Size" unit=" px" settings={settings} save={save} />
          <NumberSetting
            name="lineHeight"
            label="Line height"
            unit=""
            settings={settings}
            save={save}
          />
          <NumberSetting
            name="paragraphSpacing"
            label="Paragraph spacing"
            unit=" em"
            settings={settings}
            save={save}
          />
          <NumberSetting
            name="textWidth"
            label="Text width"
            unit=" em"
            settings={settings}
            save={save}
          />
          <label className="reader-field">
            <span className="reader-field__label">First-line indent</span>
            <select
              className="reader-field__input"
              value={settings.indent}
              onChange={(e) => save('indent', e.currentTarget.value as ReaderSettings['indent'])}
            >
              <option value="auto">Chinese two characters, Japanese one</option>
              <option value="two-chars">Two characters always</option>
              <option value="none">None</option>
            </select>
          </label>
          <label className="reader-field reader-field--check">
            <input
              type="checkbox"
              checked={settings.justify}
              onChange={(e) => save('justify', e.currentTarget.checked)}
            />
            Justify lines
          </label>
        </section>
        <section className="reader-settings__group" aria-labelledby="settings-look">
          <h3 id="settings-look" className="reader-settings__heading">
            Page
          </h3>
          <Choice
            legend="Theme"
            name="theme"
            value={settings.theme}
            onChange={(v) => save('theme', v)}
            options={[
              { value: 'light', label: 'Light' },
              { value: 'sepia', label: 'Sepia' },
              { value: 'dark', label: 'Dark' },
              { value: 'system', label: 'Follow the system' },
            ]}
          />
          <Choice
            legend={cjk ? 'Writing direction' : 'Writing direction (Chinese and Japanese only)'}
            name="writing-mode"
            value={settings.writingMode}
            disabled={!cjk}
            onChange={(v) => {
              if (!onWritingMode) return save('writingMode', v)
              setSettings((before) => ({ ...before, writingMode: v }))
              onWritingMode(v)
            }}
            options={[
              { value: 'horizontal', label: 'Horizontal' },
              { value: 'vertical', label: 'Vertical (top to bottom, right to left)' },
            ]}
          />
          {writingModeNote && cjk && <p className="reader-field__hint">{writingModeNote}</p>}
          <Choice
            legend="Chinese characters"
            name="script"
            value={settings.script}
            onChange={(v) => save('script', v)}
            options={[
              { value: 'original', label: 'As written' },
              { value: 'simplified', label: 'Simplified' },
              { value: 'traditional', label: 'Traditional' },
            ]}
          />
          <button
            type="button"
            className="button"
            onClick={() => {
              // The writing mode may be the book's own: it changes only when the document's does (above).
              setSettings({ ...DEFAULT_SETTINGS, writingMode: settings.writingMode })
              void resetReaderSettings(marginDb())
            }}
          >
            Restore the defaults
          </button>
        </section>
      </div>
    </ModalDialog>
  )
}
