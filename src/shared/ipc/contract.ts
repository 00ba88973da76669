import type { z } from 'zod'
import type { ChannelSpec } from './channel'
import { documentChannels } from './documents'
import { libraryChannels } from './library'
import { notesChannels } from './notes'

/** Every channel between the renderer and the main side, in one table. */
export const contract = {
  ...libraryChannels,
  ...documentChannels,
  ...notesChannels,
}

export type Contract = typeof contract
export type Channel = keyof Contract
export const CHANNELS = Object.keys(contract) as Channel[]

/** What the renderer sends. */
export type ArgsOf<C extends Channel> = z.input<Contract[C]['args']>
/** What a handler receives after validation. */
export type ParsedArgsOf<C extends Channel> = z.output<Contract[C]['args']>
export type ResultOf<C extends Channel> = Contract[C] extends ChannelSpec<z.ZodType, infer R> ? R : never

export function isChannel(name: string): name is Channel {
  return Object.prototype.hasOwnProperty.call(contract, name)
}
