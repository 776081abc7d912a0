// The understanding worker's thread (started by understandingWorker.ts): the knowledge base it is
// given, built into the same MessageUnderstanding as the main thread's (embedded recogniser, risk
// patterns and classifier), reading the messages the main thread has not remembered.
import { parentPort, workerData } from 'node:worker_threads';
import { buildUnderstanding } from '../../buildUnderstanding';
import { describeError } from '../../observability/describeError';
import type { ThreadMessage, ThreadRequest, ThreadStart } from './understandingWorker';

const port = parentPort;
if (port === null) throw new Error('understandingThread runs only as a worker thread');
const start = workerData as ThreadStart;
const understanding = buildUnderstanding(start.knowledgeBase, { MaxMessageChars: start.maxChars });
const send = (message: ThreadMessage) => port.postMessage(message);

port.on('message', (request: ThreadRequest) => {
  understanding.understandWatched(request).then(
    (made) => send({ id: request.id, decision: made.decision, readPrevious: made.readPrevious }),
    // The main thread reads the message itself; the error, without the person's words, is logged there.
    (error: unknown) => send({ id: request.id, error: describeError(error, { redact: request.text }) }),
  );
});
send({ ready: true });
