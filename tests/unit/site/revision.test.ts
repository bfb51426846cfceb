import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { catalogRevision, recordRevision, revisionOf } from '../../../src/site/revision.ts';

let repo: string;
const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], { cwd: repo, stdio: 'ignore' });

beforeEach(() => {
  repo = mkdtempSync(path.join(os.tmpdir(), 'errcat-revision-'));
  git('init', '-q');
  writeFileSync(path.join(repo, 'site.yaml'), 'name: test\n');
  git('add', '.');
  git('commit', '-q', '-m', 'catalog');
});

afterEach(() => {
  delete (globalThis as Record<symbol, unknown>)[Symbol.for('errcat.revision')];
  rmSync(repo, { recursive: true, force: true });
});

describe('the catalog revision of a build', () => {
  test('a clean checkout gives the last commit of the catalog', () => {
    const id = execFileSync('git', ['log', '-1', '--format=%h'], { cwd: repo, encoding: 'utf8' }).trim();
    expect(catalogRevision(repo).id).toBe(id);
  });

  test('the revision recorded before the pages is what every page gets, even after the folder changes', () => {
    const recorded = recordRevision(repo);
    writeFileSync(path.join(repo, 'site.yaml'), 'name: changed\n');
    expect(catalogRevision(repo).id).not.toBe(recorded.id);
    expect(revisionOf(repo)).toBe(recorded);
    expect(revisionOf(`${repo}/`)).toBe(recorded);
  });

  test('without a recorded revision, or for another folder, the revision is read afresh', () => {
    expect(revisionOf(repo).id).toBe(catalogRevision(repo).id);
    const other = mkdtempSync(path.join(os.tmpdir(), 'errcat-revision-other-'));
    try {
      writeFileSync(path.join(other, 'site.yaml'), 'name: other\n');
      recordRevision(repo);
      expect(revisionOf(other).id).toBe(catalogRevision(other).id);
      expect(revisionOf(other).id).not.toBe(revisionOf(repo).id);
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  });
});
