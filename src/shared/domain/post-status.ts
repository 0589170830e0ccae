import { z } from 'zod';
import type { Role } from './people';

/**
 * The approval workflow of a post, as a pure function the API, the services and the editor all
 * call, so that what the UI offers and what the API accepts can never disagree.
 *
 *   draft ──submit──▶ in_review ──approve──▶ approved ──publish──▶ published
 *     ▲                  │  ▲ │
 *     │                  │  └─┘ check (two-step offices: "Diperiksa", then "Disetujui")
 *     │            request_changes (comment required, from either step)
 *     │                  ▼
 *     └────revise──── changes_requested
 *
 *   any status except cancelled ──cancel──▶ cancelled ──reopen──▶ draft
 *
 * An office signs off in one step ("Disetujui" by the approver) or in two (Settings,
 * `approvalSteps`): "Diperiksa" by a checker such as the Kasubag, then "Disetujui" by the
 * approver such as the Kabag. The check is a step inside `in_review`, not a status of its own:
 * the post waits for review either way, and `checkedBy` (the checker of the current round) says
 * which step it waits for. In a two-step office an approval needs a check first, and the checker
 * and the approver are two people unless the office allows approving one's own posts.
 */
export const postStatuses = [
  'draft',
  'in_review',
  'changes_requested',
  'approved',
  'published',
  'cancelled',
] as const;
export type PostStatus = (typeof postStatuses)[number];
export const postStatusSchema = z.enum(postStatuses);

export const postActions = [
  'submit',
  'check',
  'approve',
  'request_changes',
  'revise',
  'publish',
  'cancel',
  'reopen',
] as const;
export type PostAction = (typeof postActions)[number];
export const postActionSchema = z.enum(postActions);

/** Which statuses each action leaves from, and where it lands. */
export const postTransitions: Readonly<
  Record<PostAction, { from: readonly PostStatus[]; to: PostStatus }>
> = {
  submit: { from: ['draft'], to: 'in_review' },
  check: { from: ['in_review'], to: 'in_review' },
  approve: { from: ['in_review'], to: 'approved' },
  request_changes: { from: ['in_review'], to: 'changes_requested' },
  revise: { from: ['changes_requested'], to: 'draft' },
  publish: { from: ['approved'], to: 'published' },
  cancel: {
    from: ['draft', 'in_review', 'changes_requested', 'approved', 'published'],
    to: 'cancelled',
  },
  reopen: { from: ['cancelled'], to: 'draft' },
};

/**
 * Who may do what. A planner builds and withdraws posts but never signs them off. A checker
 * (Kasubag Humas in a two-step office) checks and sends back, and writes posts too. An approver
 * (Kabag Humas) signs off and, since in a small office the supervisor also writes posts, may
 * submit and revise as well; the check is the checker's. Admin may do everything. The
 * self-approval rule below still applies to everyone alike.
 */
export const roleActions: Readonly<Record<Role, readonly PostAction[]>> = {
  planner: ['submit', 'revise', 'cancel', 'reopen'],
  checker: ['submit', 'check', 'request_changes', 'revise', 'cancel', 'reopen'],
  approver: postActions.filter((action) => action !== 'check'),
  admin: postActions,
};

export interface PostApprovalState {
  status: PostStatus;
  /**
   * Who sent the post into its current review round (the actor of the last `submit`), or null
   * when unknown. "Your own post" means the one you submitted, not the one you created: a
   * planner's draft that the approver polished and submitted is the approver's submission, and
   * a second person must approve it.
   */
  submittedBy: string | null;
  /**
   * Who checked the post in its current review round ("Diperiksa"), or null/absent when it is
   * not checked (yet). Only two-step offices check.
   */
  checkedBy?: string | null;
}

export interface Actor {
  id: string;
  role: Role;
}

export interface TransitionOptions {
  /** Settings: a one-person office may approve its own submissions. */
  allowSelfApproval: boolean;
  /** Settings: 1 = "Disetujui" only (the default), 2 = "Diperiksa" then "Disetujui". */
  approvalSteps?: ApprovalSteps;
}

