// The data stream (stdout) as khabar writes to it: awaits back-pressure so memory stays
// bounded, and turns a closed pipe (EPIPE, `| head`) into a quiet stop.
import type { Writable } from 'node:stream';

export class Output {
  closed = false;

  constructor(private readonly stream: Writable) {
    stream.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EPIPE' || err.code === 'ERR_STREAM_DESTROYED') this.closed = true;
      else throw err;
    });
  }

  async write(chunk: string | Uint8Array): Promise<void> {
    if (this.closed || !chunk.length) return;
    if (!this.stream.write(chunk)) {
      await new Promise<void>((resolve) => {
        const done = () => {
          this.stream.off('drain', done);
          this.stream.off('close', done);
          this.stream.off('error', done);
          resolve();
        };
        this.stream.on('drain', done);
        this.stream.on('close', done);
        this.stream.on('error', done);
      });
    }
  }
}
