export * from './local';
export * from './calendar';
export * from './display';
export * from './instant-ms';
