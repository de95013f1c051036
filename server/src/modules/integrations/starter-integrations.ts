import type { AuthTypeId } from '@keyward/shared/integration-auth-types';
import type { IntegrationTypeId, ProviderId } from '@keyward/shared/integration-catalog';

export interface StarterIntegration {
  /** Stable id of the starter, so seeding is idempotent. */
  key: string;
  name: string;
  description: string;
  type: IntegrationTypeId;
  provider: ProviderId;
  authType: AuthTypeId;
  baseUrl?: string;
  testPath?: string;
  settings?: Record<string, unknown>;
}

/** The system integrations a new installation starts with. */
export const STARTER_INTEGRATIONS: readonly StarterIntegration[] = [
  { key: 'gmail', name: 'Gmail', description: 'Send email through Gmail over SMTP (smtp.gmail.com, port 465 or 587, an app password).', type: 'EMAIL', provider: 'smtp', authType: 'NONE' },
  { key: 'openai', name: 'OpenAI', description: 'GPT models for the AI Agent and Voice Call nodes.', type: 'AI_PROVIDER', provider: 'openai', authType: 'NONE' },
  {
    key: 'stripe-rest',
    name: 'Stripe REST',
    description: 'The Stripe REST API with a secret key as Bearer token.',
    type: 'REST_API',
    provider: 'rest',
    authType: 'BEARER',
    baseUrl: 'https://api.stripe.com',
    testPath: '/v1/balance',
  },
  { key: 'postgresql', name: 'PostgreSQL', description: 'A PostgreSQL database for the SQL and SQL Tool nodes.', type: 'DATABASE', provider: 'postgresql', authType: 'NONE' },
  { key: 'twilio', name: 'Twilio', description: 'Send SMS with Twilio.', type: 'SMS', provider: 'twilio', authType: 'NONE' },
  { key: 'amazon-s3', name: 'Amazon S3', description: 'Files in Amazon S3 buckets for the File Manager Tool node.', type: 'STORAGE', provider: 'amazon_s3', authType: 'NONE' },
];
