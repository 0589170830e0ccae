export * from './local';
export * from './calendar';
