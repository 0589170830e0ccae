import { usePeople } from '../../stores/collections';
import { useSession } from '../../stores/session';

/**
 * Whether the signed-in person is an administrator: people and accounts are managed, and the
 * security section shown, only then (the host answers 403 to anyone else; the screen never
 * shows that as a broken state). The host checks again on every call.
 */
export function useIsAdmin(): boolean {
  const personId = useSession((state) => state.currentPersonId);
  return usePeople(
    (state) => state.rows.find((person) => person.id === personId)?.role === 'admin',
  );
}
