// The order of a batch of index values, for imports that write profile_keys rows in index order.
// Large imports sort on a worker thread: the main thread goes on with the next batch of records while
// the previous one is sorted, which takes about a tenth off a million-profile import (bench/store.js).
import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads';

const compareText = (x: string, y: string): number => (x < y ? -1 : x > y ? 1 : 0);

/** Positions of the values in ascending order; equal values keep arrival order (array sort is stable). */
export function valueOrder(values: readonly string[]): number[] {
  const order = values.map((_, at) => at);
  return order.sort((a, b) => compareText(values[a] as string, values[b] as string)); // positions within values
}

// The worker sorts as valueOrder does. Its code is a string, evaluated as CommonJS: a file of its own
// would have a different path under src (tests), dist and the CLI bundle. It counts its answers in
// `answered`, which the main thread waits on: the main thread is inside a synchronous transaction,
// so it cannot receive messages as events.
const WORKER_SOURCE = `
const { parentPort, workerData: { port, answered } } = require('node:worker_threads');
const compareText = (x, y) => (x < y ? -1 : x > y ? 1 : 0);
parentPort.on('message', (lists) => {
  try {
    const orders = lists.map((values) =>
      Int32Array.from(values.map((_, at) => at).sort((a, b) => compareText(values[a], values[b]))));
    port.postMessage(orders, orders.map((order) => order.buffer));
  } catch (error) {
    port.postMessage(String(error));
  }
  Atomics.add(answered, 0, 1);
  Atomics.notify(answered, 0);
});
`;

// Sorting a batch takes milliseconds: a worker silent this long has failed.
const ANSWER_TIMEOUT_MS = 60_000;

export interface ValueOrderWorker {
  /** Starts sorting each list of values; `orders` returns the result. One sort at a time. */
  start(lists: readonly (readonly string[])[]): void;
  /** Waits for the sort started last and returns, for each list, valueOrder of its values. */
  orders(): Int32Array[];
  /** Stops the worker. */
  close(): void;
}

export function valueOrderWorker(): ValueOrderWorker {
  const answers = new MessageChannel();
  const answered = new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT));
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: { port: answers.port2, answered },
    transferList: [answers.port2],
  });
  worker.unref(); // close() ends it; a worker left over must not keep the process alive
  let asked = 0;
  return {
    start(lists) {
      worker.postMessage(lists);
      asked += 1;
    },
    orders() {
      for (let count = Atomics.load(answered, 0); count < asked; count = Atomics.load(answered, 0)) {
        if (Atomics.wait(answered, 0, count, ANSWER_TIMEOUT_MS) === 'timed-out') {
          throw new Error('the worker sorting index values did not answer');
        }
      }
      const answer: unknown = receiveMessageOnPort(answers.port1)?.message;
      if (!Array.isArray(answer)) throw new Error(`the worker sorting index values failed: ${String(answer)}`);
      return answer as Int32Array[];
    },
    close() {
      answers.port1.close();
      void worker.terminate();
    },
  };
}
