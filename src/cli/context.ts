// What a subcommand's action needs from the program: one call that settles the options
// into a Config and runs the batch. Keeps subcommand files to their own concerns.
import type { Part } from '../core/pipeline.js';
import type { Format } from '../render/index.js';
import type { View } from '../render/view.js';
import type { CommonOptions } from './config.js';

export interface CommandContext {
  execute(inputs: string[], options: CommonOptions, parts: Part[], view: View, formats?: Format[]): Promise<void>;
}
