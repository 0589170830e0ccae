import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Role } from '../../../src/shared/domain/people';
import {
  type Actor,
  availableActions,
  decideTransition,
  editReturnsToDraft,
  type PostAction,
  postActions,
  type PostApprovalState,
  type PostStatus,
  postStatuses,
  type TransitionDecision,
  type TransitionInput,
  awaitedStep,
  type ApprovalSteps,
} from '../../../src/shared/domain/post-status';

/**
 * The workflow as issue 3 states it, written out here independently of the implementation so
 * that a change to either one shows up as a disagreement.
 */
const table: ReadonlyArray<[PostStatus, PostAction, PostStatus]> = [
  ['draft', 'submit', 'in_review'],
  ['in_review', 'check', 'in_review'],
  ['in_review', 'approve', 'approved'],
  ['in_review', 'request_changes', 'changes_requested'],
  ['changes_requested', 'revise', 'draft'],
  ['approved', 'publish', 'published'],
  ['draft', 'cancel', 'cancelled'],
  ['in_review', 'cancel', 'cancelled'],
  ['changes_requested', 'cancel', 'cancelled'],
  ['approved', 'cancel', 'cancelled'],
  ['published', 'cancel', 'cancelled'],
  ['cancelled', 'reopen', 'draft'],
];
const everything: PostAction[] = [
  'submit',
  'check',
  'approve',
  'request_changes',
  'revise',
  'publish',
  'cancel',
  'reopen',
];
const roleTable: Record<Role, readonly PostAction[]> = {
  planner: ['submit', 'revise', 'cancel', 'reopen'],
  checker: ['submit', 'check', 'request_changes', 'revise', 'cancel', 'reopen'],
  approver: everything.filter((action) => action !== 'check'),
  admin: everything,
};

const target = (from: PostStatus, action: PostAction) =>
  table.find(([f, a]) => f === from && a === action)?.[2];

const validInput = (action: PostAction): TransitionInput =>
  action === 'request_changes' ? { comment: 'Foto kurang tajam, mohon diganti.' } : {};

const isHttp = (value: string) => /^https?:\/\/[^\s/]+/.test(value) && URL.canParse(value);

/** What the rules say should happen, computed from the tables above. */
function expected(
  post: PostApprovalState,
  action: PostAction,
  actor: Actor,
  allowSelfApproval: boolean,
  input: TransitionInput,
  steps: ApprovalSteps = 1,
): { ok: true; to: PostStatus } | { ok: false; code: string } {
  const to = target(post.status, action);
  if (!to) return { ok: false, code: 'invalid_transition' };
  const checked = (post.checkedBy ?? null) !== null;
  // One-step offices never check; a check happens once per round; two steps approve a checked post.
  if (action === 'check' && (steps === 1 || checked))
    return { ok: false, code: 'invalid_transition' };
  if (action === 'approve' && steps === 2 && !checked) {
    return { ok: false, code: 'invalid_transition' };
  }
  if (!roleTable[actor.role].includes(action)) return { ok: false, code: 'forbidden' };
  const signOff = action === 'approve' || action === 'check';
  if (signOff && !allowSelfApproval && post.submittedBy === actor.id) {
    return { ok: false, code: 'forbidden' };
  }
  if (action === 'approve' && steps === 2 && !allowSelfApproval && post.checkedBy === actor.id) {
    return { ok: false, code: 'forbidden' };
  }
  const { comment, permalink, publishedAt } = input;
  if (comment !== undefined && comment.trim().length > 2000) {
    return { ok: false, code: 'invalid_request' };
  }
  if (action === 'request_changes' && (comment ?? '').trim() === '') {
    return { ok: false, code: 'comment_required' };
  }
  if (action !== 'publish' && (permalink !== undefined || publishedAt !== undefined)) {
    return { ok: false, code: 'invalid_request' };
  }
  if (permalink !== undefined && !isHttp(permalink)) return { ok: false, code: 'invalid_request' };
  if (publishedAt !== undefined && Number.isNaN(Date.parse(publishedAt))) {
    return { ok: false, code: 'invalid_request' };
  }
  return { ok: true, to };
}

const summary = (decision: TransitionDecision) =>
  decision.ok ? { ok: true, to: decision.to } : { ok: false, code: decision.code };

const planner: Actor = { id: 'rina', role: 'planner' };
const checker: Actor = { id: 'kasubag', role: 'checker' };
const approver: Actor = { id: 'budi', role: 'approver' };
const otherApprover: Actor = { id: 'sari', role: 'approver' };
const admin: Actor = { id: 'admin', role: 'admin' };
const strict = { allowSelfApproval: false };

