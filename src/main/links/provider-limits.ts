import type { ProviderId } from '@shared/domain/provider-id';
import { userText } from '@shared/i18n/user-text';
import { AppFailure, type UserText } from '@shared/result';

/**
 * Why a provider cannot do something for an existing link, in words a shop owner can act on.
 * The UI hides the button where the capability is missing; these answer when it is asked anyway
 * (an old record, another screen, a script).
 */
const cannotCancel: Partial<Record<ProviderId, UserText>> = {
  oduyo: userText('answer.limits.cancel.oduyo'),
  isbank: userText('answer.limits.cancel.isbank'),
};

const cannotLookUp: Partial<Record<ProviderId, UserText>> = {
  paytr: userText('answer.limits.lookup.paytr'),
  isbank: userText('answer.limits.lookup.isbank'),
};

export function cancelUnsupported(provider: ProviderId): AppFailure {
  const said = cannotCancel[provider] ?? userText('answer.limits.cancel.other');
  return AppFailure.of('unsupported', `${provider} links cannot be cancelled through the API`, { userText: said });
}

export function lookupUnsupported(provider: ProviderId): AppFailure {
  const said = cannotLookUp[provider] ?? userText('answer.limits.lookup.other');
  return AppFailure.of('unsupported', `${provider} has no status look-up for links`, { userText: said });
}
