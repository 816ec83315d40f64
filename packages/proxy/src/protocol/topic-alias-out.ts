/**
 * Topic aliases the server assigns on its own PUBLISHes to one client (MQTT 5 §3.3.2.3.4),
 * within the Topic Alias Maximum the client announced in CONNECT (MQTT-3.1.2-26) and the
 * operator's bound. The first PUBLISH on a topic carries the topic and a new alias; later ones
 * carry the alias and an empty topic.
 *
 * When every alias is taken, the least recently used topic gives its alias up (AWS IoT SDK's
 * recommended outbound mode and mqtt_cpp's choice): a subscriber whose busy topics drift over
 * time keeps aliases for the current ones. Under a cyclic pattern over more topics than
 * aliases LRU never hits; each miss then costs the 3-byte alias property over a plain PUBLISH.
 *
 * Deciding and recording are separate (resolve, then commit once the PUBLISH is written), so a
 * PUBLISH dropped for the client's Maximum Packet Size does not leave the client and the server
 * with different mappings.
 */
export class OutboundTopicAliases {
  /** topic → alias, least recently used first (a Map iterates in insertion order). */
  private readonly byTopic = new Map<string, number>();
  private nextFree = 1;

  constructor(readonly max: number) {
    if (!(Number.isInteger(max) && max >= 1 && max <= 65535)) throw new RangeError(`topic alias maximum ${max} out of 1..65535`);
  }

  get size(): number {
    return this.byTopic.size;
  }

  /**
   * The alias for a PUBLISH on `topic`: positive, a mapping the client already has (send an
   * empty topic); negative, minus the alias to set now (send the topic with it).
   */
  resolve(topic: string): number {
    const known = this.byTopic.get(topic);
    if (known !== undefined) return known;
    if (this.nextFree <= this.max) return -this.nextFree;
    return -(this.byTopic.values().next().value as number);
  }

  /** The PUBLISH that `resolve(topic)` answered `resolved` for was written. */
  commit(topic: string, resolved: number): void {
    if (resolved > 0) {
      // Most recently used: to the end of the order.
      this.byTopic.delete(topic);
      this.byTopic.set(topic, resolved);
      return;
    }
    const alias = -resolved;
    if (alias === this.nextFree) {
      this.nextFree++;
    } else {
      const oldest = this.byTopic.entries().next().value as [string, number];
      if (oldest[1] !== alias) throw new Error(`topic alias ${alias} committed, but the least recently used is ${oldest[1]}`);
      this.byTopic.delete(oldest[0]);
    }
    this.byTopic.set(topic, alias);
  }
}
