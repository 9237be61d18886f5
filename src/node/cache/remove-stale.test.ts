import { existsSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { removeStale } from './remove-stale.mjs';

const DAY_MS = 24 * 60 * 60 * 1000;

describe('removeStale', () => {
  it("removes deck dev's files of decks not saved for 30 days and what a killed write left, nothing else", () => {
    const dir = mkdtempSync(join(tmpdir(), 'remove-stale-'));
    const now = Date.now();
    const files = {
      old: 'outline-0c40699af8e7.json',
      oldPaint: 'first-paint-0c40699af8e7.json',
      recent: 'first-paint-24c5105dfba6.json',
      partial: '.outline-1.json.42.partial',
      other: 'notes.txt',
    };
    for (const name of Object.values(files)) writeFileSync(join(dir, name), '{}');
    const age = (name: string, days: number) => utimesSync(join(dir, name), new Date(now - days * DAY_MS), new Date(now - days * DAY_MS));
    age(files.old, 31);
    age(files.oldPaint, 31);
    age(files.recent, 29);
    age(files.partial, 1);
    age(files.other, 400);
    removeStale(dir, { keep: '', now });
    const left = Object.values(files).filter((name) => existsSync(join(dir, name)));
    expect(left).toEqual([files.recent, files.other]);
  });
});
