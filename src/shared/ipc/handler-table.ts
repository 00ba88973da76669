import { MarginError, toIpcError, type IpcResult } from './result'
import { contract, type Channel, type ParsedArgsOf, type ResultOf } from './contract'

export type Handler<C extends Channel> = (args: ParsedArgsOf<C>) => Promise<ResultOf<C>>
/** A missing handler does not compile. */
export type HandlerTable = { [C in Channel]: Handler<C> }

/**
 * The one gate every call passes, in Electron and in browser mode alike:
 * the arguments must parse, and whatever goes wrong comes back as an IpcResult.
 */
export async function dispatch<C extends Channel>(
  handlers: HandlerTable,
  channel: C,
  rawArgs: unknown,
  onUnexpected: (error: unknown) => void = () => {},
): Promise<IpcResult<ResultOf<C>>> {
  const parsed = contract[channel].args.safeParse(rawArgs)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const where = issue?.path.length ? ` (${issue.path.join('.')})` : ''
    return {
      ok: false,
      error: { code: 'invalid-arguments', message: `Margin refused a request${where}: ${issue?.message ?? 'invalid'}` },
    }
  }
  try {
    const handler = handlers[channel] as Handler<C>
    const value = await handler(parsed.data as ParsedArgsOf<C>)
    return { ok: true, value }
  } catch (error) {
    if (!(error instanceof MarginError)) onUnexpected(error)
    return { ok: false, error: toIpcError(error) }
  }
}
