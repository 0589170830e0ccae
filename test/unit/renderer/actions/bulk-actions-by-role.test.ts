import { describe, expect, it } from 'vitest';
import { actionsForRole } from '../../../../src/renderer/features/actions/model';

describe('the bulk bar’s actions by role and approval steps', () => {
  it('offers the check to checkers and admins of a two-step office only, approval never to checkers', () => {
    expect(actionsForRole('planner', 2)).toEqual(['submit', 'move', 'delete']);
    expect(actionsForRole('checker', 1)).toEqual(['submit', 'request_changes', 'move', 'delete']);
    expect(actionsForRole('checker', 2)).toEqual([
      'submit',
      'check',
      'request_changes',
      'move',
      'delete',
    ]);
    // "Terbit sesuai jadwal" for those who may publish (approvers and admins).
    expect(actionsForRole('approver', 2)).toEqual([
      'submit',
      'approve',
      'request_changes',
      'publish',
      'move',
      'delete',
    ]);
    expect(actionsForRole('admin', 1)).toEqual([
      'submit',
      'approve',
      'request_changes',
      'publish',
      'move',
      'delete',
    ]);
    expect(actionsForRole('admin', 2)).toContain('check');
  });
});
