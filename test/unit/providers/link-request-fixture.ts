import { randomBytes } from 'node:crypto';
import type { CreateLinkRequest } from '../../../src/shared/domain/link';

/** A fresh app reference (`PD` + 16 uppercase hex), as the link service would generate. */
export const newReference = (): string => `PD${randomBytes(8).toString('hex').toUpperCase()}`;

/** A valid PayTR product link request; tests override what they exercise. */
export function paytrRequest(overrides: Partial<CreateLinkRequest> = {}): CreateLinkRequest {
  return {
    reference: newReference(),
    linkType: 'product',
    amount: { minor: 1445, currency: 'TRY' },
    description: 'Test Urun',
    customer: {},
    maxInstallments: 12,
    language: 'tr',
    notifyBySms: false,
    notifyByEmail: false,
    ...overrides,
  };
}

/** A valid Paynet amount link request. */
export function paynetRequest(overrides: Partial<CreateLinkRequest> = {}): CreateLinkRequest {
  return {
    reference: newReference(),
    linkType: 'amount',
    amount: { minor: 14999, currency: 'TRY' },
    description: 'Kasım ayı aidatı',
    customer: { name: 'Ayşe Yılmaz' },
    maxInstallments: 1,
    language: 'tr',
    notifyBySms: false,
    notifyByEmail: false,
    ...overrides,
  };
}
