import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { startAppCommands } from './app/app-commands';
import { startStores } from './app/bootstrap';
import { hasBridge } from './lib/ipc';
import './styles/tokens.css';
import './styles/base.css';

if (hasBridge()) {
  startStores();
  startAppCommands();
}

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
