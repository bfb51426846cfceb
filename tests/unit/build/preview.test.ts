/** `npm run preview` (astro preview) serves the built site with the same security headers the site ships in _headers. */
import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { SECURITY_HEADERS } from '../../../src/site/security.ts';
import { tempDir } from './astro.ts';

/** A port nobody listens on right now. */
const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

describe('astro preview', () => {
  it('sends the Content Security Policy and nosniff with every response', async () => {
    const out = path.join(tempDir(), 'dist');
    mkdirSync(path.join(out, 'en'), { recursive: true });
    writeFileSync(path.join(out, 'en', 'index.html'), '<!doctype html><title>x</title>');
    const port = await freePort();
    const child = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'preview', '--host', '127.0.0.1', '--port', String(port)], {
      env: { ...process.env, ERRCAT_OUT: out, ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: 'ignore',
    });
    try {
      let res: Response | undefined;
      for (let i = 0; i < 120 && !res; i++) {
        res = await fetch(`http://127.0.0.1:${port}/en/`).catch(() => undefined);
        if (!res) await new Promise((r) => setTimeout(r, 500));
      }
      expect(res?.status).toBe(200);
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(res!.headers.get(name)).toBe(value);
    } finally {
      child.kill();
    }
  }, 90_000);
});
