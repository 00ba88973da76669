/** Where a renderer's main thread spent its time in a Chrome trace: total duration by event name. */
import type { CDPSession } from 'playwright-core'

interface TraceEvent {
  name: string
  ph: string
  pid: number
  tid: number
  dur?: number
  /** Thread (CPU) time: less inflated than wall time when other processes share the cores. */
  tdur?: number
  args?: { name?: string }
}

const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'blink']

/** Starts a trace on a page's session; `stop()` gives ms by event name on the busiest renderer main thread. */
export async function startTrace(cdp: CDPSession, longTasks: string[] = []) {
  const events: TraceEvent[] = []
  cdp.on(
    'Tracing.dataCollected',
    ({ value }) => void events.push(...(value as unknown as TraceEvent[])),
  )
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: CATEGORIES },
    transferMode: 'ReportEvents',
  })
  return {
    async stop(): Promise<{ name: string; ms: number; cpuMs: number; count: number }[]> {
      const complete = new Promise((done) => cdp.once('Tracing.tracingComplete', done))
      await cdp.send('Tracing.end')
      await complete
      const mains = events.filter((e) => e.ph === 'M' && e.args?.name === 'CrRendererMain')
      const busiest = mains
        .map((m) => ({ m, n: events.filter((e) => e.pid === m.pid && e.tid === m.tid).length }))
        .sort((a, b) => b.n - a.n)[0]?.m
      const byName = new Map<string, { ms: number; cpuMs: number; count: number }>()
      for (const e of events) {
        if (!busiest || e.pid !== busiest.pid || e.tid !== busiest.tid || e.ph !== 'X') continue
        const entry = byName.get(e.name) ?? { ms: 0, cpuMs: 0, count: 0 }
        entry.ms += (e.dur ?? 0) / 1000
        entry.cpuMs += (e.tdur ?? 0) / 1000
        entry.count++
        byName.set(e.name, entry)
      }
      // The tasks over 50 ms (long tasks), with the events inside each that took most of it.
      const mine = events.filter(
        (e) => busiest && e.pid === busiest.pid && e.tid === busiest.tid && e.ph === 'X',
      ) as (TraceEvent & { ts: number })[]
      for (const task of mine.filter((e) => e.name === 'RunTask' && (e.dur ?? 0) > 50_000)) {
        const inside = mine
          .filter((e) => e !== task && e.ts >= task.ts && e.ts < task.ts + task.dur!)
          .sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0))
          .slice(0, 6)
          .map((e) => `${e.name} ${Math.round((e.dur ?? 0) / 1000)}`)
        longTasks.push(`${Math.round(task.dur! / 1000)} ms: ${inside.join(', ')}`)
      }
      return [...byName.entries()]
        .map(([name, { ms, cpuMs, count }]) => ({
          name,
          ms: Math.round(ms * 10) / 10,
          cpuMs: Math.round(cpuMs * 10) / 10,
          count,
        }))
        .sort((a, b) => b.cpuMs - a.cpuMs)
    },
  }
}
