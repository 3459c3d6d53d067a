/**
 * A referral's life, shared by the person's commands and the advisers' API:
 * new → claimed → in_contact → referred_on | closed, and withdrawn by the
 * person at any point before it is finished.
 */
export const REFERRAL_STATUSES = ['new', 'claimed', 'in_contact', 'referred_on', 'closed', 'withdrawn'] as const;

export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];

/** Statuses an adviser may move a referral to from each status (claiming has its own endpoint). */
export const ADVISER_TRANSITIONS: Readonly<Record<ReferralStatus, readonly ReferralStatus[]>> = {
  new: ['claimed'],
  claimed: ['in_contact', 'closed'],
  in_contact: ['referred_on', 'closed'],
  referred_on: [],
  closed: [],
  withdrawn: [],
};

/** Why a referral was closed; advisers pick one so outcomes can be counted without reading notes. */
export const CLOSE_OUTCOMES = ['helped', 'not-eligible', 'no-response', 'declined', 'duplicate', 'other'] as const;

export type CloseOutcome = (typeof CLOSE_OUTCOMES)[number];

/** Nothing more happens to these; the person can no longer withdraw them. */
export function isFinished(status: ReferralStatus): boolean {
  return status === 'referred_on' || status === 'closed' || status === 'withdrawn';
}

export function canMove(from: ReferralStatus, to: ReferralStatus): boolean {
  return ADVISER_TRANSITIONS[from].includes(to);
}
