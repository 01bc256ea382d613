/** İşbank service forms, opened from an account card. */
export { ServiceFormDialog } from './service-form-dialog';
export { useServiceFormStore } from './service-form-store';
