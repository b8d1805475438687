/**
 * Runs async jobs with at most `limit` in flight, in order of submission;
 * resolves when all have settled. A job's failure is its own business: jobs
 * catch and record their errors, so one failing region never stops the others.
 */
export async function runBounded<T>(items: readonly T[], limit: number, job: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) await job(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
}
