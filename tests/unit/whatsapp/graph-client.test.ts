import { describe, expect, it } from 'vitest';
import {
  PermanentSendError,
  TransientSendError,
  UnexpectedResponseError,
  WindowClosedError,
} from '../../../lambdas/channels/whatsapp/graph-errors';
import { failure, graphError, harness, MESSAGE, RECIPIENT, SECRET_TEXT } from './helpers/fake-graph';

describe('send', () => {
  it('posts the message with the bearer token and returns the wamid', async () => {
    const h = harness([200]);
    await expect(h.client.send(MESSAGE)).resolves.toBe('wamid.OUT1');
    expect(h.calls).toHaveLength(1);
    const call = h.calls[0];
    expect(call?.url).toBe('https://graph.example.test/v23.0/106540352242922/messages');
    expect(call?.init.method).toBe('POST');
    expect(call?.init.headers).toMatchObject({ Authorization: 'Bearer secret-token', 'Content-Type': 'application/json' });
    expect(JSON.parse(String(call?.init.body))).toEqual(MESSAGE);
    expect(h.sleeps).toEqual([]);
  });

  it('retries 500 twice, then succeeds: one success, three calls, growing jittered backoff', async () => {
    const h = harness([500, 500, 200]);
    await expect(h.client.send(MESSAGE)).resolves.toBe('wamid.OUT1');
    expect(h.calls).toHaveLength(3);
    expect(h.sleeps).toEqual([125, 250]);
  });

  it.each([
    ['a timeout', 'hang' as const],
    ['a network error', 'network' as const],
    ['HTTP 429', 429],
    ['an HTML 502', { status: 502, raw: '<html>Bad gateway</html>' }],
    ['rate limit 130429', graphError(400, 130429, 'Rate limit hit')],
    ['pair rate limit 131056', graphError(400, 131056, 'Pair rate limit hit')],
    ['an is_transient error', graphError(400, 2, 'Service unavailable', { is_transient: true })],
  ])('retries after %s', async (_, step) => {
    const h = harness([step, 200]);
    await expect(h.client.send(MESSAGE)).resolves.toBe('wamid.OUT1');
    expect(h.calls).toHaveLength(2);
    expect(h.sleeps).toHaveLength(1);
  });

  it('maps 131047 to WindowClosedError without retrying', async () => {
    const h = harness([graphError(400, 131047, 'Re-engagement message')]);
    const err = await failure(h.client.send(MESSAGE));
    expect(err).toBeInstanceOf(WindowClosedError);
    expect(err).toMatchObject({ code: 131047, retryable: false, fbtraceId: 'AbC123' });
    expect(h.calls).toHaveLength(1);
  });

  it('maps another 4xx to PermanentSendError with code and title, without retrying', async () => {
    const h = harness([graphError(400, 100, '(#100) Invalid parameter')]);
    const err = await failure(h.client.send(MESSAGE));
    expect(err).toBeInstanceOf(PermanentSendError);
    expect(err).toMatchObject({ code: 100, title: '(#100) Invalid parameter', httpStatus: 400, retryable: false });
    expect(h.calls).toHaveLength(1);
    expect(h.sleeps).toEqual([]);
  });

  it('keeps message text and phone numbers out of error messages', async () => {
    const h = harness([graphError(400, 131030, `Recipient phone number +1 650-555-1234 not in allowed list: ${RECIPIENT}`)]);
    const err = await failure(h.client.send(MESSAGE));
    expect(err.message).not.toContain(SECRET_TEXT);
    expect(err.message).not.toContain(RECIPIENT);
    expect(err.message).not.toContain('650-555-1234');
    expect(err.message).toContain('131030');
    expect(JSON.stringify(err)).not.toContain(RECIPIENT);
  });

  it('gives up after maxAttempts with TransientSendError', async () => {
    const h = harness([503, 503, 503, 503, 200]);
    const err = await failure(h.client.send(MESSAGE));
    expect(err).toBeInstanceOf(TransientSendError);
    expect(err).toMatchObject({ reason: 'server', attempts: 4, httpStatus: 503, retryable: true });
    expect(h.calls).toHaveLength(4);
  });

  it('reports a timeout as the reason when every attempt times out', async () => {
    const h = harness(['hang', 'hang'], { maxAttempts: 2, timeoutMs: 5 });
    await expect(h.client.send(MESSAGE)).rejects.toMatchObject({ reason: 'timeout', attempts: 2 });
  });

  it('caps the backoff and applies full jitter', async () => {
    const h = harness([500, 500, 500, 500, 500, 200], { maxAttempts: 6, baseDelayMs: 250, maxDelayMs: 1000 }, () => 1);
    await h.client.send(MESSAGE);
    expect(h.sleeps).toEqual([250, 500, 1000, 1000, 1000]);
    const zero = harness([500, 200], {}, () => 0);
    await zero.client.send(MESSAGE);
    expect(zero.sleeps).toEqual([0]);
  });

  it('throws UnexpectedResponseError for a 2xx without messages[0].id, without retrying', async () => {
    const h = harness([{ status: 200, body: { messages: [] } }]);
    await expect(h.client.send(MESSAGE)).rejects.toBeInstanceOf(UnexpectedResponseError);
    expect(h.calls).toHaveLength(1);
  });
});
