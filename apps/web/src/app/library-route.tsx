import { lazy, Suspense } from 'react';
import { LibraryPage } from '../features/library/library-page';
import { Loading } from '../lib/status-views';

const UploadPanel = lazy(() => import('../features/upload/upload-panel'));

/** The library with the upload panel composed in (features never import each other). */
export default function LibraryRoute() {
  return (
    <LibraryPage
      upload={
        <Suspense fallback={<Loading what="upload" />}>
          <UploadPanel />
        </Suspense>
      }
    />
  );
}
