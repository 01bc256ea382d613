/** What main says about a provider's answer: connection tests, things a provider does not know or cannot do. */
export const providerAnswerMessages = {
  'provider.test.oduyo.withCustomers': { tr: 'Ödüyo girişi başarılı; cari hesaplar okunabiliyor', en: 'Ödüyo login OK; customer accounts readable' },
  'provider.test.oduyo.noCustomers': { tr: 'Ödüyo girişi başarılı; henüz cari hesap yok', en: 'Ödüyo login OK; no customer accounts yet' },
  'provider.test.paynet': { tr: 'Paynet anahtarı kabul etti (bugün {count} PayLink)', en: 'Paynet accepted the key ({count} PayLink(s) today)' },
  'provider.test.paytr': { tr: 'PayTR bilgileri kabul etti (son bir dakikada {count} işlem)', en: 'PayTR accepted the credentials ({count} transaction(s) in the last minute)' },
  'provider.test.isbank': { tr: 'İşbank erişim anahtarı alındı; {count} üye işyeri: {numbers}', en: 'İşbank token OK; {count} merchant(s): {numbers}' },
  'provider.oduyo.customerNotFound': {
    tr: "Ödüyo'da bu cari hesap bulunamadı. Cari hesabı listeden seçin veya yeni bir cari oluşturun.",
    en: 'Customer account not found at Ödüyo. Pick it from the list or create a new one.',
  },
  'provider.isbank.unknownService': {
    tr: 'İşbank {serviceId} numaralı hizmeti bulamadı. Hizmet numarasını kontrol edin.',
    en: 'İşbank has no service {serviceId}. Check the service number.',
  },
  'provider.isbank.unknownMerchant': {
    tr: 'İşbank {merchantNo} numaralı üye işyerini tanımıyor. Hesap ayarlarındaki üye işyeri numarasını kontrol edin.',
    en: 'İşbank does not know merchant number {merchantNo}. Check the merchant number in the account settings.',
  },
  'provider.isbank.noMerchantList': {
    tr: 'İşbank bu uygulama için üye işyeri listesi bulamadı. Hesabın PayByLink yetkisini İşbank ile kontrol edin.',
    en: "İşbank found no merchant list for this application. Check the account's PayByLink access with İşbank.",
  },
} as const;