export const approvalStepCounts = [1, 2] as const;
export type ApprovalSteps = (typeof approvalStepCounts)[number];

/** The recorded sign-off steps of a review round, in order. */
export const approvalSteps = ['check', 'approve'] as const;
export type ApprovalStep = (typeof approvalSteps)[number];

export interface TransitionInput {
  /** Required and non-blank for request_changes; optional for every other action. */
  comment?: string;
  /** Only with publish: where the post went live, an http(s) URL. */
  permalink?: string;
  /** Only with publish: when it went live, an ISO instant; defaults to "now" in the service. */
  publishedAt?: string;
}

export type TransitionErrorCode =
  'forbidden' | 'invalid_transition' | 'comment_required' | 'invalid_request';

export type TransitionDecision =
  { ok: true; to: PostStatus } | { ok: false; code: TransitionErrorCode; message: string };

export const maxCommentLength = 2000;

const statusLabels: Record<PostStatus, string> = {
  draft: 'Draf',
  in_review: 'Menunggu persetujuan',
  changes_requested: 'Perlu revisi',
  approved: 'Disetujui',
  published: 'Terbit',
  cancelled: 'Dibatalkan',
};

const actionLabels: Record<PostAction, string> = {
  submit: 'mengajukan',
  check: 'memeriksa',
  approve: 'menyetujui',
  request_changes: 'meminta revisi',
  revise: 'merevisi',
  publish: 'menandai terbit',
  cancel: 'membatalkan',
  reopen: 'membuka kembali',
};

const roleLabels: Record<Role, string> = {
  planner: 'Perencana',
  checker: 'Pemeriksa',
  approver: 'Penyetuju',
  admin: 'Admin',
};

const isoInstant = z.iso.datetime({ offset: true });

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

const isStatus = (value: unknown): value is PostStatus =>
  (postStatuses as readonly unknown[]).includes(value);
const isAction = (value: unknown): value is PostAction =>
  (postActions as readonly unknown[]).includes(value);

const fail = (code: TransitionErrorCode, message: string): TransitionDecision => ({
  ok: false,
  code,
  message,
});

/**
 * Everything except the per-action input: is this action possible for this actor on this post?
 * Shared by `decideTransition` and `availableActions` so the two agree by construction.
 */
function checkAllowed(
  post: PostApprovalState,
  action: PostAction,
  actor: Actor,
  options: TransitionOptions,
): TransitionDecision {
  const transition = postTransitions[action];
  if (!transition.from.includes(post.status)) {
    return fail(
      'invalid_transition',
      `Tidak dapat ${actionLabels[action]} pos berstatus “${statusLabels[post.status]}”.`,
    );
  }
  const steps = options?.approvalSteps === 2 ? 2 : 1;
  const checkedBy = post.checkedBy ?? null;
  if (action === 'check' && steps === 1) {
    return fail(
      'invalid_transition',
      'Kantor ini memakai satu langkah persetujuan, jadi pos tidak perlu diperiksa.',
    );
  }
  if (action === 'check' && checkedBy !== null) {
    return fail('invalid_transition', 'Pos ini sudah diperiksa dan menunggu persetujuan.');
  }
  if (action === 'approve' && steps === 2 && checkedBy === null) {
    return fail(
      'invalid_transition',
      'Pos ini belum diperiksa. Pemeriksa memeriksanya dulu sebelum disetujui.',
    );
  }
  // Own-property lookups: a role arriving from outside could be "__proto__" or "constructor".
  const knownRole = Object.hasOwn(roleActions, actor?.role);
  if (!knownRole || !roleActions[actor.role].includes(action)) {
    const role = knownRole ? roleLabels[actor.role] : String(actor?.role);
    return fail('forbidden', `Peran ${role} tidak boleh ${actionLabels[action]} pos.`);
  }
  const signOff = action === 'approve' || action === 'check';
  const strict = options?.allowSelfApproval !== true;
  if (strict && signOff && post.submittedBy !== null && post.submittedBy === actor.id) {
    return fail(
      'forbidden',
      action === 'check'
        ? 'Anda tidak dapat memeriksa pos yang Anda ajukan sendiri. Minta pemeriksa lain, atau izinkan persetujuan sendiri di Pengaturan.'
        : 'Anda tidak dapat menyetujui pos yang Anda ajukan sendiri. Minta penyetuju lain, atau izinkan persetujuan sendiri di Pengaturan.',
    );
  }
  if (strict && action === 'approve' && steps === 2 && checkedBy === actor.id) {
    return fail(
      'forbidden',
      'Anda sudah memeriksa pos ini; persetujuannya diberikan orang lain. Minta penyetuju, atau izinkan persetujuan sendiri di Pengaturan.',
    );
  }
  return { ok: true, to: transition.to };
}

