/** Messages from the throughput bench's child processes to bench/main.ts (Node IPC). */
export type ChildMessage =
  | { kind: 'stand-in'; url: string; apiKey: string }
  | { kind: 'servers'; handlerUrl: string; proxyUrl: string }
  | { kind: 'counts'; counts: Record<string, number> }
  /** The stand-in now answers every request after `ms`. */
  | { kind: 'latency'; ms: number }
  /** CPU time the process has used so far, in microseconds (user + system). */
  | { kind: 'cpu'; micros: number };

/** Sends a message to the parent process. */
export const sendToParent = (message: ChildMessage) => process.send?.(message);

/** Answers the parent's `'cpu'` requests with this process's CPU time so far. */
export function answerCpuRequests() {
  process.on('message', (message) => {
    if (message !== 'cpu') return;
    const { user, system } = process.cpuUsage();
    sendToParent({ kind: 'cpu', micros: user + system });
  });
}
