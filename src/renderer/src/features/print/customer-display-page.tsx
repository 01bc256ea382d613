import type { CustomerDisplayView } from '@shared/print/customer-display';
import { CustomerDisplay } from './customer-display';

/**
 * The whole page of the second-screen window. That window has no bridge to main: it draws the view
 * main put in its URL, and main closes it on Esc.
 */
export function CustomerDisplayPage({ view }: { view: CustomerDisplayView }) {
  return (
    <main className="customer-display-page">
      <CustomerDisplay view={view} />
    </main>
  );
}
