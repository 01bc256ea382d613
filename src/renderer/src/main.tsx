import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { parseCustomerDisplayHash } from '@shared/print/customer-display';
import { App } from './app/app';
import { startAppCommands } from './app/app-commands';
import { startStores } from './app/bootstrap';
import { CustomerDisplayPage } from './features/print';
import { hasBridge } from './lib/ipc';
import './styles/tokens.css';
import './styles/base.css';

// The second-screen customer display is this page with its view in the URL (and no bridge).
const customerDisplay = parseCustomerDisplayHash(window.location.hash);
if (hasBridge() && !customerDisplay) {
  startStores();
  startAppCommands();
}

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>{customerDisplay ? <CustomerDisplayPage view={customerDisplay} /> : <App />}</StrictMode>,
  );
}
