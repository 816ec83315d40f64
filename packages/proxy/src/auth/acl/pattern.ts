/**
 * ACL topic patterns: an MQTT filter whose levels may hold `%c` (client id) and `%u` (username),
 * or, with the `eq` marker, a string a filter must equal literally (EMQX `eq`).
 *
 * Matching is done in place on the topic or filter string (indexOf / startsWith at positions),
 * with `%c`/`%u` compared piece by piece against the identity: no substitution string, no
 * split, no regex per check.
 *
 * Semantics (the authorizer picks which one a rule uses):
 * - covers(pattern, target): every topic the target matches, the pattern matches too. Pattern
 *   wildcards match filter levels including filter wildcards (`a/#` covers `a/+/b`; `a/+` does
 *   not cover `a/#`). For a topic name this is plain matching.
 * - intersects(pattern, filter): some topic matches both (deny rules use it, so `deny … secret/#`
 *   also refuses a subscription to `#`, which would deliver `secret/x`). The filter side follows
 *   MQTT §4.7.2 (a filter starting with a wildcard matches no `$` topic).
 * - A pattern matches every topic, `$` topics included: `deny any subscribe #` denies `$SYS/#`.
 * - A `%c`/`%u` value that is empty, missing, or contains `/`, `+` or `#` makes the rule not
 *   match: a substituted value never widens a rule.
 */
import { checkTopicFilter } from '@wharf/core';

/** A piece of a templated level or exact pattern: text, or the client id / username. */
type Piece = string | typeof CLIENT_ID | typeof USERNAME;
const CLIENT_ID = 0;
const USERNAME = 1;

const TEXT = 0;
const PLUS = 1;
const HASH = 2;
const TEMPLATE = 3;

interface Level {
  readonly kind: typeof TEXT | typeof PLUS | typeof HASH | typeof TEMPLATE;
  readonly text: string;
  /** TEMPLATE only. */
  readonly pieces: readonly Piece[] | null;
}

/** What `%c` and `%u` stand for. */
export interface TemplateValues {
  readonly clientId: string;
  readonly username: string | undefined;
}

export class Pattern {
  /** As written, `eq ` marker removed. */
  readonly text: string;
  readonly exact: boolean;
  /** Names a `$share/…` or `$q/…` filter itself (checked against the whole filter). */
  readonly explicit: boolean;
  readonly hasTemplate: boolean;
  private readonly levels: readonly Level[];
  /** Exact patterns with a template. */
  private readonly exactPieces: readonly Piece[] | null;

  private constructor(text: string, exact: boolean) {
    this.text = text;
    this.exact = exact;
    this.explicit = text.startsWith('$share/') || text.startsWith('$q/');
    this.levels = text.split('/').map(compileLevel);
    this.hasTemplate = this.levels.some((l) => l.kind === TEMPLATE);
    this.exactPieces = exact && this.hasTemplate ? pieces(text) : null;
  }

  /** Parses `[eq ]<filter>`; returns an error text when it is not a valid pattern. */
  static parse(source: string): Pattern | string {
    let text = source;
    let exact = false;
    if (text.startsWith('eq ')) {
      exact = true;
      text = text.slice(3).trimStart();
    }
    if (text.length === 0) return 'empty topic pattern';
    const invalid = checkTopicFilter(text);
    if (invalid !== null) return `invalid topic pattern "${text}" (${invalid})`;
    return new Pattern(text, exact);
  }

  /**
   * The first level when it is fixed text (a publish index key); null when it is a wildcard
   * or a template, or when the pattern can never match a topic name (an exact wildcard).
   */
  publishKey(): string | null | undefined {
    if (this.exact && (this.text.includes('+') || this.text.includes('#'))) return undefined;
    const first = this.levels[0]!;
    return first.kind === TEXT ? first.text : null;
  }

