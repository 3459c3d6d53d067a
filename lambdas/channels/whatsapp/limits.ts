/**
 * WhatsApp Cloud API size limits: the one source of truth for the renderer,
 * the tests and anything else that has to stay inside them.
 *
 * Values come from Meta's documentation (see tests/fixtures/whatsapp/PROVENANCE.md).
 * Meta's OpenAPI spec carries most of them, but not all. For example, it allows
 * 10 rows per list section, while the documentation allows 10 rows in total.
 */
export const WHATSAPP_LIMITS = {
  /** Reply-button title. */
  buttonTitle: 20,
  /** Reply-button id (echoed back in `button_reply.id`). */
  buttonId: 256,
  /** Reply buttons per message (at least 1). */
  maxButtons: 3,
  /** Label of the button that opens a list message. */
  listButtonLabel: 20,
  /** List rows per message, counted across all sections. */
  listRowsTotal: 10,
  /** List row title. */
  rowTitle: 24,
  /** List row description. */
  rowDescription: 72,
  /** List row id (echoed back in `list_reply.id`). */
  rowId: 200,
  /** List section title. */
  sectionTitle: 24,
  /** Body text of an interactive message. */
  interactiveBody: 1024,
  /** Header text of an interactive message. */
  header: 60,
  /** Footer text of an interactive message. */
  footer: 60,
  /** Body of a plain text message. */
  textBody: 4096,
} as const;

/** Name of one limit, e.g. `'rowTitle'`. */
export type WhatsAppLimit = keyof typeof WHATSAPP_LIMITS;

/**
 * The length we measure against the limits: UTF-16 code units.
 *
 * Meta does not say whether it counts code units, code points or graphemes.
 * Code units are never fewer than the other two, so a string that fits by
 * this measure fits whichever one Meta uses. Emoji and supplementary-plane
 * characters cost two units each, so the check is on the safe side.
 */
export function measure(text: string): number {
  return text.length;
}

/** True when `text` fits the named limit (see {@link measure}). */
export function fits(text: string, limit: WhatsAppLimit): boolean {
  return measure(text) <= WHATSAPP_LIMITS[limit];
}
