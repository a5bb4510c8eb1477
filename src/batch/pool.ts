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
  const workers: Worker[] = [];
  // jobs posted to each worker and not yet answered: a worker holds its next job before it
  // finishes the current one, so it never sits waiting for the main thread to be scheduled
  const posted: number[] = [];
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
      let k = 0;
      for (let w = 1; w < size; w++) if (posted[w] < posted[k]) k = w;
      if (posted[k] >= AHEAD) return;
      posted[k]++;
      workers[k].postMessage(queue.shift());
    }
  };

  for (let i = 0; i < size; i++) {
    // flags meant for an --eval script (--input-type) would stop a worker from loading its file
    const execArgv = process.execArgv.filter((a) => !a.startsWith('--input-type'));
    const worker = new Worker(WORKER_URL, { workerData: options.settings, execArgv });
    const k = i;
    worker.on('message', (result: JobResult) => {
      waiting.set(result.index, result);
      posted[k]--;
      dispatch();
      signal();
    });
    worker.on('error', (err) => {
      failure = err;
      signal();
    });
    workers.push(worker);
    posted.push(0);
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
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