  /** Every topic `target` (a topic name or a valid filter) matches, this pattern matches. */
  covers(target: string, who: TemplateValues): boolean {
    if (this.exact) return this.equals(target, who);
    if (!this.hasTemplate) return coversText(this.text, target);
    const levels = this.levels;
    const n = target.length;
    let s = 0; // start of the target's current level; -1 once it has no more levels
    for (let i = 0; i < levels.length; i++) {
      const level = levels[i]!;
      if (level.kind === HASH) return true; // the rest, zero levels included ("a/#" covers "a")
      if (s < 0) return false;
      let e = target.indexOf('/', s);
      if (e < 0) e = n;
      if (e - s === 1) {
        const c = target.charCodeAt(s);
        // Only a pattern # covers a filter #, and `+/#` covers a first-level `#`: both match
        // every topic (a deeper `x/#` also matches its parent `x`, which `x/+/#` does not).
        if (c === 0x23 /* # */) return s === 0 && levels.length === 2 && level.kind === PLUS && levels[1]!.kind === HASH;
        if (c === 0x2b /* + */ && level.kind !== PLUS) return false;
      }
      if (level.kind !== PLUS && !levelEquals(level, target, s, e, who)) return false;
      s = e === n ? -1 : e + 1;
    }
    return s < 0;
  }

  /** Some topic matches both this pattern and the filter `target`. */
  intersects(target: string, who: TemplateValues): boolean {
    if (this.exact) return this.equals(target, who);
    if (!this.hasTemplate) return intersectsText(this.text, target);
    const levels = this.levels;
    const t0 = target.charCodeAt(0);
    if ((t0 === 0x2b || t0 === 0x23) && startsWithDollar(levels[0]!)) return false;
    const n = target.length;
    let s = 0;
    for (let i = 0; i < levels.length; i++) {
      const level = levels[i]!;
      if (level.kind === HASH) return true;
      if (s < 0) return false;
      let e = target.indexOf('/', s);
      if (e < 0) e = n;
      let wild = false;
      if (e - s === 1) {
        const c = target.charCodeAt(s);
        if (c === 0x23) return true;
        wild = c === 0x2b;
      }
      if (!wild && level.kind !== PLUS && !levelEquals(level, target, s, e, who)) return false;
      s = e === n ? -1 : e + 1;
    }
    if (s < 0) return true;
    return n - s === 1 && target.charCodeAt(s) === 0x23; // the filter's remaining "/#" matches zero levels
  }

  private equals(target: string, who: TemplateValues): boolean {
    const ps = this.exactPieces;
    if (ps === null) return target === this.text;
    const end = matchPieces(ps, target, 0, who);
    return end === target.length;
  }
}

const SLASH = 0x2f;
const PLUS_CHAR = 0x2b;
const HASH_CHAR = 0x23;

/**
 * covers() for a pattern without templates, one character at a time (the per-PUBLISH path:
 * no builtin call per level). Both strings are valid, so `+` and `#` are whole levels.
 */
function coversText(p: string, t: string): boolean {
  const pl = p.length;
  const tl = t.length;
  let pi = 0;
  let ti = 0;
  for (;;) {
    // pi and ti are at the start of a level (possibly empty)
    const pc = pi < pl ? p.charCodeAt(pi) : -1;
    if (pc === HASH_CHAR) return true;
    const tc = ti < tl ? t.charCodeAt(ti) : -1;
    if (tc === HASH_CHAR) return ti === 0 && pl === 3 && pc === PLUS_CHAR && p.charCodeAt(2) === HASH_CHAR; // see covers()
    if (pc === PLUS_CHAR) {
      while (ti < tl && t.charCodeAt(ti) !== SLASH) ti++;
      pi++;
    } else {
      if (tc === PLUS_CHAR) return false;
      while (pi < pl) {
        const c = p.charCodeAt(pi);
        if (c === SLASH) break;
        if (ti >= tl || t.charCodeAt(ti) !== c) return false;
        pi++;
        ti++;
      }
      if (ti < tl && t.charCodeAt(ti) !== SLASH) return false;
    }
    // both at the end of a level: '/' or the end of the string
    if (pi === pl) return ti === tl;
    pi++;
    if (ti === tl) return pi + 1 === pl && p.charCodeAt(pi) === HASH_CHAR; // "a/#" covers "a"
    ti++;
  }
}

