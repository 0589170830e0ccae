import type { Services } from '../services';
import { personId, type Handlers, type SignedInContext } from './handlers';

type CommentsAndInbox = Pick<
  Handlers,
  (`comments.${string}` | `notifications.${string}`) & keyof Handlers
>;

/** The signed-in person, for the inbox (whose it is) and the live stream (who acted). */
function person({ actor }: SignedInContext) {
  personId({ actor } as SignedInContext);
  return (actor as Extract<typeof actor, { kind: 'person' }>).person;
}

/** Comments and the inbox: always the session's person, never one named in the request. */
export function commentHandlers(services: Services): CommentsAndInbox {
  const { comments, notifications } = services;
  return {
    'comments.list': ({ postId }, context) => comments.list(postId, personId(context)),
    'comments.add': (request, context) => comments.add({ ...request, actorId: personId(context) }),
    'comments.edit': (request, context) =>
      comments.edit({ ...request, actorId: personId(context) }),
    'comments.delete': (request, context) =>
      comments.delete({ ...request, actorId: personId(context) }),
    'comments.follow': (request, context) =>
      comments.follow({ ...request, actorId: personId(context) }),
    'notifications.list': (request, context) =>
      notifications.list(personId(context), request.before),
    'notifications.markRead': ({ ids }, context) => notifications.markRead(person(context), ids),
    'notifications.markAllRead': (_request, context) => notifications.markAllRead(person(context)),
  };
}
