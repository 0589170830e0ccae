/**
 * What changed between two versions of a post, as field → [before, after] for the activity log,
 * long texts shortened so one edit of a 2,000-character caption does not bloat the log. The
 * editor's saves and bundle imports log changes the same way.
 */
export function activityDiff<B extends object, A extends object, K extends keyof B & keyof A>(
  before: B,
  after: A,
  fields: readonly K[],
): Record<string, [unknown, unknown]> {
  const changes: Record<string, [unknown, unknown]> = {};
  for (const field of fields) {
    if (JSON.stringify(before[field]) !== JSON.stringify(after[field])) {
      changes[field as string] = [shorten(before[field]), shorten(after[field])];
    }
  }
  return changes;
}

function shorten(value: unknown): unknown {
  if (typeof value === 'string' && value.length > 200) return `${value.slice(0, 200)}…`;
  return value;
}
