/**
 * The gRPC method tables of store.proto and notify.proto, with serializers that call the
 * generated protobufjs encoders directly (no proto-loader, no reflection at run time).
 */
import type { MethodDefinition, ServiceDefinition } from '@grpc/grpc-js';
import { decodeAdvanceBatch, encodeAdvanceBatch, pb, type AdvanceBatch } from './codec.ts';
import type { Writer } from './generated/protobuf-runtime.js';
import type { wharf } from './generated/wharf.js';

/** One method: what the client writes (`In`) and what the receiving side decodes (`Out`). */
export interface Method<ReqIn, ReqOut, ResIn, ResOut> {
  path: string;
  requestStream: boolean;
  responseStream: boolean;
  requestSerialize(value: ReqIn): Buffer;
  requestDeserialize(bytes: Buffer): ReqOut;
  responseSerialize(value: ResIn): Buffer;
  responseDeserialize(bytes: Buffer): ResOut;
}

interface Codec<In, Out> {
  serialize(value: In): Buffer;
  deserialize(bytes: Buffer): Out;
}

function codec<In, Out>(type: { encode(message: In, writer?: Writer): Writer; decode(bytes: Uint8Array): Out }): Codec<In, Out> {
  return {
    // The runtime writes into a Buffer under Node.
    serialize: (value) => type.encode(value).finish() as Buffer,
    deserialize: (bytes) => type.decode(bytes),
  };
}

function method<ReqIn, ReqOut, ResIn, ResOut>(
  service: string,
  name: string,
  request: Codec<ReqIn, ReqOut>,
  response: Codec<ResIn, ResOut>,
  requestStream = false,
  responseStream = false,
): Method<ReqIn, ReqOut, ResIn, ResOut> {
  return {
    path: `/wharf.v1.${service}/${name}`,
    requestStream,
    responseStream,
    requestSerialize: request.serialize,
    requestDeserialize: request.deserialize,
    responseSerialize: response.serialize,
    responseDeserialize: response.deserialize,
  };
}

const empty = codec(pb.Empty);
const filterRef = codec(pb.FilterRef);
const ownerRef = codec(pb.OwnerRef);
const metaKey = codec(pb.MetaKey);
const queueInfo = codec(pb.QueueInfo);
const queuesConfig = codec(pb.QueuesConfig);

export const storeMethods = {
  Append: method('Store', 'Append', codec(pb.AppendBatch), codec(pb.AppendAck), true, true),
  Pull: method('Store', 'Pull', codec(pb.PullRequest), codec(pb.PullResponse)),
  EndOffset: method('Store', 'EndOffset', codec(pb.QueueRef), codec(pb.Offset)),
  EndOffsets: method('Store', 'EndOffsets', codec(pb.QueueRefs), codec(pb.Offsets)),
  RegisterFilter: method('Store', 'RegisterFilter', filterRef, codec(pb.FilterRegistration)),
  UnregisterFilter: method('Store', 'UnregisterFilter', filterRef, empty),
  GetRetained: method('Store', 'GetRetained', filterRef, codec(pb.MessageList)),
  LoadOffsets: method('Store', 'LoadOffsets', ownerRef, codec(pb.OffsetList)),
  SaveOffsets: method('Store', 'SaveOffsets', codec(pb.SaveOffsetsRequest), empty),
  DeleteOffsets: method('Store', 'DeleteOffsets', ownerRef, empty),
  GetMeta: method('Store', 'GetMeta', metaKey, codec(pb.MetaValue)),
  ListMeta: method('Store', 'ListMeta', metaKey, codec(pb.MetaList)),
  PutMeta: method('Store', 'PutMeta', codec(pb.PutMetaRequest), empty),
  CreateQueue: method('Store', 'CreateQueue', codec(pb.QueueSpec), queueInfo),
  UpdateQueue: method('Store', 'UpdateQueue', codec(pb.UpdateQueueRequest), queueInfo),
  DeleteQueue: method('Store', 'DeleteQueue', filterRef, empty),
  GetQueue: method('Store', 'GetQueue', codec(pb.QueueLookup), codec(pb.GetQueueResponse)),
  ListQueues: method('Store', 'ListQueues', codec(pb.ListQueuesRequest), codec(pb.QueueList)),
  GetQueuesConfig: method('Store', 'GetQueuesConfig', empty, queuesConfig),
  PutQueuesConfig: method('Store', 'PutQueuesConfig', queuesConfig, queuesConfig),
  Consume: method('Store', 'Consume', codec(pb.ConsumeRequest), codec(pb.ConsumeEvent), true, true),
};

export type StoreMethodName = keyof typeof storeMethods;

/** AdvanceBatch in core terms both ways: events are encoded once for any fan-out. */
const advanceBatch: Codec<AdvanceBatch, AdvanceBatch> = {
  serialize: (b) => encodeAdvanceBatch(b.events, b.interestApplied, b.resync),
  deserialize: decodeAdvanceBatch,
};

export const notifyMethods = {
  Feed: method('Notify', 'Feed', advanceBatch, empty, true, false),
  Subscribe: method('Notify', 'Subscribe', codec(pb.Interest), advanceBatch, true, true),
};

export type ProtoInterest = wharf.v1.Interest;

/** The table grpc-js registers; handlers are matched by method name. */
export function serviceDefinition(methods: Record<string, Method<never, unknown, never, unknown>>): ServiceDefinition {
  const out: Record<string, MethodDefinition<unknown, unknown>> = {};
  for (const [name, m] of Object.entries(methods)) out[name] = { ...m, originalName: name } as unknown as MethodDefinition<unknown, unknown>;
  return out as ServiceDefinition;
}
