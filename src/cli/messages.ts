// Lines for stderr: errors, notes and usage problems, one line each, named after the
// thing they are about. Colour only when stderr takes it (decided in the config).
import { Chalk } from 'chalk';
import type { Writable } from 'node:stream';

export function messenger(_stream: Writable, color: boolean) {
  const c = new Chalk({ level: color ? 1 : 0 });
  return {
    error: (text: string) => `${c.red('khabar:')} ${text}\n`,
    note: (text: string) => `${c.yellow('khabar:')} ${text}\n`,
    dim: (text: string) => c.dim(`khabar: ${text}`),
  };
}
