import { Counter, Gauge, Registry } from 'prom-client';

export interface NotifyMetrics {
  eventsIn: Counter;
  eventsOut: Counter;
  fanOut: Counter;
  subscribers: Gauge;
  interestQueues: Gauge;
}

export function createNotifyMetrics(registry: Registry): NotifyMetrics {
  return {
    eventsIn: new Counter({ name: 'wharf_notify_events_in_total', help: 'queue-advanced events received from stores', registers: [registry] }),
    eventsOut: new Counter({ name: 'wharf_notify_events_out_total', help: 'queue-advanced events sent to proxies after coalescing', registers: [registry] }),
    fanOut: new Counter({ name: 'wharf_notify_flushes_total', help: 'coalesced flushes (each fans out to the interested proxies)', registers: [registry] }),
    subscribers: new Gauge({ name: 'wharf_notify_subscribers', help: 'connected proxies', registers: [registry] }),
    interestQueues: new Gauge({ name: 'wharf_notify_interest_queues', help: 'queues with at least one interested proxy', registers: [registry] }),
  };
}
