import type { Registry } from 'prom-client';
import { scrapedCounter } from '@wharf/core';

/** Counts of the Redis session adapter; plain numbers, read by prom-client when scraped. */
export class RedisSessionStats {
  /** Redis commands that failed (connection down, timeout, script error) and connection errors. */
  redisErrors = 0;
  claims = 0;
  /** Claims that found the session held by a live connection and asked it to go. */
  takeovers = 0;
  /** Wills this node was handed (due) and published. */
  willsPublished = 0;
  /** Released sessions this node ended because their expiry passed. */
  sessionsExpired = 0;
  /** Sessions this node released because their proxy died. */
  sessionsReaped = 0;
  /** Times this proxy found it had been declared dead (its sessions released by the cluster). */
  fenced = 0;
}

export function registerRedisSessionMetrics(registry: Registry, stats: RedisSessionStats): void {
  const counter = (name: string, help: string, read: () => number): void => scrapedCounter(registry, name, help, read);
  counter('wharf_session_redis_errors_total', 'Redis commands and connections of the session adapter that failed', () => stats.redisErrors);
  counter('wharf_session_claims_total', 'session claims (CONNECTs) handled by this proxy', () => stats.claims);
  counter('wharf_session_takeovers_total', 'claims that took a session over from a live connection', () => stats.takeovers);
  counter('wharf_session_wills_published_total', 'wills that came due and were published by this proxy', () => stats.willsPublished);
  counter('wharf_session_expired_total', 'released sessions ended by this proxy when their expiry passed', () => stats.sessionsExpired);
  counter('wharf_session_reaped_total', 'sessions of dead proxies released by this proxy', () => stats.sessionsReaped);
  counter('wharf_session_fenced_total', 'times this proxy found the cluster had declared it dead', () => stats.fenced);
}
