/**
 * Links for helpers: signed share links, their parts, and the pure check
 * behind the bot's "is this link really from Pathways?" answer.
 */
export { checkShareLink, type CheckLinkContext, type ShareLinkCheck } from './check-link';
export { findOrganisation, organisationsFile, RESERVED_SOURCE_CODES, type Organisation } from './organisations';
export { readSharePath, shareLinkUrl, topicPagePath, TOPIC_ID, trimBase, webchatPath, whatsappUrl } from './share-url';
export { isValidSignature, signLink, SIGNATURE_LENGTH, type LinkClaim } from './signature';
export { counterSource, verifyClaim, type ClaimCheck, type UnverifiedReason } from './verify-claim';
export { choosePrefill } from './whatsapp-phrase';
