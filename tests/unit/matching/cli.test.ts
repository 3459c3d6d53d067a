import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { LANGUAGE_CODES } from '../../../lambdas/core/languages';

/** The CLI contract other tools rely on: exactly this shape, one object per query. */
const candidate = z.object({ topic: z.string().regex(/^[a-z]+\.[a-z0-9-]+$/u), area: z.string(), confidence: z.number().min(0).max(1) }).strict();
const result = z
  .object({
    topic: z.string().regex(/^[a-z]+\.[a-z0-9-]+$/u).nullable(),
    area: z.string().nullable(),
    language: z.enum(LANGUAGE_CODES as [string, ...string[]]),
    confidence: z.number().min(0).max(1),
    alternatives: z.array(candidate),
  })
  .strict();

function cli(args: string[], input?: string) {
  const r = spawnSync('npx', ['tsx', 'scripts/cli.ts', 'match', ...args], { encoding: 'utf8', input, timeout: 30_000 });
  return { status: r.status, lines: r.stdout.split('\n').filter((l) => l !== '') };
}

describe('cli match', { timeout: 60_000 }, () => {
  it('prints exactly one JSON object of the contract shape', () => {
    const { status, lines } = cli(['I lost my travel document']);
    expect(status).toBe(0);
    expect(lines).toHaveLength(1);
    const parsed = result.parse(JSON.parse(lines[0] as string));
    expect(parsed.topic).toBe('ctd.lost-or-expired');
    expect(parsed.area).toBe('ctd');
    expect(Object.keys(parsed)).toEqual(['topic', 'area', 'language', 'confidence', 'alternatives']);
  });

  it('prints topic null for an out-of-scope question', () => {
    const parsed = result.parse(JSON.parse(cli(['recipe for pizza']).lines[0] as string));
    expect(parsed).toMatchObject({ topic: null, area: null });
  });

  it('--jsonl answers every non-empty line in order, and errors per line with exit 1', () => {
    const input = [
      JSON.stringify({ text: 'hello' }),
      '',
      JSON.stringify({ text: 'مرحبا', lang: 'ar' }),
      'not json',
      JSON.stringify({ text: 'recipe for pizza' }),
      JSON.stringify({ text: 'x', lang: 'xx' }),
      JSON.stringify({ text: 'delete my data', lang: 'en' }),
    ].join('\n');
    const { status, lines } = cli(['--jsonl'], `${input}\n`);
    expect(status).toBe(1);
    expect(lines).toHaveLength(6);
    const parsed = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(result.parse(parsed[0]).topic).toBe('menu.greeting');
    expect(result.parse(parsed[1])).toMatchObject({ topic: 'menu.greeting', language: 'ar' });
    expect(z.object({ error: z.string() }).strict().parse(parsed[2])).toBeTruthy();
    expect(result.parse(parsed[3]).topic).toBeNull();
    expect(z.object({ error: z.string() }).strict().parse(parsed[4])).toBeTruthy();
    expect(result.parse(parsed[5]).topic).toBe('privacy.delete');
  });

  it('--jsonl exits 0 when every line is well formed', () => {
    const { status, lines } = cli(['--jsonl'], `${JSON.stringify({ text: 'hi' })}\n${JSON.stringify({ text: 'stop' })}`);
    expect(status).toBe(0);
    expect(lines).toHaveLength(2);
    for (const line of lines) result.parse(JSON.parse(line));
  });
});
