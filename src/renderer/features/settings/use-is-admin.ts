import { usePeople } from '../../stores/collections';
import { useSession } from '../../stores/session';

/**
 * Whether the signed-in person is an administrator (null until the people list has been read):
 * people and accounts are managed, and the security section shown, only then. The host answers
 * 403 to anyone else, so the screen never offers what would fail; it checks again on every call.
 */
export function useIsAdmin(): boolean | null {
  const personId = useSession((state) => state.currentPersonId);
  return usePeople((state) =>
    state.status === 'ready'
      ? state.rows.find((person) => person.id === personId)?.role === 'admin'
      : null,
  );
}
