import type { SlipData } from '../../../../src/renderer/src/features/print/slip-data';

/** A small PNG (a sun and two bars), as Settings stores a shop logo. */
export const LOGO_DATA_URL =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAHgAAAAoCAYAAAA16j4lAAAA/UlEQVR4Ae3BS3ICMRBEwVcdc2mdQMcuw46FPwODFKajMuUboq0iWiuitSJaK6K1Ilo7uEBDnOVpYr+DF2iIZ2mIO08T+xRP0hBXaIjY5+AkDfEuGuLO07xCEvE92zwqTtAQK2iIWKuI1oo/aIiVNESsU/xCQ+ygIWKNIlorfqAhdtIQ8X4HH8g2cU4RrRXRWhGtFdFaEa0V0VoRrRXR2sEHkkR8zzaPih94mp08TbxfEa0Vv/A0O3iaWKP4g6dZydPEOkW0VpzgaVbwNLGWfMMTNMRVnib2KJ7kaa7wNLHPwQs8zZ2GOMvTxH4HF3ia+N+KaK2I1oporYjWvgABDkRSbnqyfAAAAABJRU5ErkJggg==';

/** The rest of the slip; the test passes the long URL and description in the page address. */
export const slipFixtureData: Omit<SlipData, 'url' | 'description'> = {
  shopName: 'Güneş Çiçekçilik & Hediyelik Eşya Dükkânı',
  linkType: 'amount',
  amount: { minor: 1_250_050, currency: 'TRY' },
  expiresAt: '2026-11-23T20:59:00.000Z',
  reference: 'PD7QK2M9X4T8B1',
  createdAt: '2026-11-22T11:05:00.000Z',
};
