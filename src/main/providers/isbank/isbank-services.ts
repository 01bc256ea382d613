import { userText } from '@shared/i18n/user-text';
import type { Money } from '@shared/domain/money';
import { issuesToError } from '@shared/domain/validation';
import { AppFailure, type UserText } from '@shared/result';
import {
  parseServicePayment,
  parseServiceSpec,
  toServicePaymentBody,
  validateServiceForm,
  type ServiceFormModel,
  type ServiceFormValues,
  type ServicePaymentResult,
} from '@shared/service-spec';
import type { IsbankClient } from './isbank-client';

/**
 * Service-described payments (source 004: the Donation / collection services). The documented sample shows the
 * answers but not the endpoints, so the paths are *unverified* defaults, overridable per adapter
 * (`createIsbankAdapter({ servicePaths })`): `{service_id}` is replaced in `service`.
 */
export interface IsbankServicePaths {
  /** GET: the service's description (input fields, amount rules). */
  service: string;
  /** POST: pays a service with basic/selected input values and an amount. */
  payments: string;
}

export const DEFAULT_SERVICE_PATHS: IsbankServicePaths = {
  service: '/api/isbank/v1/donations/services/{service_id}',
  payments: '/api/isbank/v1/donations/payments',
};

export const serviceIdPattern = /^[A-Za-z0-9_-]{1,40}$/;

/** A 404 about a service: İşbank has no service with this number. */
function unknownService(serviceId: string): UserText {
  return userText('provider.isbank.unknownService', { serviceId });
}

export function serviceCalls(client: IsbankClient, paths: IsbankServicePaths) {
  async function spec(serviceId: string): Promise<ServiceFormModel> {
    if (!serviceIdPattern.test(serviceId)) throw AppFailure.of('invalid-input', 'Invalid service id', { field: 'serviceId' });
    const path = paths.service.replace('{service_id}', encodeURIComponent(serviceId));
    const { data } = await client.call({ method: 'GET', path, sideEffect: false, what: `service ${serviceId}`, notFound: unknownService(serviceId) });
    const model = parseServiceSpec(data);
    if (!model.ok) throw new AppFailure(model.error);
    return model.value;
  }

  return {
    spec,

    /**
     * Pays a service. The spec is fetched again and the values validated against it here in
     * main, whatever the renderer already checked; invalid values send nothing.
     */
    async pay(serviceId: string, values: ServiceFormValues, amount: Money): Promise<ServicePaymentResult> {
      const model = await spec(serviceId);
      if (!model.freePaymentAllowed) {
        throw AppFailure.of('unsupported', `Service ${serviceId} does not take free payments`);
      }
      const invalid = issuesToError(validateServiceForm(model, values, amount));
      if (invalid) throw new AppFailure(invalid);
      const body = toServicePaymentBody(model, values, amount);
      const { data } = await client.call({ method: 'POST', path: paths.payments, body, sideEffect: true, what: 'the payment', notFound: unknownService(serviceId) });
      const result = parseServicePayment(data);
      // Money may have moved: an answer we cannot read must not look like a refusal.
      if (!result.ok) throw AppFailure.of('ambiguous', `İşbank answered the payment but ${result.error.message.toLowerCase()}`);
      return result.value;
    },
  };
}
