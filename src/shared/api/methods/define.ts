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
export const byId = z.object({ id: idSchema }).strict();
