// First import: it must run before any module that builds a zod schema.
import './zod-setup';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './styles/app.css';
import './i18n';
import { App } from './App';
import { ErrorBoundary } from './components/ErrorBoundary';
import { FirstRunChoiceView } from './features/setup/FirstRunChoiceView';
import { isFirstRunWindow } from './features/setup/first-run-choice';

const root = document.getElementById('root');
if (!root) throw new Error('index.html lacks #root');

createRoot(root).render(
  <StrictMode>
    <ErrorBoundary>
      {/* The desktop's first start shows its choice before any data (and API) exists. */}
      {isFirstRunWindow(location.search, window.linimasaDesktop !== undefined) ? (
        <FirstRunChoiceView />
      ) : (
        <App />
      )}
    </ErrorBoundary>
  </StrictMode>,
);
