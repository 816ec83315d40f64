// The protobufjs runtime the generated code imports (pbjs --dependency). Queue ids, offsets and
// log positions are below 2^53, so 64-bit fields decode as plain numbers, never Long objects.
// Hand-written, not generated; it must run before the generated module builds its prototypes.
import $protobuf from 'protobufjs/minimal.js';

$protobuf.util.Long = null;
$protobuf.configure();

export default $protobuf;
