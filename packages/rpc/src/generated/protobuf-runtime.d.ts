// Types of protobuf-runtime.js (hand-written): the protobufjs minimal runtime, reconfigured.
import * as protobuf from 'protobufjs/minimal.js';
export * from 'protobufjs/minimal.js';
export default protobuf;
