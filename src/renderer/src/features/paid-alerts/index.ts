/** The paid alerts' store: History marks a payment seen through it. */
export { usePaidAlertsStore } from './paid-alerts-store';
