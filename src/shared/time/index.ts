export * from './local';
export * from './calendar';
export * from './display';
