/** Stored instants are ISO-8601 UTC strings; they sort as text. */
export const nowIso = (): string => new Date().toISOString();

export const toBool = (value: number): boolean => value === 1;
export const fromBool = (value: boolean): 0 | 1 => (value ? 1 : 0);
