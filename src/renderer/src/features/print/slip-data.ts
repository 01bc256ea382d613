import type { LinkRecord } from '@shared/domain/link-record';
import type { LinkType } from '@shared/domain/link';
import type { Money } from '@shared/domain/money';

/** Everything a slip prints, from one history record and the shop settings. */
export interface SlipData {
  shopName: string;
  /** A PNG or JPEG data URL from Settings. */
  logo?: string;
  linkType: LinkType;
  amount: Money;
  maxAmountMinor?: number;
  description: string;
  url: string;
  expiresAt?: string;
  reference: string;
  createdAt: string;
}

export function slipDataFrom(record: LinkRecord & { url: string }, shop: { shopName: string; shopLogo?: string }): SlipData {
  return {
    shopName: shop.shopName,
    logo: shop.shopLogo,
    linkType: record.linkType,
    amount: record.amount,
    maxAmountMinor: record.maxAmountMinor,
    description: record.description,
    url: record.url,
    expiresAt: record.expiresAt,
    reference: record.reference,
    createdAt: record.createdAt,
  };
}

export { typeableUrl } from '@shared/print/typeable-url';
