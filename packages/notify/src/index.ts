export { NotifyService, type NotifyServiceOptions } from './notify-service.ts';
export { InterestIndex } from './interest-index.ts';
export { Coalescer } from './coalescer.ts';
