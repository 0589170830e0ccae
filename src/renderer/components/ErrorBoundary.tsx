import { Component, type ErrorInfo, type ReactNode } from 'react';
import { i18n } from '../i18n';

interface ErrorBoundaryState {
  error: Error | null;
}

/**
 * A bug in one render must not leave a white window: the user gets a readable message and a
 * reload button, and the details are there for whoever they call. Text comes from i18n.t
 * directly because hooks are not available in a class component.
 */
export class ErrorBoundary extends Component<{ children: ReactNode }, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { error: null };

  static getDerivedStateFromError(error: unknown): ErrorBoundaryState {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error('[renderer] render failed', error, info.componentStack);
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <main className="full-page" id="main">
        <div className="full-page__card" role="alert">
          <h1>{i18n.t('crash.title')}</h1>
          <p>{i18n.t('crash.body')}</p>
          <button
            type="button"
            className="button button--primary"
            onClick={() => window.location.reload()}
          >
            {i18n.t('crash.reload')}
          </button>
          <details className="full-page__details">
            <summary>{i18n.t('crash.details')}</summary>
            <pre>{`${error.name}: ${error.message}`}</pre>
          </details>
        </div>
      </main>
    );
  }
}
