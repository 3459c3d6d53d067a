/**
 * What goes in and out of the conversation core, independent of any channel.
 * Channels (web chat, WhatsApp) translate their payloads to `UserInput` and
 * render `Reply` in their own way (buttons, lists, numbered text).
 */

/** A choice the user can pick. `id` is stable and language-independent; `title` is what is shown. */
export interface Choice {
  id: string;
  title: string;
  /** Optional second line; shown in WhatsApp list rows, ignored where there is no room. */
  description?: string;
}

/** One message from the bot. */
export interface Reply {
  text: string;
  /** Choices offered with this message; a channel shows them as buttons, a list or numbered lines. */
  choices?: Choice[];
  /** Label of the button that opens a list of choices (WhatsApp lists need one). */
  choicesLabel?: string;
}

/** What the user did, as the core understands it. */
export type UserInput =
  /** `messageId` is the channel's id for the message, so passing it on (e.g. to an adviser) happens once. */
  | { kind: 'text'; text: string; messageId?: string }
  | { kind: 'choice'; id: string }
  /** The user opened the conversation, possibly from a helper's link. */
  | { kind: 'start'; topic?: string; language?: string; source?: string }
  /** Something the bot cannot read (image, voice note, sticker, location...). */
  | { kind: 'unsupported'; what: string };
