import { Link } from 'react-router';

/** Shown for an address that matches no page. */
export function NotFound() {
  return (
    <div className="page">
      <h1>Page not found</h1>
      <p>
        Nothing lives at this address. <Link to="/">Back to the library</Link>.
      </p>
    </div>
  );
}