/** intersects() for a pattern without templates, one character at a time. */
function intersectsText(p: string, t: string): boolean {
  const t0 = t.charCodeAt(0);
  if ((t0 === PLUS_CHAR || t0 === HASH_CHAR) && p.charCodeAt(0) === 0x24) return false;
  const pl = p.length;
  const tl = t.length;
  let pi = 0;
  let ti = 0;
  for (;;) {
    const pc = pi < pl ? p.charCodeAt(pi) : -1;
    const tc = ti < tl ? t.charCodeAt(ti) : -1;
    if (pc === HASH_CHAR || tc === HASH_CHAR) return true;
    if (pc === PLUS_CHAR || tc === PLUS_CHAR) {
      if (pc === PLUS_CHAR) pi++;
      else while (pi < pl && p.charCodeAt(pi) !== SLASH) pi++;
      if (tc === PLUS_CHAR) ti++;
      else while (ti < tl && t.charCodeAt(ti) !== SLASH) ti++;
    } else {
      while (pi < pl) {
        const c = p.charCodeAt(pi);
        if (c === SLASH) break;
        if (ti >= tl || t.charCodeAt(ti) !== c) return false;
        pi++;
        ti++;
      }
      if (ti < tl && t.charCodeAt(ti) !== SLASH) return false;
    }
    const pDone = pi === pl;
    const tDone = ti === tl;
    if (pDone && tDone) return true;
    if (pDone) return ti + 2 === tl && t.charCodeAt(ti + 1) === HASH_CHAR; // the filter's "/#" matches zero levels
    if (tDone) return pi + 2 === pl && p.charCodeAt(pi + 1) === HASH_CHAR;
    pi++;
    ti++;
  }
}

function compileLevel(text: string): Level {
  if (text === '+') return { kind: PLUS, text, pieces: null };
  if (text === '#') return { kind: HASH, text, pieces: null };
  if (text.includes('%c') || text.includes('%u')) return { kind: TEMPLATE, text, pieces: pieces(text) };
  return { kind: TEXT, text, pieces: null };
}

/** Splits text into literal runs and `%c` / `%u`; any other `%` is literal. */
function pieces(text: string): Piece[] {
  const out: Piece[] = [];
  let run = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    const next = text[i + 1];
    if (c === '%' && (next === 'c' || next === 'u')) {
      if (run !== '') out.push(run);
      run = '';
      out.push(next === 'c' ? CLIENT_ID : USERNAME);
      i++;
    } else {
      run += c;
    }
  }
  if (run !== '') out.push(run);
  return out;
}

function startsWithDollar(level: Level): boolean {
  if (level.kind === TEXT) return level.text.charCodeAt(0) === 0x24;
  if (level.kind === TEMPLATE) {
    const first = level.pieces![0]!;
    return typeof first === 'string' && first.charCodeAt(0) === 0x24;
  }
  return false;
}

function levelEquals(level: Level, target: string, s: number, e: number, who: TemplateValues): boolean {
  if (level.kind === TEXT) return e - s === level.text.length && target.startsWith(level.text, s);
  return matchPieces(level.pieces!, target, s, who) === e;
}

/** Matches the pieces at `pos`; returns the end position, or -1. */
function matchPieces(ps: readonly Piece[], target: string, pos: number, who: TemplateValues): number {
  for (let i = 0; i < ps.length; i++) {
    const p = ps[i]!;
    let text: string;
    if (typeof p === 'string') {
      text = p;
    } else {
      const value = p === CLIENT_ID ? who.clientId : who.username;
      if (!safeValue(value)) return -1;
      text = value!;
    }
    if (!target.startsWith(text, pos)) return -1;
    pos += text.length;
  }
  return pos;
}

/** A value that cannot change a pattern's structure when substituted. */
function safeValue(value: string | undefined): boolean {
  if (value === undefined || value.length === 0) return false;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c === 0x2f /* / */ || c === 0x2b /* + */ || c === 0x23 /* # */ || c === 0) return false;
  }
  return true;
}
