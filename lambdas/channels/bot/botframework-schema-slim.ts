/**
 * The five botframework-schema enums that the botbuilder-core modules we bundle read at run
 * time. botframework-schema's index also builds zod (v3) schemas at load, about 20 ms of
 * every cold start; the bundler points botbuilder-core's imports of it here instead.
 * tests/unit/channels/botframework-schema-slim.test.ts proves these equal the real values.
 */
export const ActivityTypes = {
  "Message": "message",
  "ContactRelationUpdate": "contactRelationUpdate",
  "ConversationUpdate": "conversationUpdate",
  "Typing": "typing",
  "EndOfConversation": "endOfConversation",
  "Event": "event",
  "Invoke": "invoke",
  "InvokeResponse": "invokeResponse",
  "DeleteUserData": "deleteUserData",
  "MessageUpdate": "messageUpdate",
  "MessageDelete": "messageDelete",
  "InstallationUpdate": "installationUpdate",
  "MessageReaction": "messageReaction",
  "Suggestion": "suggestion",
  "Trace": "trace",
  "Handoff": "handoff",
  "Command": "command",
  "CommandResult": "commandResult"
} as const;

export const Channels = {
  "Alexa": "alexa",
  "Console": "console",
  "Directline": "directline",
  "DirectlineSpeech": "directlinespeech",
  "Email": "email",
  "Emulator": "emulator",
  "Facebook": "facebook",
  "Groupme": "groupme",
  "Kik": "kik",
  "Line": "line",
  "M365": "m365extensions",
  "Msteams": "msteams",
  "Omni": "omnichannel",
  "Outlook": "outlook",
  "Skype": "skype",
  "Skypeforbusiness": "skypeforbusiness",
  "Slack": "slack",
  "Sms": "sms",
  "Telegram": "telegram",
  "Telephony": "telephony",
  "Test": "test",
  "Twilio": "twilio-sms",
  "Webchat": "webchat"
} as const;

export const DeliveryModes = {
  "Normal": "normal",
  "Notification": "notification",
  "ExpectReplies": "expectReplies",
  "Ephemeral": "ephemeral"
} as const;

export const InputHints = {
  "AcceptingInput": "acceptingInput",
  "IgnoringInput": "ignoringInput",
  "ExpectingInput": "expectingInput"
} as const;

export const StatusCodes = {
  "200": "OK",
  "201": "CREATED",
  "300": "MULTIPLE_CHOICES",
  "400": "BAD_REQUEST",
  "401": "UNAUTHORIZED",
  "404": "NOT_FOUND",
  "405": "METHOD_NOT_ALLOWED",
  "409": "CONFLICT",
  "412": "PRECONDITION_FAILED",
  "426": "UPGRADE_REQUIRED",
  "500": "INTERNAL_SERVER_ERROR",
  "501": "NOT_IMPLEMENTED",
  "502": "BAD_GATEWAY",
  "OK": 200,
  "CREATED": 201,
  "MULTIPLE_CHOICES": 300,
  "BAD_REQUEST": 400,
  "UNAUTHORIZED": 401,
  "NOT_FOUND": 404,
  "METHOD_NOT_ALLOWED": 405,
  "CONFLICT": 409,
  "PRECONDITION_FAILED": 412,
  "UPGRADE_REQUIRED": 426,
  "INTERNAL_SERVER_ERROR": 500,
  "NOT_IMPLEMENTED": 501,
  "BAD_GATEWAY": 502
} as const;
