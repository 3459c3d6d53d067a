import type { Construct } from 'constructs';
import { DEFAULT_ADVISER_TEMPLATE } from '../lambdas/channels/whatsapp/templates';

/** Log levels the Lambda code understands (LOG_LEVEL). */
const LOG_LEVELS = ['debug', 'info', 'warn', 'error'] as const;

/** Deploy-time knobs, read once from CDK context (`cdk.json` or `-c key=value`). */
export interface PathwaysSettings {
  /** Emit source maps and set NODE_OPTIONS=--enable-source-maps. Off by default: bigger bundles, slower cold starts. */
  readonly sourceMaps: boolean;
  readonly logLevel: (typeof LOG_LEVELS)[number];
  /** Meta's id for the sending number; not a secret, so it travels as plain config. */
  readonly whatsappPhoneNumberId: string;
  readonly whatsappApiVersion: string;
  /** Origins allowed to call the Direct Line API from a browser (the static web chat is served elsewhere). */
  readonly allowedOrigins: string[];
  /** Optional address subscribed to the alarm topic. */
  readonly alarmEmail: string | undefined;
  /** The number people message on WhatsApp (digits, country code first): topic pages' buttons and flyers. */
  readonly whatsappDisplayNumber: string;
  /** The public address (e.g. a custom domain); unset, the share function uses the host CloudFront forwards. */
  readonly publicBaseUrl: string | undefined;
  /** Name under which Meta approved the "your adviser has replied" template (content/whatsapp/templates.json). */
  readonly whatsappAdviserTemplate: string;
  /** Prefix of the advisers' Cognito sign-in domain; unset, `pathways-advisers-<account id>`. */
  readonly advisersDomainPrefix: string | undefined;
}

/**
 * Reads {@link PathwaysSettings} from context. `-c` values always arrive as
 * strings, so booleans and lists are parsed here rather than trusted.
 */
export function readSettings(scope: Construct): PathwaysSettings {
  const get = (key: string): unknown => scope.node.tryGetContext(key);

  const logLevel = String(get('logLevel') ?? 'info');
  if (!(LOG_LEVELS as readonly string[]).includes(logLevel)) {
    throw new Error(`Context logLevel must be one of ${LOG_LEVELS.join(', ')}; got "${logLevel}".`);
  }

  const origins = get('allowedOrigins') ?? '*';
  const allowedOrigins = (Array.isArray(origins) ? origins.map(String) : String(origins).split(','))
    .map((origin) => origin.trim())
    .filter(Boolean);

  const alarmEmail = get('alarmEmail');
  const whatsappDisplayNumber = String(get('whatsappDisplayNumber') ?? '15550000001');
  if (!/^\d{8,15}$/.test(whatsappDisplayNumber)) throw new Error(`Context whatsappDisplayNumber must be digits only, country code first; got "${whatsappDisplayNumber}".`);
  const publicBaseUrl = get('publicBaseUrl') ? String(get('publicBaseUrl')) : undefined;
  if (publicBaseUrl && !/^https:\/\/[^/]+$/.test(publicBaseUrl)) throw new Error(`Context publicBaseUrl must be https://<host> with no path; got "${publicBaseUrl}".`);
  const whatsappAdviserTemplate = String(get('whatsappAdviserTemplate') ?? DEFAULT_ADVISER_TEMPLATE);
  if (!/^[a-z0-9_]{1,512}$/.test(whatsappAdviserTemplate)) throw new Error(`Context whatsappAdviserTemplate must be a template name (a-z, 0-9, _); got "${whatsappAdviserTemplate}".`);
  const advisersDomainPrefix = get('advisersDomainPrefix') ? String(get('advisersDomainPrefix')) : undefined;
  if (advisersDomainPrefix && !/^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/.test(advisersDomainPrefix)) {
    throw new Error(`Context advisersDomainPrefix must be lower-case letters, digits and hyphens; got "${advisersDomainPrefix}".`);
  }
  return {
    sourceMaps: get('sourceMaps') === true || get('sourceMaps') === 'true',
    logLevel: logLevel as PathwaysSettings['logLevel'],
    whatsappPhoneNumberId: String(get('whatsappPhoneNumberId') ?? ''),
    whatsappApiVersion: String(get('whatsappApiVersion') ?? 'v23.0'),
    allowedOrigins,
    alarmEmail: typeof alarmEmail === 'string' && alarmEmail !== '' ? alarmEmail : undefined,
    whatsappDisplayNumber,
    publicBaseUrl,
    whatsappAdviserTemplate,
    advisersDomainPrefix,
  };
}
