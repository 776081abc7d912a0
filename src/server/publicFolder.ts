import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * The app's own `public/` folder (the chat page and agent console assets). Part of the code, not
 * content, so it is found from this file, whether run from `src/` (tsx) or `dist/src/` (compiled)
 * and whatever the working directory: the nearest folder above holding `package.json`.
 */
export function defaultPublicFolder(from: string = __dirname): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json'))) return path.join(dir, 'public');
    if (path.dirname(dir) === dir) return path.resolve('public');
  }
}