describe('decideTransition: examples', () => {
  it('walks the happy path draft → in_review → approved → published', () => {
    let post: PostApprovalState = { status: 'draft', submittedBy: null };
    const submit = decideTransition(post, 'submit', planner, strict);
    expect(submit).toEqual({ ok: true, to: 'in_review' });
    post = { status: 'in_review', submittedBy: planner.id };
    expect(decideTransition(post, 'approve', approver, strict)).toEqual({
      ok: true,
      to: 'approved',
    });
    post = { status: 'approved', submittedBy: planner.id };
    expect(
      decideTransition(post, 'publish', planner, strict, { permalink: 'https://x.com/a' }),
    ).toMatchObject({ ok: false, code: 'forbidden' });
    expect(
      decideTransition(post, 'publish', approver, strict, {
        permalink: 'https://www.instagram.com/p/C0de/',
        publishedAt: '2026-11-10T02:00:00.000Z',
      }),
    ).toEqual({ ok: true, to: 'published' });
  });

  it('requires a non-blank comment to request changes, and says so in Indonesian', () => {
    const post: PostApprovalState = { status: 'in_review', submittedBy: planner.id };
    for (const comment of [undefined, '', '   \n\t']) {
      const decision = decideTransition(post, 'request_changes', approver, strict, { comment });
      expect(decision).toMatchObject({ ok: false, code: 'comment_required' });
      expect(!decision.ok && decision.message).toMatch(/revisi/);
    }
    expect(
      decideTransition(post, 'request_changes', approver, strict, { comment: 'Ganti judul.' }),
    ).toEqual({ ok: true, to: 'changes_requested' });
    expect(
      decideTransition(post, 'request_changes', approver, strict, { comment: 'x'.repeat(2001) }),
    ).toMatchObject({ ok: false, code: 'invalid_request' });
  });

  it('refuses approving what you submitted yourself, unless the office allows it', () => {
    const own: PostApprovalState = { status: 'in_review', submittedBy: approver.id };
    const refused = decideTransition(own, 'approve', approver, strict);
    expect(refused).toMatchObject({ ok: false, code: 'forbidden' });
    expect(!refused.ok && refused.message).toMatch(/ajukan sendiri/);
    expect(decideTransition(own, 'approve', otherApprover, strict)).toEqual({
      ok: true,
      to: 'approved',
    });
    expect(decideTransition(own, 'approve', approver, { allowSelfApproval: true })).toEqual({
      ok: true,
      to: 'approved',
    });
    // Admins are bound too: the four-eyes rule is about people, not roles.
    const adminOwn: PostApprovalState = { status: 'in_review', submittedBy: admin.id };
    expect(decideTransition(adminOwn, 'approve', admin, strict)).toMatchObject({
      ok: false,
      code: 'forbidden',
    });
    // Requesting changes on your own submission is no sign-off, so it stays allowed.
    expect(
      decideTransition(own, 'request_changes', approver, strict, { comment: 'Saya revisi dulu' }),
    ).toEqual({ ok: true, to: 'changes_requested' });
  });

  it('treats an unknown submitter as someone else', () => {
    const post: PostApprovalState = { status: 'in_review', submittedBy: null };
    expect(decideTransition(post, 'approve', approver, strict)).toEqual({
      ok: true,
      to: 'approved',
    });
  });

  it('keeps planners from signing off', () => {
    const post: PostApprovalState = { status: 'in_review', submittedBy: 'someone' };
    for (const action of ['approve', 'request_changes'] as const) {
      expect(decideTransition(post, action, planner, strict, validInput(action))).toMatchObject({
        ok: false,
        code: 'forbidden',
      });
    }
  });

  it('validates the permalink and publish time, and only accepts them when publishing', () => {
    const approved: PostApprovalState = { status: 'approved', submittedBy: planner.id };
    for (const permalink of [
      'ftp://files.example/a',
      'javascript:alert(1)',
      'instagram.com/p/1',
      '',
    ]) {
      expect(decideTransition(approved, 'publish', approver, strict, { permalink })).toMatchObject({
        ok: false,
        code: 'invalid_request',
      });
    }
    expect(
      decideTransition(approved, 'publish', approver, strict, { publishedAt: 'kemarin sore' }),
    ).toMatchObject({ ok: false, code: 'invalid_request' });
    expect(
      decideTransition(approved, 'publish', approver, strict, {
        publishedAt: '2026-11-10T09:00:00+07:00',
      }),
    ).toEqual({ ok: true, to: 'published' });
    const draft: PostApprovalState = { status: 'draft', submittedBy: null };
    expect(
      decideTransition(draft, 'submit', planner, strict, { permalink: 'https://x.com/a' }),
    ).toMatchObject({ ok: false, code: 'invalid_request' });
  });

  it('cancels from anything but cancelled, and reopens to draft', () => {
    for (const status of postStatuses) {
      const decision = decideTransition({ status, submittedBy: null }, 'cancel', planner, strict);
      expect(decision.ok).toBe(status !== 'cancelled');
    }
    expect(
      decideTransition({ status: 'cancelled', submittedBy: null }, 'cancel', admin, strict),
    ).toMatchObject({ ok: false, code: 'invalid_transition' });
    expect(
      decideTransition({ status: 'cancelled', submittedBy: null }, 'reopen', planner, strict),
    ).toEqual({ ok: true, to: 'draft' });
  });

  it('reports an impossible transition before a missing permission', () => {
    const decision = decideTransition(
      { status: 'draft', submittedBy: null },
      'approve',
      planner,
      strict,
    );
    expect(decision).toMatchObject({ ok: false, code: 'invalid_transition' });
    expect(!decision.ok && decision.message).toMatch(/Draf/);
  });

  it('never throws on garbage, answering invalid_request or forbidden', () => {
    const junk = decideTransition(
      { status: 'deleted' as PostStatus, submittedBy: null },
      'submit',
      planner,
      strict,
    );
    expect(junk).toMatchObject({ ok: false, code: 'invalid_request' });
    expect(
      decideTransition({ status: 'draft', submittedBy: null }, 'nuke' as PostAction, admin, strict),
    ).toMatchObject({ ok: false, code: 'invalid_request' });
    expect(
      decideTransition(
        { status: 'draft', submittedBy: null },
        'submit',
        { id: 'x', role: 'guest' as Role },
        strict,
      ),
    ).toMatchObject({ ok: false, code: 'forbidden' });
    expect(
      decideTransition({ status: 'draft', submittedBy: null }, 'submit', planner, strict, {
        comment: 42 as unknown as string,
      }),
    ).toMatchObject({ ok: false, code: 'invalid_request' });
  });
});

