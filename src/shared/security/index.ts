export * from './origins';
export * from './navigation';
export * from './ipc-sender';
export * from './permissions';
export * from './external-links';
export * from './csp';
