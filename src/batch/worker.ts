// A batch worker thread: receives jobs, runs them, posts results back.
import { parentPort, workerData } from 'node:worker_threads';
import { runJob, type Job, type JobSettings } from './job.js';

const settings = workerData as JobSettings;
parentPort?.on('message', (job: Job) => {
  parentPort?.postMessage(runJob(job, settings));
});
