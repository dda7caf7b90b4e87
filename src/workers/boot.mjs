// Worker entry in plain JavaScript: teaches the worker's own loader TypeScript, then starts the named module.
import { register } from 'tsx/esm/api';
import { workerData } from 'node:worker_threads';

register();
await import(workerData.module);
