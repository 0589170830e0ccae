import type { MethodName, RequestOf, ResponseOf } from '../../../src/shared/api/contract';

/**
 * An office as the approval steps need it: the unit tests' `useOffice`, or the e2e host's seed
 * office (this file imports no test runner, so Playwright's specs may load it too).
 */
export interface ApprovingOffice {
  call<M extends MethodName>(
    method: M,
    request: RequestOf<M> & { actorId?: string | null },
  ): Promise<ResponseOf<M>>;
  people: { rina: { id: string }; bambang: { id: string } };
}

/** A post Rina submits and Bambang approves: the office's own two steps. */
export async function submitAndApprove(
  office: ApprovingOffice,
  post: { id: string; version: number },
) {
  const { call, people } = office;
  const submitted = await call('posts.transition', {
    id: post.id,
    version: post.version,
    actorId: people.rina.id,
    action: 'submit',
  });
  return call('posts.transition', {
    id: post.id,
    version: submitted.version,
    actorId: people.bambang.id,
    action: 'approve',
  });
}

/** A post Rina writes and submits and Bambang approves. */
export async function createApproved(office: ApprovingOffice, post: RequestOf<'posts.create'>) {
  const created = await office.call('posts.create', { actorId: office.people.rina.id, ...post });
  return submitAndApprove(office, created);
}
