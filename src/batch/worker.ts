/** A worker thread of the batch pool: runs each task it is sent and posts back its outcome. */
import { parentPort, workerData } from 'node:worker_threads';
import { runTask } from './task.js';
import { serializerFor, type BatchSettings, type Task } from './settings.js';

const settings = workerData as BatchSettings;
const serialize = serializerFor(settings);

parentPort?.on('message', (task: Task) => {
  void runTask(task, settings, serialize).then((outcome) => parentPort?.postMessage(outcome));
});
