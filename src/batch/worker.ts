// A batch worker thread: receives jobs, runs them, posts results back.
import { parentPort, workerData } from 'node:worker_threads';
import { runJob, type Job, type JobSettings } from './job.js';

const settings = workerData as JobSettings;
const encoder = new TextEncoder();
parentPort?.on('message', (job: Job) => {
  const result = runJob(job, settings);
  if (!result.ok || typeof result.json !== 'string') {
    parentPort?.postMessage(result);
    return;
  }
  // encode here and hand the buffer over: the main thread gets it without a copy (see SerialisedAnalysis)
  const bytes = encoder.encode(result.json + '\n');
  parentPort?.postMessage({ ...result, json: bytes }, [bytes.buffer]);
});
