/** Looking at the first bytes of a stream without losing them. */
import { Readable } from 'node:stream';

/**
 * Reads the first `bytes` of a stream and gives back a stream that replays them before the rest,
 * so that the format can be told by its magic bytes without buffering the object.
 */
export async function peek(body: Readable, bytes: number): Promise<{ head: Buffer; rest: Readable }> {
  const iterator = body[Symbol.asyncIterator]() as AsyncIterator<Uint8Array>;
  const chunks: Buffer[] = [];
  let length = 0;
  let done = false;
  while (length < bytes) {
    const r = await iterator.next();
    if (r.done) {
      done = true;
      break;
    }
    chunks.push(Buffer.from(r.value.buffer, r.value.byteOffset, r.value.byteLength));
    length += r.value.byteLength;
  }
  const head = Buffer.concat(chunks);
  async function* replay(): AsyncGenerator<Buffer> {
    try {
      if (head.length > 0) yield head;
      while (!done) {
        const r = await iterator.next();
        if (r.done) return;
        yield Buffer.from(r.value.buffer, r.value.byteOffset, r.value.byteLength);
      }
    } finally {
      // Ends the HTTP response when the reader stops early (corrupt data): frees the socket.
      await iterator.return?.();
    }
  }
  return { head, rest: Readable.from(replay(), { objectMode: false }) };
}
