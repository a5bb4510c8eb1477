// Picks the renderer for a format. Adding a format means adding a file here.
import type { Format, Renderer, RenderSettings } from './renderer.js';
import { JsonRenderer } from './json.js';
import { NdjsonRenderer } from './ndjson.js';
import { TableRenderer } from './table.js';
import { CsvRenderer } from './csv.js';
import { MarkdownRenderer } from './markdown.js';
import { ConllRenderer } from './conll.js';

export function createRenderer(format: Format, settings: RenderSettings): Renderer {
  switch (format) {
    case 'json':
      return new JsonRenderer(settings);
    case 'ndjson':
      return new NdjsonRenderer(settings);
    case 'csv':
      return new CsvRenderer(settings);
    case 'md':
      return new MarkdownRenderer(settings);
    case 'conll':
      return new ConllRenderer(settings);
    case 'table':
      return new TableRenderer(settings);
  }
}

export { FORMATS, type Format, type Renderer } from './renderer.js';
