import type { ErrorCode } from '../../result';

/** One friendly text per error code, in both languages. The only place codes become words. */
export const errorCodeMessages = {
  'error.invalid-input': {
    tr: 'Girilen bilgilerden biri geçerli değil. Lütfen kontrol edin.',
    en: 'Some of the information entered is not valid. Please check it.',
  },
  'error.credential-missing': {
    tr: 'Bu hesabın gizli anahtarı eksik. Ayarlar’dan hesabı düzenleyip anahtarı girin.',
    en: 'A secret key of this account is missing. Edit the account in Settings and enter it.',
  },
  'error.keychain-unavailable': {
    tr: 'Bilgisayarın anahtar zincirine ulaşılamadı, gizli anahtarlar kaydedilemedi. PayDesk anahtarları asla düz metin olarak saklamaz.',
    en: "The computer's keychain could not be reached, so the secret keys were not saved. PayDesk never stores keys as plain text.",
  },
  'error.auth-failed': {
    tr: 'Sağlayıcı giriş bilgilerini kabul etmedi. Hesap numarasını ve anahtarları kontrol edin.',
    en: 'The provider did not accept the credentials. Check the account number and keys.',
  },
  'error.provider-rejected': {
    tr: 'Sağlayıcı isteği kabul etmedi.',
    en: 'The provider did not accept the request.',
  },
  'error.provider-unavailable': {
    tr: 'Sağlayıcının sunucusu şu anda yanıt vermiyor. Biraz sonra tekrar deneyin.',
    en: "The provider's server is not answering right now. Please try again shortly.",
  },
  'error.network': {
    tr: 'Sağlayıcıya ulaşılamıyor. İnternet bağlantınızı kontrol edin.',
    en: 'The provider cannot be reached. Check your internet connection.',
  },
  'error.timeout': {
    tr: 'Sağlayıcı zamanında yanıt vermedi. Biraz sonra tekrar deneyin.',
    en: 'The provider did not answer in time. Please try again shortly.',
  },
  'error.ambiguous': {
    tr: 'İstek sağlayıcıya ulaşmış olabilir ama yanıt gelmedi. Tekrar denemeden önce sağlayıcının panelini kontrol edin.',
    en: "The request may have reached the provider but no answer came back. Check the provider's panel before trying again.",
  },
  'error.not-found': {
    tr: 'Kayıt bulunamadı; bu arada silinmiş olabilir.',
    en: 'The record was not found; it may have been deleted meanwhile.',
  },
  'error.conflict': {
    tr: 'Bu kayıt bu arada değişti. Güncel hâlini görüp tekrar deneyin.',
    en: 'This record changed in the meantime. Look at the current version and try again.',
  },
  'error.unsupported': {
    tr: 'Bu sağlayıcı bu işlemi desteklemiyor.',
    en: 'This provider does not support this action.',
  },
  'error.data-folder-in-use': {
    tr: 'PayDesk bu bilgisayarda zaten açık (ya da bu veri klasörünü başka bir bilgisayar kullanıyor).',
    en: 'PayDesk is already open on this computer (or another computer uses this data folder).',
  },
  'error.storage-write-failed': {
    tr: 'PayDesk verilerini diske kaydedemedi.',
    en: 'PayDesk could not save its data to the disk.',
  },
  'error.internal': {
    tr: 'Beklenmeyen bir sorun oldu. Uygulamayı yeniden başlatıp tekrar deneyin.',
    en: 'Something unexpected went wrong. Restart the app and try again.',
  },
  'error.providerSaid': { tr: 'Sağlayıcının yanıtı: {message}', en: 'The provider said: {message}' },
  'error.retryAfter': {
    tr: 'Sağlayıcı {seconds} saniye beklemenizi istedi.',
    en: 'The provider asked you to wait {seconds} seconds.',
  },
} as const satisfies Record<`error.${ErrorCode}` | 'error.providerSaid' | 'error.retryAfter', unknown>;
