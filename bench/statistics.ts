/** Summaries of timing samples. */

export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return NaN
  const sorted = [...samples].sort((a, b) => a - b)
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))
  return sorted[rank]!
}

export const median = (samples: readonly number[]) => percentile(samples, 50)

export const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits

/** Runs `task` `times` times and gives the median wall time in ms. */
export async function medianTime(
  times: number,
  task: () => Promise<unknown> | unknown,
): Promise<number> {
  const samples: number[] = []
  for (let i = 0; i < times; i++) {
    const began = performance.now()
    await task()
    samples.push(performance.now() - began)
  }
  return median(samples)
}
