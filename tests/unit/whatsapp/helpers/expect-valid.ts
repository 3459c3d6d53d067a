import { expect } from 'vitest';
import type { GraphMessage } from '../../../../lambdas/channels/whatsapp/outbound-types';
import { limitViolations } from './limits-check';
import { sendMessageValidator } from './meta-spec';

/**
 * Returns an assertion that every message validates against Meta's
 * send-message schema (allOf defect worked around) and passes the
 * field-by-field limits check. Compiling the validator parses the 1 MB spec,
 * so build this once per test file.
 */
export function makeExpectValid(): (messages: readonly GraphMessage[]) => void {
  const validate = sendMessageValidator();
  return (messages) => {
    for (const m of messages) {
      const ok = validate(m);
      expect(ok, `schema: ${JSON.stringify(validate.errors?.slice(0, 3))}`).toBe(true);
      expect(limitViolations(m)).toEqual([]);
    }
  };
}