function checkInput(action: PostAction, input: TransitionInput): TransitionDecision | undefined {
  const { comment, permalink, publishedAt } = input;
  if (comment !== undefined && typeof comment !== 'string') {
    return fail('invalid_request', 'Komentar harus berupa teks.');
  }
  if (comment !== undefined && comment.trim().length > maxCommentLength) {
    return fail('invalid_request', `Komentar paling banyak ${maxCommentLength} karakter.`);
  }
  if (action === 'request_changes' && (comment === undefined || comment.trim() === '')) {
    return fail('comment_required', 'Tuliskan apa yang perlu direvisi.');
  }
  if (action !== 'publish' && (permalink !== undefined || publishedAt !== undefined)) {
    return fail('invalid_request', 'Tautan dan waktu terbit hanya diisi saat menandai pos terbit.');
  }
  if (permalink !== undefined && (typeof permalink !== 'string' || !isHttpUrl(permalink.trim()))) {
    return fail('invalid_request', 'Tautan pos harus alamat http:// atau https:// yang lengkap.');
  }
  if (publishedAt !== undefined && !isoInstant.safeParse(publishedAt).success) {
    return fail('invalid_request', 'Waktu terbit tidak valid.');
  }
  return undefined;
}

/**
 * May `actor` apply `action` to `post` with `input`, and where does the post land? Checked in
 * this order: the transition exists from the current status (invalid_transition), the actor's
 * role allows it and it is not a self-approval (forbidden), then the input (comment_required,
 * invalid_request). Never throws, whatever it is given.
 */
export function decideTransition(
  post: PostApprovalState,
  action: PostAction,
  actor: Actor,
  options: TransitionOptions,
  input: TransitionInput = {},
): TransitionDecision {
  if (!isStatus(post?.status)) return fail('invalid_request', 'Status pos tidak dikenal.');
  if (!isAction(action)) return fail('invalid_request', 'Tindakan tidak dikenal.');
  const allowed = checkAllowed(post, action, actor, options);
  if (!allowed.ok) return allowed;
  return checkInput(action, input ?? {}) ?? allowed;
}

/**
 * The actions to offer `actor` on `post`, in workflow order: exactly those `decideTransition`
 * accepts when given valid input (a comment for request_changes).
 */
export function availableActions(
  post: PostApprovalState,
  actor: Actor,
  options: TransitionOptions,
): PostAction[] {
  if (!isStatus(post?.status)) return [];
  return postActions.filter((action) => checkAllowed(post, action, actor, options).ok);
}

/**
 * Editing the title, captions, channels, time or assets of a post that is waiting for or has
 * received approval invalidates that approval: the post goes back to draft and must be
 * submitted again. Changes-requested posts are being revised anyway, and published or
 * cancelled ones are history.
 */
export function editReturnsToDraft(status: PostStatus): boolean {
  return status === 'in_review' || status === 'approved';
}

/**
 * Which sign-off a post waits for: 'check' ("Menunggu pemeriksaan") in a two-step office until
 * it is checked, then 'approve' ("Menunggu persetujuan"); null when it waits for none.
 */
export function awaitedStep(
  post: PostApprovalState,
  options: TransitionOptions,
): ApprovalStep | null {
  if (post?.status !== 'in_review') return null;
  return options?.approvalSteps === 2 && (post.checkedBy ?? null) === null ? 'check' : 'approve';
}
