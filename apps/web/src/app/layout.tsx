import { Component, type ErrorInfo, type ReactNode, Suspense, useEffect } from 'react';
import { NavLink, Outlet, ScrollRestoration, useLocation } from 'react-router';
import { useCurrentMarkings } from '../lib/marking';
import { ErrorView, Loading } from '../lib/status-views';

/** The marking banner (top and bottom of the page, and on print), shown only for restricted content. */
function MarkingBanner({ position }: { position: 'top' | 'bottom' }) {
  const markings = useCurrentMarkings();
  if (markings.length === 0) return null;
  const label = markings.join(' · ');
  // Printed pages carry the marking in their margins; only plain words reach the CSS string.
  const printable = label.replace(/[^A-Za-z0-9 ·/-]/g, '');
  return (
    <div
      className={`marking-banner marking-banner--${position}`}
      role="note"
      aria-hidden={position === 'bottom' ? true : undefined}
      data-testid={position === 'top' ? 'marking-banner' : undefined}
    >
      {position === 'top' && (
        <style>{`@media print { @page { @top-center { content: "${printable}"; font: 700 10pt sans-serif; } @bottom-center { content: "${printable}"; font: 700 10pt sans-serif; } } }`}</style>
      )}
      <span className="visually-hidden">Document marking: </span>
      <strong>{label}</strong>
      <span> — restricted document content: not for public release</span>
    </div>
  );
}

class PageErrorBoundary extends Component<{ children: ReactNode; resetKey: string }, { error: unknown }> {
  override state: { error: unknown } = { error: null };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  override componentDidUpdate(previous: { resetKey: string }) {
    if (previous.resetKey !== this.props.resetKey && this.state.error) this.setState({ error: null });
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    console.error(error, info.componentStack);
  }

  override render() {
    if (this.state.error) {
      return (
        <div className="page">
          <ErrorView error={this.state.error} onRetry={() => this.setState({ error: null })} />
        </div>
      );
    }
    return this.props.children;
  }
}

const NAV = [
  { to: '/', label: 'Library', end: true },
  { to: '/compare', label: 'Compare', end: false },
  { to: '/topics', label: 'Topics', end: false },
  { to: '/search', label: 'Search', end: false },
];

/** Header with navigation, the marking banner, and the page. */
export function Layout() {
  const location = useLocation();
  // A printed page shows everything: folded sections open before printing.
  useEffect(() => {
    const openAll = () => {
      for (const details of document.querySelectorAll('details')) details.open = true;
    };
    window.addEventListener('beforeprint', openAll);
    return () => window.removeEventListener('beforeprint', openAll);
  }, []);
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <div className="top-bar">
        <MarkingBanner position="top" />
        <header className="app-header">
          <NavLink to="/" className="brand" end>
            <span className="brand__mark" aria-hidden="true">
              ⇄
            </span>
            SOM Compare
          </NavLink>
          <nav aria-label="Main">
            <ul className="nav">
              {NAV.map((item) => (
                <li key={item.to}>
                  <NavLink to={item.to} end={item.end} className="nav__link">
                    {item.label}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
        </header>
      </div>
      <main id="main" tabIndex={-1}>
        <PageErrorBoundary resetKey={location.pathname}>
          <Suspense fallback={<Loading what="page" />}>
            <Outlet />
          </Suspense>
        </PageErrorBoundary>
      </main>
      <footer className="app-footer">Self-hosted: no document leaves this server.</footer>
      <MarkingBanner position="bottom" />
      {/* A new page starts at the top; changing a page's own parameters (filters, selection) keeps the place. */}
      <ScrollRestoration getKey={(location) => location.pathname} />
    </div>
  );
}