describe('two approval steps: "Diperiksa", then "Disetujui"', () => {
  const twoSteps = { allowSelfApproval: false, approvalSteps: 2 as const };
  it('walks draft → in review (awaiting check) → checked → approved', () => {
    const submitted: PostApprovalState = {
      status: 'in_review',
      submittedBy: planner.id,
      checkedBy: null,
    };
    expect(awaitedStep(submitted, twoSteps)).toBe('check');
    const early = decideTransition(submitted, 'approve', approver, twoSteps);
    expect(early).toMatchObject({ ok: false, code: 'invalid_transition' });
    expect(!early.ok && early.message).toMatch(/belum diperiksa/);
    expect(decideTransition(submitted, 'check', checker, twoSteps)).toEqual({
      ok: true,
      to: 'in_review',
    });
    const checked = { ...submitted, checkedBy: checker.id };
    expect(awaitedStep(checked, twoSteps)).toBe('approve');
    expect(decideTransition(checked, 'check', checker, twoSteps)).toMatchObject({
      ok: false,
      code: 'invalid_transition',
    });
    expect(decideTransition(checked, 'approve', approver, twoSteps)).toEqual({
      ok: true,
      to: 'approved',
    });
  });

  it('leaves the check to checkers (and admins), the approval to approvers (and admins)', () => {
    const submitted: PostApprovalState = { status: 'in_review', submittedBy: planner.id };
    for (const actor of [planner, approver]) {
      expect(decideTransition(submitted, 'check', actor, twoSteps)).toMatchObject({
        ok: false,
        code: 'forbidden',
      });
    }
    expect(decideTransition(submitted, 'check', admin, twoSteps).ok).toBe(true);
    const checked = { ...submitted, checkedBy: admin.id };
    expect(decideTransition(checked, 'approve', checker, twoSteps)).toMatchObject({
      ok: false,
      code: 'forbidden',
    });
  });

  it('needs two people: no checking one’s own post, no approving what one checked', () => {
    const own: PostApprovalState = { status: 'in_review', submittedBy: checker.id };
    const refused = decideTransition(own, 'check', checker, twoSteps);
    expect(refused).toMatchObject({ ok: false, code: 'forbidden' });
    expect(!refused.ok && refused.message).toMatch(/memeriksa pos yang Anda ajukan sendiri/);
    const checkedByAdmin: PostApprovalState = {
      status: 'in_review',
      submittedBy: planner.id,
      checkedBy: admin.id,
    };
    const twice = decideTransition(checkedByAdmin, 'approve', admin, twoSteps);
    expect(twice).toMatchObject({ ok: false, code: 'forbidden' });
    expect(!twice.ok && twice.message).toMatch(/sudah memeriksa/);
    expect(
      decideTransition(checkedByAdmin, 'approve', admin, { ...twoSteps, allowSelfApproval: true }),
    ).toEqual({ ok: true, to: 'approved' });
  });

  it('lets either step send the post back with a reason', () => {
    const comment = { comment: 'Nama camat salah eja.' };
    const waiting: PostApprovalState = { status: 'in_review', submittedBy: planner.id };
    expect(decideTransition(waiting, 'request_changes', checker, twoSteps, comment)).toEqual({
      ok: true,
      to: 'changes_requested',
    });
    const checked = { ...waiting, checkedBy: checker.id };
    expect(decideTransition(checked, 'request_changes', approver, twoSteps, comment)).toEqual({
      ok: true,
      to: 'changes_requested',
    });
  });

  it('keeps one-step offices as they were: no check, approval straight from review', () => {
    const waiting: PostApprovalState = { status: 'in_review', submittedBy: planner.id };
    expect(awaitedStep(waiting, strict)).toBe('approve');
    expect(decideTransition(waiting, 'check', checker, strict)).toMatchObject({
      ok: false,
      code: 'invalid_transition',
    });
    expect(availableActions(waiting, checker, strict)).toEqual(['request_changes', 'cancel']);
    expect(availableActions(waiting, checker, twoSteps)).toEqual([
      'check',
      'request_changes',
      'cancel',
    ]);
    expect(awaitedStep({ status: 'approved', submittedBy: null }, twoSteps)).toBeNull();
  });
});

