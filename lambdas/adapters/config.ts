import * as z from 'zod';
import { DEFAULT_RETENTION_DAYS } from '../core/retention';
import { optionalEnv, parseConfig } from './env';

/**
 * Configuration shared by every function, parsed once at cold start from the
 * environment. A bad value fails the cold start with a clear message rather
 * than a confusing error mid-conversation. Every variable is listed in the
 * README's configuration table.
 */
/** A secret given by value (local) or by its Secrets Manager name (AWS); optional ones may have neither. */
const secretFields = (minLength: number) => z.object({ value: z.string().min(minLength).optional(), name: z.string().min(1).optional() });

/** A required secret: its value or its name must be set, and the error names both variables. */
export const secretRef = (valueVar: string, nameVar: string, minLength = 16) =>
  secretFields(minLength).refine((s) => s.value || s.name, `set ${valueVar} (local) or ${nameVar} (AWS Secrets Manager)`);

/** A secret a feature uses only when it is configured. */
export const optionalSecretRef = (minLength = 16) => secretFields(minLength);

export const baseConfigSchema = z.object({
  tableName: z.string().min(3).default('pathways'),
  region: z.string().min(1).default('us-east-1'),
  dynamodbEndpoint: z.url().optional(),
  pepper: secretRef('PEPPER', 'PEPPER_SECRET_NAME'),
  stateRetentionDays: z.coerce.number().positive().max(3650).default(DEFAULT_RETENTION_DAYS.state),
  logLevel: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
  /** Where people reach the service: told to them so they can recognise the genuine one. */
  publicBaseUrl: z.url().default('http://localhost:3000'),
  whatsappDisplayNumber: z.string().regex(/^\+?\d{6,15}$/).default('+15550000001'),
});

export type BaseConfig = z.infer<typeof baseConfigSchema>;

type Env = Record<string, string | undefined>;

const opt = optionalEnv;

export function baseConfigInput(env: Env) {
  return {
    tableName: opt(env.TABLE_NAME),
    region: opt(env.AWS_REGION),
    dynamodbEndpoint: opt(env.DYNAMODB_ENDPOINT),
    pepper: { value: opt(env.PEPPER), name: opt(env.PEPPER_SECRET_NAME) },
    stateRetentionDays: opt(env.STATE_RETENTION_DAYS),
    logLevel: opt(env.LOG_LEVEL),
    publicBaseUrl: opt(env.PUBLIC_BASE_URL),
    whatsappDisplayNumber: opt(env.WHATSAPP_DISPLAY_NUMBER),
  };
}

export { optionalEnv, parseConfig };


/** The turn dependencies every channel shares, from the parsed base configuration. */
export function identityOf(config: BaseConfig) {
  return { whatsappNumber: config.whatsappDisplayNumber, baseUrl: config.publicBaseUrl.replace(/\/$/, '') };
}
