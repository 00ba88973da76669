/** The functions that took the most time in a CDP CPU profile (self time, and total time inclusive of callees). */

interface ProfileNode {
  id: number
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }
  children?: number[]
}
export interface CpuProfile {
  nodes: ProfileNode[]
  samples?: number[]
  timeDeltas?: number[]
  startTime: number
  endTime: number
}

export interface ProfileLine {
  name: string
  selfMs: number
  totalMs: number
  selfShare: number
}

const label = (node: ProfileNode) => {
  const { functionName, url, lineNumber } = node.callFrame
  const file = url.split('/').pop() ?? ''
  return `${functionName || '(anonymous)'}${file ? ` ${file}:${lineNumber + 1}` : ''}`
}

export function summarizeProfile(profile: CpuProfile, top = 25): ProfileLine[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]))
  const parent = new Map<number, number>()
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parent.set(child, node.id)
  const self = new Map<string, number>()
  const total = new Map<string, number>()
  const samples = profile.samples ?? []
  const deltas = profile.timeDeltas ?? []
  let all = 0
  for (let i = 0; i < samples.length; i++) {
    // A sample's time is the gap to the next one.
    const ms = (deltas[i + 1] ?? 0) / 1000
    all += ms
    const leaf = byId.get(samples[i]!)
    if (!leaf) continue
    self.set(label(leaf), (self.get(label(leaf)) ?? 0) + ms)
    // Count each function once per sample, however deep its recursion.
    const seen = new Set<string>()
    for (let id: number | undefined = leaf.id; id !== undefined; id = parent.get(id)) {
      const name = label(byId.get(id)!)
      if (seen.has(name)) continue
      seen.add(name)
      total.set(name, (total.get(name) ?? 0) + ms)
    }
  }
  return [...self.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([name, ms]) => ({
      name,
      selfMs: Math.round(ms * 10) / 10,
      totalMs: Math.round((total.get(name) ?? 0) * 10) / 10,
      selfShare: Math.round((ms / Math.max(all, 1e-9)) * 1000) / 10,
    }))
}

/** Total time of the functions whose label matches, inclusive of what they call. */
export function inclusiveMs(profile: CpuProfile, pattern: RegExp): number {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]))
  const parent = new Map<number, number>()
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parent.set(child, node.id)
  const samples = profile.samples ?? []
  const deltas = profile.timeDeltas ?? []
  let sum = 0
  for (let i = 0; i < samples.length; i++) {
    for (let id: number | undefined = samples[i]; id !== undefined; id = parent.get(id)) {
      if (pattern.test(label(byId.get(id)!))) {
        sum += (deltas[i + 1] ?? 0) / 1000
        break
      }
    }
  }
  return Math.round(sum * 10) / 10
}
