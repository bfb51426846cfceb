/** Writing catalog files safely: to a temporary file first, then renamed over the old one. */
import { renameSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';

export function writeFileAtomic(file: string, content: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  writeFileSync(tmp, content);
  renameSync(tmp, file);
}