describe('availableActions: examples', () => {
  it('offers what each role may do in each status', () => {
    const draft: PostApprovalState = { status: 'draft', submittedBy: null };
    expect(availableActions(draft, planner, strict)).toEqual(['submit', 'cancel']);
    const review: PostApprovalState = { status: 'in_review', submittedBy: planner.id };
    expect(availableActions(review, planner, strict)).toEqual(['cancel']);
    expect(availableActions(review, approver, strict)).toEqual([
      'approve',
      'request_changes',
      'cancel',
    ]);
    const ownReview: PostApprovalState = { status: 'in_review', submittedBy: approver.id };
    expect(availableActions(ownReview, approver, strict)).toEqual(['request_changes', 'cancel']);
    expect(availableActions(ownReview, approver, { allowSelfApproval: true })).toEqual([
      'approve',
      'request_changes',
      'cancel',
    ]);
    const approved: PostApprovalState = { status: 'approved', submittedBy: planner.id };
    expect(availableActions(approved, planner, strict)).toEqual(['cancel']);
    expect(availableActions(approved, admin, strict)).toEqual(['publish', 'cancel']);
    const cancelled: PostApprovalState = { status: 'cancelled', submittedBy: null };
    expect(availableActions(cancelled, planner, strict)).toEqual(['reopen']);
    expect(
      availableActions({ status: 'x' as PostStatus, submittedBy: null }, admin, strict),
    ).toEqual([]);
  });
});

describe('editReturnsToDraft', () => {
  it('is true exactly for posts waiting for or holding an approval', () => {
    expect(postStatuses.filter(editReturnsToDraft)).toEqual(['in_review', 'approved']);
  });
});

