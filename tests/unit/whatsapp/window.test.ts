import { describe, expect, it } from 'vitest';
import { isWindowOpen, WINDOW_MS, windowClosesAt, windowRemainingMs } from '../../../lambdas/channels/whatsapp/window';

const T = Date.UTC(2026, 10, 23, 12, 0, 0);
const HOUR = 3_600_000;

describe('24-hour customer-service window', () => {
  it('is open right after the user writes and until just before 24 hours', () => {
    expect(isWindowOpen(T, T)).toBe(true);
    expect(isWindowOpen(T, T + 23 * HOUR)).toBe(true);
    expect(isWindowOpen(T, T + WINDOW_MS - 1)).toBe(true);
  });

  it('is closed at exactly 24 hours and after', () => {
    expect(isWindowOpen(T, T + WINDOW_MS)).toBe(false);
    expect(isWindowOpen(T, T + 30 * HOUR)).toBe(false);
  });

  it('closes early by the safety margin', () => {
    expect(isWindowOpen(T, T + 23.5 * HOUR, HOUR)).toBe(false);
    expect(isWindowOpen(T, T + 22 * HOUR, HOUR)).toBe(true);
    expect(isWindowOpen(T, T + 23.5 * HOUR, -HOUR)).toBe(true);
  });

  it('counts a slightly future inbound time (clock skew) as open', () => {
    expect(isWindowOpen(T + 5000, T)).toBe(true);
  });

  it('counts non-finite inputs as closed', () => {
    expect(isWindowOpen(Number.NaN, T)).toBe(false);
    expect(isWindowOpen(T, Number.POSITIVE_INFINITY)).toBe(false);
    expect(windowRemainingMs(Number.NaN, T)).toBe(0);
  });

  it('reports when it closes and how long is left', () => {
    expect(windowClosesAt(T)).toBe(T + 24 * HOUR);
    expect(windowRemainingMs(T, T + 20 * HOUR)).toBe(4 * HOUR);
    expect(windowRemainingMs(T, T + 25 * HOUR)).toBe(0);
  });
});
