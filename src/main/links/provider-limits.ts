import type { ProviderId } from '@shared/domain/provider-id';
import { AppFailure, type LocalizedText } from '@shared/result';

/**
 * Why a provider cannot do something for an existing link, in words a shop owner can act on.
 * The UI hides the button where the capability is missing; these answer when it is asked anyway
 * (an old record, another screen, a script).
 */
const cannotCancel: Partial<Record<ProviderId, LocalizedText>> = {
  oduyo: {
    tr: 'Ödüyo, ödeme linklerini API üzerinden iptal etmeye izin vermiyor (belgelenmiş bir iptal çağrısı yok). Linki Ödüyo panelinden kapatın.',
    en: 'Ödüyo offers no way to cancel a payment link through its API (no cancel call is documented). Close the link in the Ödüyo panel.',
  },
  isbank: {
    tr: 'İşbank PayByLink’te link iptal eden bir çağrı yok; linkler bir gün sonra kendiliğinden geçersiz olur.',
    en: 'İşbank PayByLink has no call that cancels a link; links stop working by themselves after one day.',
  },
};

const cannotLookUp: Partial<Record<ProviderId, LocalizedText>> = {
  paytr: {
    tr: 'PayTR Link API’de durum sorgulama yok: ödemeler yalnızca herkese açık bir bildirim (callback) adresine bildiriliyor. Ödeme geldiyse linki elle “ödendi” olarak işaretleyin.',
    en: 'PayTR’s Link API has no status look-up: payments are reported only to a public callback address. If the payment arrived, mark the link as paid by hand.',
  },
  isbank: {
    tr: 'İşbank PayByLink’te link durumunu sorgulayan belgelenmiş bir çağrı yok. Ödeme geldiyse linki elle “ödendi” olarak işaretleyin.',
    en: 'İşbank PayByLink documents no call that looks up a link’s status. If the payment arrived, mark the link as paid by hand.',
  },
};

export function cancelUnsupported(provider: ProviderId): AppFailure {
  const userMessage = cannotCancel[provider] ?? {
    tr: 'Bu sağlayıcı linkleri iptal etmeye izin vermiyor.',
    en: 'This provider does not allow cancelling links.',
  };
  return AppFailure.of('unsupported', `${provider} links cannot be cancelled through the API`, { userMessage });
}

export function lookupUnsupported(provider: ProviderId): AppFailure {
  const userMessage = cannotLookUp[provider] ?? {
    tr: 'Bu sağlayıcı link durumunu sorgulamaya izin vermiyor.',
    en: 'This provider does not allow looking up a link’s status.',
  };
  return AppFailure.of('unsupported', `${provider} has no status look-up for links`, { userMessage });
}
