export * from './message.ts';
export * from './topic.ts';
export * from './log.ts';
export * from './config.ts';
export * from './ops-http.ts';
export * from './ports/store.ts';
export * from './ports/notify.ts';
export * from './ports/session.ts';