describe('the workflow, as a property', () => {
  const roleArb = fc.constantFrom<Role>('planner', 'checker', 'approver', 'admin');
  const inputArb: fc.Arbitrary<TransitionInput> = fc.record(
    {
      comment: fc.oneof(
        { weight: 6, arbitrary: fc.constant('Mohon cek ejaan nama kecamatan.') },
        { weight: 1, arbitrary: fc.constantFrom('', '   ', 'x'.repeat(2001)) },
        { weight: 1, arbitrary: fc.string({ maxLength: 20 }) },
      ),
      permalink: fc.constantFrom(
        'https://www.instagram.com/p/Cx1/',
        'http://humas.kab.go.id/berita/1',
        'ftp://x.id/a',
        'bukan tautan',
      ),
      publishedAt: fc.constantFrom('2026-11-10T02:00:00.000Z', 'kemarin'),
    },
    { requiredKeys: [] },
  );
  const stepArb = fc.record({
    action: fc.constantFrom(...postActions),
    actor: fc.nat({ max: 3 }),
    // Mostly no extra input, so that most steps exercise the workflow rather than validation.
    input: fc.oneof(
      { weight: 3, arbitrary: fc.constant(undefined) },
      { weight: 1, arbitrary: inputArb },
    ),
  });
  const scenarioArb = fc.record({
    roles: fc.array(roleArb, { minLength: 4, maxLength: 4 }),
    allowSelfApproval: fc.boolean(),
    approvalSteps: fc.constantFrom<ApprovalSteps>(1, 2),
    steps: fc.array(stepArb, { minLength: 1, maxLength: 60 }),
  });

  it('accepts exactly the allowed transitions, offers exactly what it accepts, and never lets an unreviewed post out', () => {
    fc.assert(
      fc.property(scenarioArb, ({ roles, allowSelfApproval, approvalSteps, steps }) => {
        const actors: Actor[] = roles.map((role, index) => ({ id: `p${index}`, role }));
        const options = { allowSelfApproval, approvalSteps };
        let post: PostApprovalState = { status: 'draft', submittedBy: null, checkedBy: null };
        let approvedBy: string | null = null;
        let approvedAfterCheckBy: string | null = null;
        for (const step of steps) {
          const actor = actors[step.actor]!;
          const input =
            step.input ?? (step.action === 'request_changes' ? validInput(step.action) : {});

          // What the UI offers is exactly what the API accepts with valid input.
          const offered = availableActions(post, actor, options);
          const accepted = postActions.filter(
            (action) => decideTransition(post, action, actor, options, validInput(action)).ok,
          );
          expect(offered).toEqual(accepted);

          const decision = decideTransition(post, step.action, actor, options, input);
          expect(summary(decision)).toEqual(
            expected(post, step.action, actor, allowSelfApproval, input, approvalSteps),
          );
          if (!decision.ok) {
            expect(decision.message.length).toBeGreaterThan(0);
            continue;
          }
          expect(table).toContainEqual([post.status, step.action, decision.to]);
          expect(roleTable[actor.role]).toContain(step.action);
          if (step.action === 'approve') {
            if (!allowSelfApproval) expect(actor.id).not.toBe(post.submittedBy);
            if (approvalSteps === 2) {
              // A two-step office approves only what a checker checked, and by another person.
              expect(post.checkedBy).not.toBeNull();
              if (!allowSelfApproval) expect(actor.id).not.toBe(post.checkedBy);
            }
            approvedBy = actor.id;
            approvedAfterCheckBy = post.checkedBy ?? null;
          }
          if (step.action === 'check') {
            expect(approvalSteps).toBe(2);
            if (!allowSelfApproval) expect(actor.id).not.toBe(post.submittedBy);
          }
          if (decision.to === 'published') {
            expect(post.status).toBe('approved');
            expect(approvedBy).not.toBeNull();
            if (!allowSelfApproval) expect(approvedBy).not.toBe(post.submittedBy);
            if (!allowSelfApproval && approvedAfterCheckBy !== null) {
              expect(approvedBy).not.toBe(approvedAfterCheckBy);
            }
          }
          if (step.action === 'submit') approvedBy = null;
          post = {
            status: decision.to,
            submittedBy: step.action === 'submit' ? actor.id : post.submittedBy,
            // The check belongs to one review round: it holds while the post stays in review
            // (and through its approval, as the record of that round), and is gone on a new one.
            checkedBy:
              step.action === 'check'
                ? actor.id
                : decision.to === 'in_review' ||
                    decision.to === 'approved' ||
                    decision.to === 'published'
                  ? (post.checkedBy ?? null)
                  : null,
          };
          expect(postStatuses).toContain(post.status);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('never throws, whatever the status, action, role and input', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.constantFrom(...postStatuses), fc.string()),
        fc.oneof(fc.constantFrom(...postActions), fc.string()),
        fc.oneof(roleArb, fc.string()),
        fc.option(fc.string(), { nil: null }),
        fc.dictionary(fc.constantFrom('comment', 'permalink', 'publishedAt'), fc.anything()),
        (status, action, role, submittedBy, input) => {
          const decision = decideTransition(
            { status: status as PostStatus, submittedBy },
            action as PostAction,
            { id: 'p', role: role as Role },
            strict,
            input as TransitionInput,
          );
          expect(typeof decision.ok).toBe('boolean');
          availableActions(
            { status: status as PostStatus, submittedBy },
            { id: 'p', role: role as Role },
            strict,
          );
        },
      ),
      { numRuns: 300 },
    );
  });
});
