import type { z } from 'zod';
import type { ApiResult } from './errors';
import { actionMethods } from './methods/actions';
import { analyticsMethods } from './methods/analytics';
import { assetMethods } from './methods/assets';
import { authMethods } from './methods/auth';
import { backupMethods } from './methods/backup';
import { bundleMethods } from './methods/bundles';
import { calendarMethods } from './methods/calendar';
import { commentMethods } from './methods/comments';
import { directoryMethods } from './methods/directory';
import { exportMethods } from './methods/exports';
import { exchangeMethods } from './methods/exchange';
import { networkMethods } from './methods/network';
import { notificationMethods } from './methods/notifications';
import { observanceMethods } from './methods/observances';
import { operationsMethods } from './methods/operations';
import { performanceMethods } from './methods/performance';
import { presenceMethods } from './methods/presence';
import { provinceMethods } from './methods/province';
import { publicationMethods } from './methods/publications';
import { reportMethods, reportNotesMethods } from './methods/report';

/**
 * The one contract between the renderer and the main process. Every transport (Electron IPC,
 * HTTP) and every client (preload, browser) is typed by it, and main parses each request with
 * its schema before any service sees it. docs/API.md is generated from this table.
 * Each group lives in methods/; a method's name is `<group>.<verb>`.
 */
export const contract = {
  ...authMethods,
  ...directoryMethods,
  ...calendarMethods,
  ...actionMethods,
  ...observanceMethods,
  ...backupMethods,
  ...assetMethods,
  ...exportMethods,
  ...bundleMethods,
  ...publicationMethods,
  ...provinceMethods,
  ...analyticsMethods,
  ...performanceMethods,
  ...reportMethods,
  ...reportNotesMethods,
  ...operationsMethods,
  ...networkMethods,
  ...exchangeMethods,
  ...commentMethods,
  ...notificationMethods,
  ...presenceMethods,
} as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export const methodNames = Object.keys(contract) as MethodName[];

/** What a caller passes (defaults may be left out). */
export type RequestOf<M extends MethodName> = z.input<Contract[M]['request']>;
/** What a handler receives after parsing (defaults filled in). */
export type ParsedRequestOf<M extends MethodName> = z.output<Contract[M]['request']>;
export type ResponseOf<M extends MethodName> = z.output<Contract[M]['response']>;

export function isMethodName(name: string): name is MethodName {
  return Object.prototype.hasOwnProperty.call(contract, name);
}

type GroupOf<M> = M extends `${infer G}.${string}` ? G : never;
type VerbOf<M, G extends string> = M extends `${G}.${infer V}` ? V : never;

/**
 * The client's view, grouped: `api.people.create({ name, role })`. The preload's object must
 * `satisfies` this type, so a method added to the contract and missing there fails to compile.
 */
export type LinimasaApi = {
  [G in GroupOf<MethodName>]: {
    [V in VerbOf<MethodName, G>]: `${G}.${V}` extends infer M extends MethodName
      ? (request: RequestOf<M>) => Promise<ApiResult<ResponseOf<M>>>
      : never;
  };
};

/** The channel prefix for Electron IPC; main refuses any other. */
export const ipcChannelPrefix = 'linimasa:';
