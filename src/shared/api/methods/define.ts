import { z } from 'zod';
import type { ErrorCode } from '../errors';
import { idSchema } from '../../domain/common';
import type { Role } from '../../domain/people';

/**
 * Who may call a method. Required on every method, so a new one cannot forget it; `dispatch`
 * enforces it before any handler runs, and a unit test calls every method with every role it
 * refuses. `public`: before sign-in (sign-in itself, the first administrator's setup);
 * `signedIn`: any signed-in person (the method's own rules, such as the post state machine,
 * may refuse more); a list: only those roles (a role added later is refused until listed).
 */
export type Access = 'public' | 'signedIn' | readonly Role[];

/** Office set-up, people, backups, bundles and the security log. */
export const adminOnly = ['admin'] as const satisfies readonly Role[];

export interface MethodDefinition<
  Req extends z.ZodType,
  Res extends z.ZodType,
  A extends Access = Access,
> {
  summary: string;
  access: A;
  request: Req;
  response: Res;
  errors: readonly ErrorCode[];
}

export const method = <Req extends z.ZodType, Res extends z.ZodType, const A extends Access>(
  definition: MethodDefinition<Req, Res, A>,
): MethodDefinition<Req, Res, A> => definition;

/** May a person with this role call a method of this access? */
export function roleMayCall(access: Access, role: Role): boolean {
  if (access === 'public' || access === 'signedIn') return true;
  return access.includes(role);
}

export const empty = z.object({}).strict();

/**
 * POSIX `/…`, Windows `C:\\…` or `C:/…`, or a UNC share `\\\\server\\…`: paths from the desktop
 * open dialog or the CLI. Existence is checked in main.
 */
export const absolutePath = (example: string) =>
  z
    .string()
    .min(1)
    .max(4_096)
    .refine(
      (path) => /^(\/|[a-zA-Z]:[\\/]|\\\\[^\\]+\\)/.test(path),
      `Path harus absolut (mis. ${example})`,
    );
export const byId = z.object({ id: idSchema }).strict();
