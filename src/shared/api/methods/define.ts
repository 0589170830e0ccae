import { z } from 'zod';
import type { ErrorCode } from '../errors';
import { idSchema } from '../../domain/common';

export interface MethodDefinition<Req extends z.ZodType, Res extends z.ZodType> {
  summary: string;
  request: Req;
  response: Res;
  errors: readonly ErrorCode[];
}

export const method = <Req extends z.ZodType, Res extends z.ZodType>(
  definition: MethodDefinition<Req, Res>,
): MethodDefinition<Req, Res> => definition;

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
