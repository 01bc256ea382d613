import { z } from 'zod';

export const providerIds = ['paytr', 'paynet', 'oduyo', 'isbank'] as const;
export const providerIdSchema = z.enum(providerIds);
export type ProviderId = z.infer<typeof providerIdSchema>;

export const providerNames: Record<ProviderId, string> = {
  paytr: 'PayTR',
  paynet: 'Paynet',
  oduyo: 'Ödüyo',
  isbank: 'İşbank',
};
