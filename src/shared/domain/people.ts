import { z } from 'zod';
import { idSchema, instantSchema, nameSchema } from './common';

/**
 * planner builds the calendar; checker (Kasubag Humas) checks it in a two-step office; approver
 * (Kabag Humas) signs it off; admin does all.
 */
export const roles = ['planner', 'checker', 'approver', 'admin'] as const;
export type Role = (typeof roles)[number];
export const roleSchema = z.enum(roles);

export const personSchema = z.object({
  id: idSchema,
  name: z.string(),
  role: roleSchema,
  active: z.boolean(),
  createdAt: instantSchema,
  updatedAt: instantSchema,
});
export type Person = z.infer<typeof personSchema>;

export const personCreateSchema = z.object({ name: nameSchema(), role: roleSchema }).strict();
export type PersonCreate = z.infer<typeof personCreateSchema>;

export const personUpdateSchema = z
  .object({
    id: idSchema,
    name: nameSchema().optional(),
    role: roleSchema.optional(),
    active: z.boolean().optional(),
  })
  .strict();
export type PersonUpdate = z.infer<typeof personUpdateSchema>;
