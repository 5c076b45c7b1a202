import type { EngineDriver } from './driver';

/** What the early collector (earlyErrors.js) has kept: the page's own errors and its workers'. */
export interface Collected {
  page: string[];
  worker: string[];
}

/** Reads the early collector back; fails loudly when the page does not carry it (its errors would go unheard). */
export async function readCollector(evaluate: EngineDriver['evaluate'], engine: string): Promise<Collected> {
  const found = await evaluate(() => {
    const w = window as unknown as { __awryEngineErrorsInstalled?: boolean; __awryEngineErrors?: Record<string, string[]> };
    if (!w.__awryEngineErrorsInstalled) return null;
    const read = (key: string) => [...(JSON.parse(sessionStorage.getItem(key) ?? '[]') as string[]), ...(w.__awryEngineErrors?.[key] ?? [])];
    return { page: read('awry-engine-errors'), worker: read('awry-engine-worker-errors') };
  });
  if (found === null) throw new Error(`${engine}: the error collector is not on this page, so its errors cannot be read`);
  return found;
}
