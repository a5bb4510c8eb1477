// Runs jobs on a pool of worker threads (or inline for one worker), hands results back
// in input order, and keeps a bounded number of jobs in flight so memory stays flat
// however many inputs there are.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { runJob, type Job, type JobResult, type JobSettings } from './job.js';

export interface RunOptions {
  concurrency: number;
  settings: JobSettings;
  /** called once per job, in input order; awaited (back-pressure) */
  onResult(result: JobResult): Promise<void> | void;
  /** stop taking new jobs when this turns true (SIGINT, closed output) */
  stopped(): boolean;
}

/** jobs a worker holds at once (the one it runs and the next) */
const AHEAD = 2;

const WORKER_URL = new URL('./worker.js', import.meta.url);
const WORKER_HEAP_MB = 256;

/** Worker threads need the compiled worker file; from the sources (tests) jobs run inline. */
export function workersAvailable(): boolean {
  return existsSync(fileURLToPath(WORKER_URL));
}

export async function runJobs(jobs: AsyncIterable<Job>, options: RunOptions): Promise<void> {
  if (options.concurrency <= 1 || !workersAvailable()) {
    for await (const job of jobs) {
      if (options.stopped()) break;
      await options.onResult(runJob(job, options.settings));
      // let signals and stream events in between documents
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
    return;
  }
  await runOnWorkers(jobs, options);
}

async function runOnWorkers(jobs: AsyncIterable<Job>, options: RunOptions): Promise<void> {
  const size = options.concurrency;
  const window = size * 4; // jobs in flight at most
  // each slot is a worker and the jobs posted to it and not yet answered, in order: a worker
  // holds its next job before it finishes the current one, so it never sits waiting for the
  // main thread to be scheduled
  const slots: Array<{ worker: Worker; held: Job[] }> = [];
  const waiting = new Map<number, JobResult>(); // finished out of order
  let next = 0; // index of the next result to hand out
  let inFlight = 0;
  let failure: Error | undefined;
  let wake: (() => void) | undefined;
  const signal = () => {
    const w = wake;
    wake = undefined;
    w?.();
  };
  const queue: Job[] = [];

  const dispatch = () => {
    while (queue.length) {
      let slot = slots[0];
      for (const s of slots) if (s.held.length < slot.held.length) slot = s;
      if (slot.held.length >= AHEAD) return;
      const job = queue.shift()!;
      slot.held.push(job);
      slot.worker.postMessage(job);
    }
  };

  // flags meant for an --eval script (--input-type) would stop a worker from loading its file
  const execArgv = process.execArgv.filter((a) => !a.startsWith('--input-type'));
  const start = (slot: { worker?: Worker; held: Job[] }): void => {
    // a capped heap makes V8 collect steadily, so memory stays flat however long the run
    const worker = new Worker(WORKER_URL, { workerData: options.settings, execArgv, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
    slot.worker = worker;
    worker.on('message', (result: JobResult) => {
      slot.held.shift();
      waiting.set(result.index, result);
      dispatch();
      signal();
    });
    worker.on('error', (err) => {
      const [crashed, ...rest] = slot.held;
      if (!crashed) {
        failure = err;
        signal();
        return;
      }
      // a document too big for a worker's heap runs on the main thread, which has no cap;
      // the jobs it held go back to the queue, a fresh worker takes its place, the batch goes on
      waiting.set(crashed.index, runJob(crashed, options.settings));
      queue.unshift(...rest);
      slot.held = [];
      start(slot);
      dispatch();
      signal();
    });
  };
  for (let i = 0; i < size; i++) {
    const slot = { held: [] as Job[] } as { worker: Worker; held: Job[] };
    start(slot);
    slots.push(slot);
  }

  const drain = async (limit: number) => {
    while (inFlight > limit) {
      while (waiting.has(next)) {
        const result = waiting.get(next)!;
        waiting.delete(next);
        next++;
        inFlight--;
        await options.onResult(result);
      }
      if (inFlight <= limit) break;
      if (failure) throw failure;
      await new Promise<void>((resolve) => (wake = resolve));
    }
  };

  try {
    for await (const job of jobs) {
      if (options.stopped()) break;
      if (job.index !== next + inFlight) throw new Error(`batch: job ${job.index} out of order`);
      inFlight++;
      queue.push(job);
      dispatch();
      await drain(window);
    }
    if (!options.stopped()) await drain(0);
  } finally {
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }
}
