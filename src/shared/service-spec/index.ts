export * from './service-form';
export { parseServiceSpec } from './parse-service-spec';
export { validateServiceForm, filled, type ServiceFormValues } from './validate-service-form';
export * from './service-payment';
