import { useAuthenticatedSession } from '../api/session.js';
import { MyWorkPage } from '../features/my-work/MyWorkPage.js';
import { ResidentHomePage } from '../features/resident/ResidentHomePage.js';

/** «/»: staff start on My work; guardians and young people on their cases. */
export function HomePage() {
  const session = useAuthenticatedSession();
  return session?.kind === 'resident' ? <ResidentHomePage /> : <MyWorkPage />;
}
