import type { DesktopHostState } from '../../../../shared/domain/office-network';

/** Which words Settings shows for the desktop app's listener, and with what. */
export interface HostStateWords {
  key:
    | 'officeNetwork.hostState.off'
    | 'officeNetwork.hostState.starting'
    | 'officeNetwork.hostState.on'
    | `officeNetwork.hostState.failed.${'inUse' | 'notHere' | 'needsAdmin' | 'invalid' | 'certificate' | 'other'}`;
  params: { listen?: string; host?: string; port?: string };
  /** A failure: shown as an alert beside the switch. */
  problem: boolean;
}

const failedKey = {
  in_use: 'inUse',
  not_here: 'notHere',
  needs_admin: 'needsAdmin',
  invalid: 'invalid',
  certificate: 'certificate',
  failed: 'other',
} as const;

/**
 * The listener's state in the office's words: open on which address, or why not (a port another
 * program holds names the port; an address that is not this computer's names the address).
 */
export function hostStateWords(state: DesktopHostState): HostStateWords {
  if (state.state === 'off')
    return { key: 'officeNetwork.hostState.off', params: {}, problem: false };
  const [host = '', port = ''] = state.listen.split(':');
  const params = { listen: state.listen, host, port };
  if (state.state === 'failed') {
    return {
      key: `officeNetwork.hostState.failed.${failedKey[state.problem]}`,
      params,
      problem: true,
    };
  }
  return { key: `officeNetwork.hostState.${state.state}`, params, problem: false };
}
