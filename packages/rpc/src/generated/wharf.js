/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "./protobuf-runtime.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError;

// Exported root namespace
const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const wharf = $root.wharf = (() => {

    /**
     * Namespace wharf.
     * @exports wharf
     * @namespace
     */
    const wharf = {};

    wharf.v1 = (function() {

        /**
         * Namespace v1.
         * @memberof wharf
         * @namespace
         */
        const v1 = {};

        v1.UserProperty = (function() {

            /**
             * Properties of a UserProperty.
             * @typedef {Object} wharf.v1.UserProperty.$Properties
             * @property {string|null} [key] UserProperty key
             * @property {Array.<string>|null} [values] UserProperty values
             * @property {boolean|null} [list] UserProperty list
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a UserProperty.
             * @memberof wharf.v1
             * @interface IUserProperty
             * @augments wharf.v1.UserProperty.$Properties
             * @deprecated Use wharf.v1.UserProperty.$Properties instead.
             */

            /**
             * Shape of a UserProperty.
             * @typedef {wharf.v1.UserProperty.$Properties} wharf.v1.UserProperty.$Shape
             */

            /**
             * Constructs a new UserProperty.
             * @memberof wharf.v1
             * @classdesc Represents a UserProperty.
             * @constructor
             * @param {wharf.v1.UserProperty.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const UserProperty = function (properties) {
                this.values = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * UserProperty key.
             * @member {string} key
             * @memberof wharf.v1.UserProperty
             * @instance
             */
            UserProperty.prototype.key = "";

            /**
             * UserProperty values.
             * @member {Array.<string>} values
             * @memberof wharf.v1.UserProperty
             * @instance
             */
            UserProperty.prototype.values = $util.emptyArray;

            /**
             * UserProperty list.
             * @member {boolean} list
             * @memberof wharf.v1.UserProperty
             * @instance
             */
            UserProperty.prototype.list = false;

            /**
             * Creates a new UserProperty instance using the specified properties.
             * @function create
             * @memberof wharf.v1.UserProperty
             * @static
             * @param {wharf.v1.UserProperty.$Properties=} [properties] Properties to set
             * @returns {wharf.v1.UserProperty} UserProperty instance
             * @type {{
             *   (properties: wharf.v1.UserProperty.$Shape): wharf.v1.UserProperty & wharf.v1.UserProperty.$Shape;
             *   (properties?: wharf.v1.UserProperty.$Properties): wharf.v1.UserProperty;
             * }}
             */
            UserProperty.create = function(properties) {
                return new UserProperty(properties);
            };

            /**
             * Encodes the specified UserProperty message. Does not implicitly {@link wharf.v1.UserProperty.verify|verify} messages.
             * @function encode
             * @memberof wharf.v1.UserProperty
             * @static
             * @param {wharf.v1.UserProperty.$Properties} message UserProperty message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            UserProperty.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.key != null && $Object.hasOwnProperty.call(message, "key") && message.key !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.key);
                if (message.values != null && message.values.length)
                    for (let i = 0; i < message.values.length; ++i)
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.values[i]);
                if (message.list != null && $Object.hasOwnProperty.call(message, "list") && message.list !== false)
                    writer.uint32(/* id 3, wireType 0 =*/24).bool(message.list);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a UserProperty message from the specified reader or buffer.
             * @function decode
             * @memberof wharf.v1.UserProperty
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {wharf.v1.UserProperty & wharf.v1.UserProperty.$Shape} UserProperty
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            UserProperty.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.wharf.v1.UserProperty();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.key = value;
                            else
                                delete message.key;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.values && message.values.length))
                                message.values = [];
                            message.values.push(reader.stringVerify());
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.list = value;
                            else
                                delete message.list;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return UserProperty;
        })();

        v1.Properties = (function() {

            /**
             * Properties of a Properties.
             * @typedef {Object} wharf.v1.Properties.$Properties
             * @property {boolean|null} [payloadFormatIndicator] Properties payloadFormatIndicator
             * @property {number|null} [messageExpiryInterval] Properties messageExpiryInterval
             * @property {string|null} [contentType] Properties contentType
             * @property {string|null} [responseTopic] Properties responseTopic
             * @property {Uint8Array|null} [correlationData] Properties correlationData
             * @property {Array.<wharf.v1.UserProperty.$Properties>|null} [userProperties] Properties userProperties
             * @property {boolean|null} [hasUserProperties] Properties hasUserProperties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Properties.
             * @memberof wharf.v1
             * @interface IProperties
             * @augments wharf.v1.Properties.$Properties
             * @deprecated Use wharf.v1.Properties.$Properties instead.
             */

            /**
             * Shape of a Properties.
             * @typedef {wharf.v1.Properties.$Properties} wharf.v1.Properties.$Shape
             */

            /**
             * Constructs a new Properties.
             * @memberof wharf.v1
             * @classdesc Represents a Properties.
             * @constructor
             * @param {wharf.v1.Properties.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Properties = function (properties) {
                this.userProperties = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Properties payloadFormatIndicator.
             * @member {boolean|null|undefined} payloadFormatIndicator
             * @memberof wharf.v1.Properties
             * @instance
             */
            Properties.prototype.payloadFormatIndicator = null;

            /**
             * Properties messageExpiryInterval.
             * @member {number|null|undefined} messageExpiryInterval
             * @memberof wharf.v1.Properties
             * @instance
             */
            Properties.prototype.messageExpiryInterval = null;

            /**
             * Properties contentType.
             * @member {string|null|undefined} contentType
             * @memberof wharf.v1.Properties
             * @instance
             */
            Properties.prototype.contentType = null;

            /**
             * Properties responseTopic.
             * @member {string|null|undefined} responseTopic
             * @memberof wharf.v1.Properties
             * @instance
             */
            Properties.prototype.responseTopic = null;

            /**
             * Properties correlationData.
             * @member {Uint8Array|null|undefined} correlationData
             * @memberof wharf.v1.Properties
             * @instance
             */
            Properties.prototype.correlationData = null;

            /**
             * Properties userProperties.
             * @member {Array.<wharf.v1.UserProperty.$Properties>} userProperties
             * @memberof wharf.v1.Properties
             * @instance
             */
            Properties.prototype.userProperties = $util.emptyArray;

            /**
             * Properties hasUserProperties.
             * @member {boolean} hasUserProperties
             * @memberof wharf.v1.Properties
             * @instance
             */
            Properties.prototype.hasUserProperties = false;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Properties.prototype, "_payloadFormatIndicator", {
                get: $util.oneOfGetter($oneOfFields = ["payloadFormatIndicator"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Properties.prototype, "_messageExpiryInterval", {
                get: $util.oneOfGetter($oneOfFields = ["messageExpiryInterval"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Properties.prototype, "_contentType", {
                get: $util.oneOfGetter($oneOfFields = ["contentType"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Properties.prototype, "_responseTopic", {
                get: $util.oneOfGetter($oneOfFields = ["responseTopic"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Properties.prototype, "_correlationData", {
                get: $util.oneOfGetter($oneOfFields = ["correlationData"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new Properties instance using the specified properties.
             * @function create
             * @memberof wharf.v1.Properties
             * @static
             * @param {wharf.v1.Properties.$Properties=} [properties] Properties to set
             * @returns {wharf.v1.Properties} Properties instance
             * @type {{
             *   (properties: wharf.v1.Properties.$Shape): wharf.v1.Properties & wharf.v1.Properties.$Shape;
             *   (properties?: wharf.v1.Properties.$Properties): wharf.v1.Properties;
             * }}
             */
            Properties.create = function(properties) {
                return new Properties(properties);
            };

            /**
             * Encodes the specified Properties message. Does not implicitly {@link wharf.v1.Properties.verify|verify} messages.
             * @function encode
             * @memberof wharf.v1.Properties
             * @static
             * @param {wharf.v1.Properties.$Properties} message Properties message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Properties.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.payloadFormatIndicator != null && $Object.hasOwnProperty.call(message, "payloadFormatIndicator"))
                    writer.uint32(/* id 1, wireType 0 =*/8).bool(message.payloadFormatIndicator);
                if (message.messageExpiryInterval != null && $Object.hasOwnProperty.call(message, "messageExpiryInterval"))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.messageExpiryInterval);
                if (message.contentType != null && $Object.hasOwnProperty.call(message, "contentType"))
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.contentType);
                if (message.responseTopic != null && $Object.hasOwnProperty.call(message, "responseTopic"))
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.responseTopic);
                if (message.correlationData != null && $Object.hasOwnProperty.call(message, "correlationData"))
                    writer.uint32(/* id 5, wireType 2 =*/42).bytes(message.correlationData);
                if (message.userProperties != null && message.userProperties.length)
                    for (let i = 0; i < message.userProperties.length; ++i)
                        $root.wharf.v1.UserProperty.encode(message.userProperties[i], writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                if (message.hasUserProperties != null && $Object.hasOwnProperty.call(message, "hasUserProperties") && message.hasUserProperties !== false)
                    writer.uint32(/* id 7, wireType 0 =*/56).bool(message.hasUserProperties);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Properties message from the specified reader or buffer.
             * @function decode
             * @memberof wharf.v1.Properties
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {wharf.v1.Properties & wharf.v1.Properties.$Shape} Properties
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Properties.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.wharf.v1.Properties();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            message.payloadFormatIndicator = reader.bool();
                            message._payloadFormatIndicator = "payloadFormatIndicator";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            message.messageExpiryInterval = reader.uint32();
                            message._messageExpiryInterval = "messageExpiryInterval";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.contentType = reader.stringVerify();
                            message._contentType = "contentType";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.responseTopic = reader.stringVerify();
                            message._responseTopic = "responseTopic";
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.correlationData = reader.bytes();
                            message._correlationData = "correlationData";
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if (!(message.userProperties && message.userProperties.length))
                                message.userProperties = [];
                            message.userProperties.push($root.wharf.v1.UserProperty.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.hasUserProperties = value;
                            else
                                delete message.hasUserProperties;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return Properties;
        })();

        v1.Message = (function() {

            /**
             * Properties of a Message.
             * @typedef {Object} wharf.v1.Message.$Properties
             * @property {string|null} [topic] Message topic
             * @property {Uint8Array|null} [payload] Message payload
             * @property {number|null} [qos] Message qos
             * @property {boolean|null} [retain] Message retain
             * @property {string|null} [from] Message from
             * @property {wharf.v1.Properties.$Properties|null} [properties] Message properties
             * @property {number|null} [logPosition] Message logPosition
             * @property {number|null} [timestamp] Message timestamp
             * @property {number|null} [expiresAt] Message expiresAt
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Message.
             * @memberof wharf.v1
             * @interface IMessage
             * @augments wharf.v1.Message.$Properties
             * @deprecated Use wharf.v1.Message.$Properties instead.
             */

            /**
             * Shape of a Message.
             * @typedef {wharf.v1.Message.$Properties} wharf.v1.Message.$Shape
             */

            /**
             * Constructs a new Message.
             * @memberof wharf.v1
             * @classdesc Represents a Message.
             * @constructor
             * @param {wharf.v1.Message.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Message = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Message topic.
             * @member {string} topic
             * @memberof wharf.v1.Message
             * @instance
             */
            Message.prototype.topic = "";

            /**
             * Message payload.
             * @member {Uint8Array} payload
             * @memberof wharf.v1.Message
             * @instance
             */
            Message.prototype.payload = $util.newBuffer([]);

            /**
             * Message qos.
             * @member {number} qos
             * @memberof wharf.v1.Message
             * @instance
             */
            Message.prototype.qos = 0;

            /**
             * Message retain.
             * @member {boolean} retain
             * @memberof wharf.v1.Message
             * @instance
             */
            Message.prototype.retain = false;

            /**
             * Message from.
             * @member {string|null|undefined} from
             * @memberof wharf.v1.Message
             * @instance
             */
            Message.prototype.from = null;

            /**
             * Message properties.
             * @member {wharf.v1.Properties.$Properties|null|undefined} properties
             * @memberof wharf.v1.Message
             * @instance
             */
            Message.prototype.properties = null;

            /**
             * Message logPosition.
             * @member {number} logPosition
             * @memberof wharf.v1.Message
             * @instance
             */
            Message.prototype.logPosition = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Message timestamp.
             * @member {number} timestamp
             * @memberof wharf.v1.Message
             * @instance
             */
            Message.prototype.timestamp = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Message expiresAt.
             * @member {number} expiresAt
             * @memberof wharf.v1.Message
             * @instance
             */
            Message.prototype.expiresAt = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Message.prototype, "_from", {
                get: $util.oneOfGetter($oneOfFields = ["from"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Message.prototype, "_properties", {
                get: $util.oneOfGetter($oneOfFields = ["properties"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new Message instance using the specified properties.
             * @function create
             * @memberof wharf.v1.Message
             * @static
             * @param {wharf.v1.Message.$Properties=} [properties] Properties to set
             * @returns {wharf.v1.Message} Message instance
             * @type {{
             *   (properties: wharf.v1.Message.$Shape): wharf.v1.Message & wharf.v1.Message.$Shape;
             *   (properties?: wharf.v1.Message.$Properties): wharf.v1.Message;
             * }}
             */
            Message.create = function(properties) {
                return new Message(properties);
            };

            /**
             * Encodes the specified Message message. Does not implicitly {@link wharf.v1.Message.verify|verify} messages.
             * @function encode
             * @memberof wharf.v1.Message
             * @static
             * @param {wharf.v1.Message.$Properties} message Message message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Message.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.topic != null && $Object.hasOwnProperty.call(message, "topic") && message.topic !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.topic);
                if (message.payload != null && $Object.hasOwnProperty.call(message, "payload") && message.payload.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.payload);
                if (message.qos != null && $Object.hasOwnProperty.call(message, "qos") && message.qos !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.qos);
                if (message.retain != null && $Object.hasOwnProperty.call(message, "retain") && message.retain !== false)
                    writer.uint32(/* id 4, wireType 0 =*/32).bool(message.retain);
                if (message.from != null && $Object.hasOwnProperty.call(message, "from"))
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.from);
                if (message.properties != null && $Object.hasOwnProperty.call(message, "properties"))
                    $root.wharf.v1.Properties.encode(message.properties, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                if (message.logPosition != null && $Object.hasOwnProperty.call(message, "logPosition") && (typeof message.logPosition === "object" ? message.logPosition.low || message.logPosition.high : message.logPosition !== 0))
                    writer.uint32(/* id 7, wireType 0 =*/56).uint64(message.logPosition);
                if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp") && (typeof message.timestamp === "object" ? message.timestamp.low || message.timestamp.high : message.timestamp !== 0))
                    writer.uint32(/* id 8, wireType 0 =*/64).uint64(message.timestamp);
                if (message.expiresAt != null && $Object.hasOwnProperty.call(message, "expiresAt") && (typeof message.expiresAt === "object" ? message.expiresAt.low || message.expiresAt.high : message.expiresAt !== 0))
                    writer.uint32(/* id 9, wireType 0 =*/72).uint64(message.expiresAt);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Message message from the specified reader or buffer.
             * @function decode
             * @memberof wharf.v1.Message
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {wharf.v1.Message & wharf.v1.Message.$Shape} Message
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Message.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.wharf.v1.Message();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.topic = value;
                            else
                                delete message.topic;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.payload = value;
                            else
                                delete message.payload;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.qos = value;
                            else
                                delete message.qos;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.retain = value;
                            else
                                delete message.retain;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.from = reader.stringVerify();
                            message._from = "from";
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.properties = $root.wharf.v1.Properties.decode(reader, reader.size(), $undefined, _depth + 1, message.properties);
                            message._properties = "properties";
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.logPosition = value;
                            else
                                delete message.logPosition;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.timestamp = value;
                            else
                                delete message.timestamp;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.expiresAt = value;
                            else
                                delete message.expiresAt;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return Message;
        })();

        v1.Empty = (function() {

            /**
             * Properties of an Empty.
             * @typedef {Object} wharf.v1.Empty.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Empty.
             * @memberof wharf.v1
             * @interface IEmpty
             * @augments wharf.v1.Empty.$Properties
             * @deprecated Use wharf.v1.Empty.$Properties instead.
             */

            /**
             * Shape of an Empty.
             * @typedef {wharf.v1.Empty.$Properties} wharf.v1.Empty.$Shape
             */

            /**
             * Constructs a new Empty.
             * @memberof wharf.v1
             * @classdesc Represents an Empty.
             * @constructor
             * @param {wharf.v1.Empty.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Empty = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Creates a new Empty instance using the specified properties.
             * @function create
             * @memberof wharf.v1.Empty
             * @static
             * @param {wharf.v1.Empty.$Properties=} [properties] Properties to set
             * @returns {wharf.v1.Empty} Empty instance
             * @type {{
             *   (properties: wharf.v1.Empty.$Shape): wharf.v1.Empty & wharf.v1.Empty.$Shape;
             *   (properties?: wharf.v1.Empty.$Properties): wharf.v1.Empty;
             * }}
             */
            Empty.create = function(properties) {
                return new Empty(properties);
            };

            /**
             * Encodes the specified Empty message. Does not implicitly {@link wharf.v1.Empty.verify|verify} messages.
             * @function encode
             * @memberof wharf.v1.Empty
             * @static
             * @param {wharf.v1.Empty.$Properties} message Empty message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Empty.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an Empty message from the specified reader or buffer.
             * @function decode
             * @memberof wharf.v1.Empty
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {wharf.v1.Empty & wharf.v1.Empty.$Shape} Empty
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Empty.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.wharf.v1.Empty();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return Empty;
        })();

        v1.QueueSpec = (function() {

            /**
             * Properties of a QueueSpec.
             * @typedef {Object} wharf.v1.QueueSpec.$Properties
             * @property {string|null} [topicFilter] QueueSpec topicFilter
             * @property {string|null} [name] QueueSpec name
             * @property {boolean|null} [isLastValue] QueueSpec isLastValue
             * @property {string|null} [keyExpression] QueueSpec keyExpression
             * @property {string|null} [missingKey] QueueSpec missingKey
             * @property {string|null} [fallbackKey] QueueSpec fallbackKey
             * @property {string|null} [dispatchStrategy] QueueSpec dispatchStrategy
             * @property {number|null} [dataRetentionPeriodMs] QueueSpec dataRetentionPeriodMs
             * @property {number|null} [ackTimeoutMs] QueueSpec ackTimeoutMs
             * @property {number|null} [maxDeliveries] QueueSpec maxDeliveries
             * @property {number|null} [maxMessages] QueueSpec maxMessages
             * @property {number|null} [maxBytes] QueueSpec maxBytes
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a QueueSpec.
             * @memberof wharf.v1
             * @interface IQueueSpec
             * @augments wharf.v1.QueueSpec.$Properties
             * @deprecated Use wharf.v1.QueueSpec.$Properties instead.
             */

            /**
             * Shape of a QueueSpec.
             * @typedef {wharf.v1.QueueSpec.$Properties} wharf.v1.QueueSpec.$Shape
             */

            /**
             * Constructs a new QueueSpec.
             * @memberof wharf.v1
             * @classdesc Represents a QueueSpec.
             * @constructor
             * @param {wharf.v1.QueueSpec.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const QueueSpec = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * QueueSpec topicFilter.
             * @member {string|null|undefined} topicFilter
             * @memberof wharf.v1.QueueSpec
             * @instance
             */
            QueueSpec.prototype.topicFilter = null;

            /**
             * QueueSpec name.
             * @member {string|null|undefined} name
             * @memberof wharf.v1.QueueSpec
             * @instance
             */
            QueueSpec.prototype.name = null;

            /**
             * QueueSpec isLastValue.
             * @member {boolean|null|undefined} isLastValue
             * @memberof wharf.v1.QueueSpec
             * @instance
             */
            QueueSpec.prototype.isLastValue = null;

            /**
             * QueueSpec keyExpression.
             * @member {string|null|undefined} keyExpression
             * @memberof wharf.v1.QueueSpec
             * @instance
             */
            QueueSpec.prototype.keyExpression = null;

            /**
             * QueueSpec missingKey.
             * @member {string|null|undefined} missingKey
             * @memberof wharf.v1.QueueSpec
             * @instance
             */
            QueueSpec.prototype.missingKey = null;

            /**
             * QueueSpec fallbackKey.
             * @member {string|null|undefined} fallbackKey
             * @memberof wharf.v1.QueueSpec
             * @instance
             */
            QueueSpec.prototype.fallbackKey = null;

            /**
             * QueueSpec dispatchStrategy.
             * @member {string|null|undefined} dispatchStrategy
             * @memberof wharf.v1.QueueSpec
             * @instance
             */
            QueueSpec.prototype.dispatchStrategy = null;

            /**
             * QueueSpec dataRetentionPeriodMs.
             * @member {number|null|undefined} dataRetentionPeriodMs
             * @memberof wharf.v1.QueueSpec
             * @instance
             */
            QueueSpec.prototype.dataRetentionPeriodMs = null;

            /**
             * QueueSpec ackTimeoutMs.
             * @member {number|null|undefined} ackTimeoutMs
             * @memberof wharf.v1.QueueSpec
             * @instance
             */
            QueueSpec.prototype.ackTimeoutMs = null;

            /**
             * QueueSpec maxDeliveries.
             * @member {number|null|undefined} maxDeliveries
             * @memberof wharf.v1.QueueSpec
             * @instance
             */
            QueueSpec.prototype.maxDeliveries = null;

            /**
             * QueueSpec maxMessages.
             * @member {number|null|undefined} maxMessages
             * @memberof wharf.v1.QueueSpec
             * @instance
             */
            QueueSpec.prototype.maxMessages = null;

            /**
             * QueueSpec maxBytes.
             * @member {number|null|undefined} maxBytes
             * @memberof wharf.v1.QueueSpec
             * @instance
             */
            QueueSpec.prototype.maxBytes = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(QueueSpec.prototype, "_topicFilter", {
                get: $util.oneOfGetter($oneOfFields = ["topicFilter"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(QueueSpec.prototype, "_name", {
                get: $util.oneOfGetter($oneOfFields = ["name"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(QueueSpec.prototype, "_isLastValue", {
                get: $util.oneOfGetter($oneOfFields = ["isLastValue"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(QueueSpec.prototype, "_keyExpression", {
                get: $util.oneOfGetter($oneOfFields = ["keyExpression"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(QueueSpec.prototype, "_missingKey", {
                get: $util.oneOfGetter($oneOfFields = ["missingKey"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(QueueSpec.prototype, "_fallbackKey", {
                get: $util.oneOfGetter($oneOfFields = ["fallbackKey"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(QueueSpec.prototype, "_dispatchStrategy", {
                get: $util.oneOfGetter($oneOfFields = ["dispatchStrategy"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(QueueSpec.prototype, "_dataRetentionPeriodMs", {
                get: $util.oneOfGetter($oneOfFields = ["dataRetentionPeriodMs"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(QueueSpec.prototype, "_ackTimeoutMs", {
                get: $util.oneOfGetter($oneOfFields = ["ackTimeoutMs"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(QueueSpec.prototype, "_maxDeliveries", {
                get: $util.oneOfGetter($oneOfFields = ["maxDeliveries"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(QueueSpec.prototype, "_maxMessages", {
                get: $util.oneOfGetter($oneOfFields = ["maxMessages"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(QueueSpec.prototype, "_maxBytes", {
                get: $util.oneOfGetter($oneOfFields = ["maxBytes"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new QueueSpec instance using the specified properties.
             * @function create
             * @memberof wharf.v1.QueueSpec
             * @static
             * @param {wharf.v1.QueueSpec.$Properties=} [properties] Properties to set
             * @returns {wharf.v1.QueueSpec} QueueSpec instance
             * @type {{
             *   (properties: wharf.v1.QueueSpec.$Shape): wharf.v1.QueueSpec & wharf.v1.QueueSpec.$Shape;
             *   (properties?: wharf.v1.QueueSpec.$Properties): wharf.v1.QueueSpec;
             * }}
             */
            QueueSpec.create = function(properties) {
                return new QueueSpec(properties);
            };

            /**
             * Encodes the specified QueueSpec message. Does not implicitly {@link wharf.v1.QueueSpec.verify|verify} messages.
             * @function encode
             * @memberof wharf.v1.QueueSpec
             * @static
             * @param {wharf.v1.QueueSpec.$Properties} message QueueSpec message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            QueueSpec.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.topicFilter != null && $Object.hasOwnProperty.call(message, "topicFilter"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.topicFilter);
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.name);
                if (message.isLastValue != null && $Object.hasOwnProperty.call(message, "isLastValue"))
                    writer.uint32(/* id 3, wireType 0 =*/24).bool(message.isLastValue);
                if (message.keyExpression != null && $Object.hasOwnProperty.call(message, "keyExpression"))
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.keyExpression);
                if (message.missingKey != null && $Object.hasOwnProperty.call(message, "missingKey"))
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.missingKey);
                if (message.fallbackKey != null && $Object.hasOwnProperty.call(message, "fallbackKey"))
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.fallbackKey);
                if (message.dispatchStrategy != null && $Object.hasOwnProperty.call(message, "dispatchStrategy"))
                    writer.uint32(/* id 7, wireType 2 =*/58).string(message.dispatchStrategy);
                if (message.dataRetentionPeriodMs != null && $Object.hasOwnProperty.call(message, "dataRetentionPeriodMs"))
                    writer.uint32(/* id 8, wireType 1 =*/65).double(message.dataRetentionPeriodMs);
                if (message.ackTimeoutMs != null && $Object.hasOwnProperty.call(message, "ackTimeoutMs"))
                    writer.uint32(/* id 9, wireType 1 =*/73).double(message.ackTimeoutMs);
                if (message.maxDeliveries != null && $Object.hasOwnProperty.call(message, "maxDeliveries"))
                    writer.uint32(/* id 10, wireType 1 =*/81).double(message.maxDeliveries);
                if (message.maxMessages != null && $Object.hasOwnProperty.call(message, "maxMessages"))
                    writer.uint32(/* id 11, wireType 1 =*/89).double(message.maxMessages);
                if (message.maxBytes != null && $Object.hasOwnProperty.call(message, "maxBytes"))
                    writer.uint32(/* id 12, wireType 1 =*/97).double(message.maxBytes);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a QueueSpec message from the specified reader or buffer.
             * @function decode
             * @memberof wharf.v1.QueueSpec
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {wharf.v1.QueueSpec & wharf.v1.QueueSpec.$Shape} QueueSpec
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            QueueSpec.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.wharf.v1.QueueSpec();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.topicFilter = reader.stringVerify();
                            message._topicFilter = "topicFilter";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.name = reader.stringVerify();
                            message._name = "name";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            message.isLastValue = reader.bool();
                            message._isLastValue = "isLastValue";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.keyExpression = reader.stringVerify();
                            message._keyExpression = "keyExpression";
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.missingKey = reader.stringVerify();
                            message._missingKey = "missingKey";
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.fallbackKey = reader.stringVerify();
                            message._fallbackKey = "fallbackKey";
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            message.dispatchStrategy = reader.stringVerify();
                            message._dispatchStrategy = "dispatchStrategy";
                            continue;
                        }
                    case 8: {
                            if (wireType !== 1)
                                break;
                            message.dataRetentionPeriodMs = reader.double();
                            message._dataRetentionPeriodMs = "dataRetentionPeriodMs";
                            continue;
                        }
                    case 9: {
                            if (wireType !== 1)
                                break;
                            message.ackTimeoutMs = reader.double();
                            message._ackTimeoutMs = "ackTimeoutMs";
                            continue;
                        }
                    case 10: {
                            if (wireType !== 1)
                                break;
                            message.maxDeliveries = reader.double();
                            message._maxDeliveries = "maxDeliveries";
                            continue;
                        }
                    case 11: {
                            if (wireType !== 1)
                                break;
                            message.maxMessages = reader.double();
                            message._maxMessages = "maxMessages";
                            continue;
                        }
                    case 12: {
                            if (wireType !== 1)
                                break;
                            message.maxBytes = reader.double();
                            message._maxBytes = "maxBytes";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return QueueSpec;
        })();

        v1.UpdateQueueRequest = (function() {

            /**
             * Properties of an UpdateQueueRequest.
             * @typedef {Object} wharf.v1.UpdateQueueRequest.$Properties
             * @property {string|null} [topicFilter] UpdateQueueRequest topicFilter
             * @property {wharf.v1.QueueSpec.$Properties|null} [patch] UpdateQueueRequest patch
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an UpdateQueueRequest.
             * @memberof wharf.v1
             * @interface IUpdateQueueRequest
             * @augments wharf.v1.UpdateQueueRequest.$Properties
             * @deprecated Use wharf.v1.UpdateQueueRequest.$Properties instead.
             */

            /**
             * Shape of an UpdateQueueRequest.
             * @typedef {wharf.v1.UpdateQueueRequest.$Properties} wharf.v1.UpdateQueueRequest.$Shape
             */

            /**
             * Constructs a new UpdateQueueRequest.
             * @memberof wharf.v1
             * @classdesc Represents an UpdateQueueRequest.
             * @constructor
             * @param {wharf.v1.UpdateQueueRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const UpdateQueueRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * UpdateQueueRequest topicFilter.
             * @member {string} topicFilter
             * @memberof wharf.v1.UpdateQueueRequest
             * @instance
             */
            UpdateQueueRequest.prototype.topicFilter = "";

            /**
             * UpdateQueueRequest patch.
             * @member {wharf.v1.QueueSpec.$Properties|null|undefined} patch
             * @memberof wharf.v1.UpdateQueueRequest
             * @instance
             */
            UpdateQueueRequest.prototype.patch = null;

            /**
             * Creates a new UpdateQueueRequest instance using the specified properties.
             * @function create
             * @memberof wharf.v1.UpdateQueueRequest
             * @static
             * @param {wharf.v1.UpdateQueueRequest.$Properties=} [properties] Properties to set
             * @returns {wharf.v1.UpdateQueueRequest} UpdateQueueRequest instance
             * @type {{
             *   (properties: wharf.v1.UpdateQueueRequest.$Shape): wharf.v1.UpdateQueueRequest & wharf.v1.UpdateQueueRequest.$Shape;
             *   (properties?: wharf.v1.UpdateQueueRequest.$Properties): wharf.v1.UpdateQueueRequest;
             * }}
             */
            UpdateQueueRequest.create = function(properties) {
                return new UpdateQueueRequest(properties);
            };

            /**
             * Encodes the specified UpdateQueueRequest message. Does not implicitly {@link wharf.v1.UpdateQueueRequest.verify|verify} messages.
             * @function encode
             * @memberof wharf.v1.UpdateQueueRequest
             * @static
             * @param {wharf.v1.UpdateQueueRequest.$Properties} message UpdateQueueRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            UpdateQueueRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.topicFilter != null && $Object.hasOwnProperty.call(message, "topicFilter") && message.topicFilter !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.topicFilter);
                if (message.patch != null && $Object.hasOwnProperty.call(message, "patch"))
                    $root.wharf.v1.QueueSpec.encode(message.patch, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an UpdateQueueRequest message from the specified reader or buffer.
             * @function decode
             * @memberof wharf.v1.UpdateQueueRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {wharf.v1.UpdateQueueRequest & wharf.v1.UpdateQueueRequest.$Shape} UpdateQueueRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            UpdateQueueRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.wharf.v1.UpdateQueueRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.topicFilter = value;
                            else
                                delete message.topicFilter;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.patch = $root.wharf.v1.QueueSpec.decode(reader, reader.size(), $undefined, _depth + 1, message.patch);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return UpdateQueueRequest;
        })();

        v1.QueueLookup = (function() {

            /**
             * Properties of a QueueLookup.
             * @typedef {Object} wharf.v1.QueueLookup.$Properties
             * @property {string|null} [topicFilter] QueueLookup topicFilter
             * @property {string|null} [name] QueueLookup name
             * @property {"topicFilter"|"name"} [ref] QueueLookup ref
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a QueueLookup.
             * @memberof wharf.v1
             * @interface IQueueLookup
             * @augments wharf.v1.QueueLookup.$Properties
             * @deprecated Use wharf.v1.QueueLookup.$Properties instead.
             */

            /**
             * Narrowed shape of a QueueLookup.
             * @typedef {{
             *   topicFilter?: string|null;
             *   name?: string|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ ref?: undefined; topicFilter?: null; name?: null }|{ ref?: "topicFilter"; topicFilter: string; name?: null }|{ ref?: "name"; topicFilter?: null; name: string })
             * )} wharf.v1.QueueLookup.$Shape
             */

            /**
             * Constructs a new QueueLookup.
             * @memberof wharf.v1
             * @classdesc Represents a QueueLookup.
             * @constructor
             * @param {wharf.v1.QueueLookup.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const QueueLookup = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * QueueLookup topicFilter.
             * @member {string|null|undefined} topicFilter
             * @memberof wharf.v1.QueueLookup
             * @instance
             */
            QueueLookup.prototype.topicFilter = null;

            /**
             * QueueLookup name.
             * @member {string|null|undefined} name
             * @memberof wharf.v1.QueueLookup
             * @instance
             */
            QueueLookup.prototype.name = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * QueueLookup ref.
             * @member {"topicFilter"|"name"|undefined} ref
             * @memberof wharf.v1.QueueLookup
             * @instance
             */
            $Object.defineProperty(QueueLookup.prototype, "ref", {
                get: $util.oneOfGetter($oneOfFields = ["topicFilter", "name"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new QueueLookup instance using the specified properties.
             * @function create
             * @memberof wharf.v1.QueueLookup
             * @static
             * @param {wharf.v1.QueueLookup.$Properties=} [properties] Properties to set
             * @returns {wharf.v1.QueueLookup} QueueLookup instance
             * @type {{
             *   (properties: wharf.v1.QueueLookup.$Shape): wharf.v1.QueueLookup & wharf.v1.QueueLookup.$Shape;
             *   (properties?: wharf.v1.QueueLookup.$Properties): wharf.v1.QueueLookup;
             * }}
             */
            QueueLookup.create = function(properties) {
                return new QueueLookup(properties);
            };

            /**
             * Encodes the specified QueueLookup message. Does not implicitly {@link wharf.v1.QueueLookup.verify|verify} messages.
             * @function encode
             * @memberof wharf.v1.QueueLookup
             * @static
             * @param {wharf.v1.QueueLookup.$Properties} message QueueLookup message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            QueueLookup.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.topicFilter != null && $Object.hasOwnProperty.call(message, "topicFilter"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.topicFilter);
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.name);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a QueueLookup message from the specified reader or buffer.
             * @function decode
             * @memberof wharf.v1.QueueLookup
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {wharf.v1.QueueLookup & wharf.v1.QueueLookup.$Shape} QueueLookup
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            QueueLookup.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.wharf.v1.QueueLookup();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.topicFilter = reader.stringVerify();
                            message.ref = "topicFilter";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.name = reader.stringVerify();
                            message.ref = "name";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return QueueLookup;
        })();

        v1.QueueConsumerInfo = (function() {

            /**
             * Properties of a QueueConsumerInfo.
             * @typedef {Object} wharf.v1.QueueConsumerInfo.$Properties
             * @property {string|null} [consumerId] QueueConsumerInfo consumerId
             * @property {string|null} [clientId] QueueConsumerInfo clientId
             * @property {number|null} [inflight] QueueConsumerInfo inflight
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a QueueConsumerInfo.
             * @memberof wharf.v1
             * @interface IQueueConsumerInfo
             * @augments wharf.v1.QueueConsumerInfo.$Properties
             * @deprecated Use wharf.v1.QueueConsumerInfo.$Properties instead.
             */

            /**
             * Shape of a QueueConsumerInfo.
             * @typedef {wharf.v1.QueueConsumerInfo.$Properties} wharf.v1.QueueConsumerInfo.$Shape
             */

            /**
             * Constructs a new QueueConsumerInfo.
             * @memberof wharf.v1
             * @classdesc Represents a QueueConsumerInfo.
             * @constructor
             * @param {wharf.v1.QueueConsumerInfo.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const QueueConsumerInfo = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * QueueConsumerInfo consumerId.
             * @member {string} consumerId
             * @memberof wharf.v1.QueueConsumerInfo
             * @instance
             */
            QueueConsumerInfo.prototype.consumerId = "";

            /**
             * QueueConsumerInfo clientId.
             * @member {string} clientId
             * @memberof wharf.v1.QueueConsumerInfo
             * @instance
             */
            QueueConsumerInfo.prototype.clientId = "";

            /**
             * QueueConsumerInfo inflight.
             * @member {number} inflight
             * @memberof wharf.v1.QueueConsumerInfo
             * @instance
             */
            QueueConsumerInfo.prototype.inflight = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new QueueConsumerInfo instance using the specified properties.
             * @function create
             * @memberof wharf.v1.QueueConsumerInfo
             * @static
             * @param {wharf.v1.QueueConsumerInfo.$Properties=} [properties] Properties to set
             * @returns {wharf.v1.QueueConsumerInfo} QueueConsumerInfo instance
             * @type {{
             *   (properties: wharf.v1.QueueConsumerInfo.$Shape): wharf.v1.QueueConsumerInfo & wharf.v1.QueueConsumerInfo.$Shape;
             *   (properties?: wharf.v1.QueueConsumerInfo.$Properties): wharf.v1.QueueConsumerInfo;
             * }}
             */
            QueueConsumerInfo.create = function(properties) {
                return new QueueConsumerInfo(properties);
            };

            /**
             * Encodes the specified QueueConsumerInfo message. Does not implicitly {@link wharf.v1.QueueConsumerInfo.verify|verify} messages.
             * @function encode
             * @memberof wharf.v1.QueueConsumerInfo
             * @static
             * @param {wharf.v1.QueueConsumerInfo.$Properties} message QueueConsumerInfo message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            QueueConsumerInfo.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.consumerId != null && $Object.hasOwnProperty.call(message, "consumerId") && message.consumerId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.consumerId);
                if (message.clientId != null && $Object.hasOwnProperty.call(message, "clientId") && message.clientId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.clientId);
                if (message.inflight != null && $Object.hasOwnProperty.call(message, "inflight") && (typeof message.inflight === "object" ? message.inflight.low || message.inflight.high : message.inflight !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.inflight);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a QueueConsumerInfo message from the specified reader or buffer.
             * @function decode
             * @memberof wharf.v1.QueueConsumerInfo
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {wharf.v1.QueueConsumerInfo & wharf.v1.QueueConsumerInfo.$Shape} QueueConsumerInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            QueueConsumerInfo.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.wharf.v1.QueueConsumerInfo();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.consumerId = value;
                            else
                                delete message.consumerId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.clientId = value;
                            else
                                delete message.clientId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.inflight = value;
                            else
                                delete message.inflight;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return QueueConsumerInfo;
        })();

        v1.QueueStats = (function() {

            /**
             * Properties of a QueueStats.
             * @typedef {Object} wharf.v1.QueueStats.$Properties
             * @property {number|null} [depth] QueueStats depth
             * @property {number|null} [inflight] QueueStats inflight
             * @property {number|null} [lag] QueueStats lag
             * @property {Array.<wharf.v1.QueueConsumerInfo.$Properties>|null} [consumers] QueueStats consumers
             * @property {number|null} [dispatched] QueueStats dispatched
             * @property {number|null} [acked] QueueStats acked
             * @property {number|null} [redelivered] QueueStats redelivered
             * @property {number|null} [deadLettered] QueueStats deadLettered
             * @property {number|null} [dropped] QueueStats dropped
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a QueueStats.
             * @memberof wharf.v1
             * @interface IQueueStats
             * @augments wharf.v1.QueueStats.$Properties
             * @deprecated Use wharf.v1.QueueStats.$Properties instead.
             */

            /**
             * Shape of a QueueStats.
             * @typedef {wharf.v1.QueueStats.$Properties} wharf.v1.QueueStats.$Shape
             */

            /**
             * Constructs a new QueueStats.
             * @memberof wharf.v1
             * @classdesc Represents a QueueStats.
             * @constructor
             * @param {wharf.v1.QueueStats.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const QueueStats = function (properties) {
                this.consumers = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * QueueStats depth.
             * @member {number} depth
             * @memberof wharf.v1.QueueStats
             * @instance
             */
            QueueStats.prototype.depth = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * QueueStats inflight.
             * @member {number} inflight
             * @memberof wharf.v1.QueueStats
             * @instance
             */
            QueueStats.prototype.inflight = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * QueueStats lag.
             * @member {number} lag
             * @memberof wharf.v1.QueueStats
             * @instance
             */
            QueueStats.prototype.lag = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * QueueStats consumers.
             * @member {Array.<wharf.v1.QueueConsumerInfo.$Properties>} consumers
             * @memberof wharf.v1.QueueStats
             * @instance
             */
            QueueStats.prototype.consumers = $util.emptyArray;

            /**
             * QueueStats dispatched.
             * @member {number} dispatched
             * @memberof wharf.v1.QueueStats
             * @instance
             */
            QueueStats.prototype.dispatched = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * QueueStats acked.
             * @member {number} acked
             * @memberof wharf.v1.QueueStats
             * @instance
             */
            QueueStats.prototype.acked = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * QueueStats redelivered.
             * @member {number} redelivered
             * @memberof wharf.v1.QueueStats
             * @instance
             */
            QueueStats.prototype.redelivered = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * QueueStats deadLettered.
             * @member {number} deadLettered
             * @memberof wharf.v1.QueueStats
             * @instance
             */
            QueueStats.prototype.deadLettered = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * QueueStats dropped.
             * @member {number} dropped
             * @memberof wharf.v1.QueueStats
             * @instance
             */
            QueueStats.prototype.dropped = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new QueueStats instance using the specified properties.
             * @function create
             * @memberof wharf.v1.QueueStats
             * @static
             * @param {wharf.v1.QueueStats.$Properties=} [properties] Properties to set
             * @returns {wharf.v1.QueueStats} QueueStats instance
             * @type {{
             *   (properties: wharf.v1.QueueStats.$Shape): wharf.v1.QueueStats & wharf.v1.QueueStats.$Shape;
             *   (properties?: wharf.v1.QueueStats.$Properties): wharf.v1.QueueStats;
             * }}
             */
            QueueStats.create = function(properties) {
                return new QueueStats(properties);
            };

            /**
             * Encodes the specified QueueStats message. Does not implicitly {@link wharf.v1.QueueStats.verify|verify} messages.
             * @function encode
             * @memberof wharf.v1.QueueStats
             * @static
             * @param {wharf.v1.QueueStats.$Properties} message QueueStats message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            QueueStats.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.depth != null && $Object.hasOwnProperty.call(message, "depth") && (typeof message.depth === "object" ? message.depth.low || message.depth.high : message.depth !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.depth);
                if (message.inflight != null && $Object.hasOwnProperty.call(message, "inflight") && (typeof message.inflight === "object" ? message.inflight.low || message.inflight.high : message.inflight !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.inflight);
                if (message.lag != null && $Object.hasOwnProperty.call(message, "lag") && (typeof message.lag === "object" ? message.lag.low || message.lag.high : message.lag !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.lag);
                if (message.consumers != null && message.consumers.length)
                    for (let i = 0; i < message.consumers.length; ++i)
                        $root.wharf.v1.QueueConsumerInfo.encode(message.consumers[i], writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.dispatched != null && $Object.hasOwnProperty.call(message, "dispatched") && (typeof message.dispatched === "object" ? message.dispatched.low || message.dispatched.high : message.dispatched !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.dispatched);
                if (message.acked != null && $Object.hasOwnProperty.call(message, "acked") && (typeof message.acked === "object" ? message.acked.low || message.acked.high : message.acked !== 0))
                    writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.acked);
                if (message.redelivered != null && $Object.hasOwnProperty.call(message, "redelivered") && (typeof message.redelivered === "object" ? message.redelivered.low || message.redelivered.high : message.redelivered !== 0))
                    writer.uint32(/* id 7, wireType 0 =*/56).uint64(message.redelivered);
                if (message.deadLettered != null && $Object.hasOwnProperty.call(message, "deadLettered") && (typeof message.deadLettered === "object" ? message.deadLettered.low || message.deadLettered.high : message.deadLettered !== 0))
                    writer.uint32(/* id 8, wireType 0 =*/64).uint64(message.deadLettered);
                if (message.dropped != null && $Object.hasOwnProperty.call(message, "dropped") && (typeof message.dropped === "object" ? message.dropped.low || message.dropped.high : message.dropped !== 0))
                    writer.uint32(/* id 9, wireType 0 =*/72).uint64(message.dropped);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a QueueStats message from the specified reader or buffer.
             * @function decode
             * @memberof wharf.v1.QueueStats
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {wharf.v1.QueueStats & wharf.v1.QueueStats.$Shape} QueueStats
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            QueueStats.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.wharf.v1.QueueStats();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.depth = value;
                            else
                                delete message.depth;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.inflight = value;
                            else
                                delete message.inflight;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.lag = value;
                            else
                                delete message.lag;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (!(message.consumers && message.consumers.length))
                                message.consumers = [];
                            message.consumers.push($root.wharf.v1.QueueConsumerInfo.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.dispatched = value;
                            else
                                delete message.dispatched;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.acked = value;
                            else
                                delete message.acked;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.redelivered = value;
                            else
                                delete message.redelivered;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.deadLettered = value;
                            else
                                delete message.deadLettered;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.dropped = value;
                            else
                                delete message.dropped;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return QueueStats;
        })();

        v1.QueueInfo = (function() {

            /**
             * Properties of a QueueInfo.
             * @typedef {Object} wharf.v1.QueueInfo.$Properties
             * @property {wharf.v1.QueueSpec.$Properties|null} [spec] QueueInfo spec
             * @property {string|null} [kind] QueueInfo kind
             * @property {number|null} [createdAt] QueueInfo createdAt
             * @property {wharf.v1.QueueStats.$Properties|null} [stats] QueueInfo stats
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a QueueInfo.
             * @memberof wharf.v1
             * @interface IQueueInfo
             * @augments wharf.v1.QueueInfo.$Properties
             * @deprecated Use wharf.v1.QueueInfo.$Properties instead.
             */

            /**
             * Shape of a QueueInfo.
             * @typedef {wharf.v1.QueueInfo.$Properties} wharf.v1.QueueInfo.$Shape
             */

            /**
             * Constructs a new QueueInfo.
             * @memberof wharf.v1
             * @classdesc Represents a QueueInfo.
             * @constructor
             * @param {wharf.v1.QueueInfo.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const QueueInfo = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * QueueInfo spec.
             * @member {wharf.v1.QueueSpec.$Properties|null|undefined} spec
             * @memberof wharf.v1.QueueInfo
             * @instance
             */
            QueueInfo.prototype.spec = null;

            /**
             * QueueInfo kind.
             * @member {string} kind
             * @memberof wharf.v1.QueueInfo
             * @instance
             */
            QueueInfo.prototype.kind = "";

            /**
             * QueueInfo createdAt.
             * @member {number} createdAt
             * @memberof wharf.v1.QueueInfo
             * @instance
             */
            QueueInfo.prototype.createdAt = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * QueueInfo stats.
             * @member {wharf.v1.QueueStats.$Properties|null|undefined} stats
             * @memberof wharf.v1.QueueInfo
             * @instance
             */
            QueueInfo.prototype.stats = null;

            /**
             * Creates a new QueueInfo instance using the specified properties.
             * @function create
             * @memberof wharf.v1.QueueInfo
             * @static
             * @param {wharf.v1.QueueInfo.$Properties=} [properties] Properties to set
             * @returns {wharf.v1.QueueInfo} QueueInfo instance
             * @type {{
             *   (properties: wharf.v1.QueueInfo.$Shape): wharf.v1.QueueInfo & wharf.v1.QueueInfo.$Shape;
             *   (properties?: wharf.v1.QueueInfo.$Properties): wharf.v1.QueueInfo;
             * }}
             */
            QueueInfo.create = function(properties) {
                return new QueueInfo(properties);
            };

            /**
             * Encodes the specified QueueInfo message. Does not implicitly {@link wharf.v1.QueueInfo.verify|verify} messages.
             * @function encode
             * @memberof wharf.v1.QueueInfo
             * @static
             * @param {wharf.v1.QueueInfo.$Properties} message QueueInfo message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            QueueInfo.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.spec != null && $Object.hasOwnProperty.call(message, "spec"))
                    $root.wharf.v1.QueueSpec.encode(message.spec, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.kind);
                if (message.createdAt != null && $Object.hasOwnProperty.call(message, "createdAt") && (typeof message.createdAt === "object" ? message.createdAt.low || message.createdAt.high : message.createdAt !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.createdAt);
                if (message.stats != null && $Object.hasOwnProperty.call(message, "stats"))
                    $root.wharf.v1.QueueStats.encode(message.stats, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a QueueInfo message from the specified reader or buffer.
             * @function decode
             * @memberof wharf.v1.QueueInfo
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {wharf.v1.QueueInfo & wharf.v1.QueueInfo.$Shape} QueueInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            QueueInfo.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.wharf.v1.QueueInfo();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.spec = $root.wharf.v1.QueueSpec.decode(reader, reader.size(), $undefined, _depth + 1, message.spec);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.kind = value;
                            else
                                delete message.kind;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.createdAt = value;
                            else
                                delete message.createdAt;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.stats = $root.wharf.v1.QueueStats.decode(reader, reader.size(), $undefined, _depth + 1, message.stats);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return QueueInfo;
        })();

        v1.GetQueueResponse = (function() {

            /**
             * Properties of a GetQueueResponse.
             * @typedef {Object} wharf.v1.GetQueueResponse.$Properties
             * @property {boolean|null} [found] GetQueueResponse found
             * @property {wharf.v1.QueueInfo.$Properties|null} [queue] GetQueueResponse queue
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a GetQueueResponse.
             * @memberof wharf.v1
             * @interface IGetQueueResponse
             * @augments wharf.v1.GetQueueResponse.$Properties
             * @deprecated Use wharf.v1.GetQueueResponse.$Properties instead.
             */

            /**
             * Shape of a GetQueueResponse.
             * @typedef {wharf.v1.GetQueueResponse.$Properties} wharf.v1.GetQueueResponse.$Shape
             */

            /**
             * Constructs a new GetQueueResponse.
             * @memberof wharf.v1
             * @classdesc Represents a GetQueueResponse.
             * @constructor
             * @param {wharf.v1.GetQueueResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const GetQueueResponse = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * GetQueueResponse found.
             * @member {boolean} found
             * @memberof wharf.v1.GetQueueResponse
             * @instance
             */
            GetQueueResponse.prototype.found = false;

            /**
             * GetQueueResponse queue.
             * @member {wharf.v1.QueueInfo.$Properties|null|undefined} queue
             * @memberof wharf.v1.GetQueueResponse
             * @instance
             */
            GetQueueResponse.prototype.queue = null;

            /**
             * Creates a new GetQueueResponse instance using the specified properties.
             * @function create
             * @memberof wharf.v1.GetQueueResponse
             * @static
             * @param {wharf.v1.GetQueueResponse.$Properties=} [properties] Properties to set
             * @returns {wharf.v1.GetQueueResponse} GetQueueResponse instance
             * @type {{
             *   (properties: wharf.v1.GetQueueResponse.$Shape): wharf.v1.GetQueueResponse & wharf.v1.GetQueueResponse.$Shape;
             *   (properties?: wharf.v1.GetQueueResponse.$Properties): wharf.v1.GetQueueResponse;
             * }}
             */
            GetQueueResponse.create = function(properties) {
                return new GetQueueResponse(properties);
            };

            /**
             * Encodes the specified GetQueueResponse message. Does not implicitly {@link wharf.v1.GetQueueResponse.verify|verify} messages.
             * @function encode
             * @memberof wharf.v1.GetQueueResponse
             * @static
             * @param {wharf.v1.GetQueueResponse.$Properties} message GetQueueResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            GetQueueResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.found != null && $Object.hasOwnProperty.call(message, "found") && message.found !== false)
                    writer.uint32(/* id 1, wireType 0 =*/8).bool(message.found);
                if (message.queue != null && $Object.hasOwnProperty.call(message, "queue"))
                    $root.wharf.v1.QueueInfo.encode(message.queue, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a GetQueueResponse message from the specified reader or buffer.
             * @function decode
             * @memberof wharf.v1.GetQueueResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {wharf.v1.GetQueueResponse & wharf.v1.GetQueueResponse.$Shape} GetQueueResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            GetQueueResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.wharf.v1.GetQueueResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.found = value;
                            else
                                delete message.found;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.queue = $root.wharf.v1.QueueInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.queue);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return GetQueueResponse;
        })();

        v1.ListQueuesRequest = (function() {

            /**
             * Properties of a ListQueuesRequest.
             * @typedef {Object} wharf.v1.ListQueuesRequest.$Properties
             * @property {string|null} [after] ListQueuesRequest after
             * @property {number|null} [limit] ListQueuesRequest limit
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ListQueuesRequest.
             * @memberof wharf.v1
             * @interface IListQueuesRequest
             * @augments wharf.v1.ListQueuesRequest.$Properties
             * @deprecated Use wharf.v1.ListQueuesRequest.$Properties instead.
             */

            /**
             * Shape of a ListQueuesRequest.
             * @typedef {wharf.v1.ListQueuesRequest.$Properties} wharf.v1.ListQueuesRequest.$Shape
             */

            /**
             * Constructs a new ListQueuesRequest.
             * @memberof wharf.v1
             * @classdesc Represents a ListQueuesRequest.
             * @constructor
             * @param {wharf.v1.ListQueuesRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ListQueuesRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ListQueuesRequest after.
             * @member {string} after
             * @memberof wharf.v1.ListQueuesRequest
             * @instance
             */
            ListQueuesRequest.prototype.after = "";

            /**
             * ListQueuesRequest limit.
             * @member {number} limit
             * @memberof wharf.v1.ListQueuesRequest
             * @instance
             */
            ListQueuesRequest.prototype.limit = 0;

            /**
             * Creates a new ListQueuesRequest instance using the specified properties.
             * @function create
             * @memberof wharf.v1.ListQueuesRequest
             * @static
             * @param {wharf.v1.ListQueuesRequest.$Properties=} [properties] Properties to set
             * @returns {wharf.v1.ListQueuesRequest} ListQueuesRequest instance
             * @type {{
             *   (properties: wharf.v1.ListQueuesRequest.$Shape): wharf.v1.ListQueuesRequest & wharf.v1.ListQueuesRequest.$Shape;
             *   (properties?: wharf.v1.ListQueuesRequest.$Properties): wharf.v1.ListQueuesRequest;
             * }}
             */
            ListQueuesRequest.create = function(properties) {
                return new ListQueuesRequest(properties);
            };

            /**
             * Encodes the specified ListQueuesRequest message. Does not implicitly {@link wharf.v1.ListQueuesRequest.verify|verify} messages.
             * @function encode
             * @memberof wharf.v1.ListQueuesRequest
             * @static
             * @param {wharf.v1.ListQueuesRequest.$Properties} message ListQueuesRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ListQueuesRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.after != null && $Object.hasOwnProperty.call(message, "after") && message.after !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.after);
                if (message.limit != null && $Object.hasOwnProperty.call(message, "limit") && !$Object.is(message.limit, 0))
                    writer.uint32(/* id 2, wireType 1 =*/17).double(message.limit);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ListQueuesRequest message from the specified reader or buffer.
             * @function decode
             * @memberof wharf.v1.ListQueuesRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {wharf.v1.ListQueuesRequest & wharf.v1.ListQueuesRequest.$Shape} ListQueuesRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ListQueuesRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.wharf.v1.ListQueuesRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.after = value;
                            else
                                delete message.after;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.limit = value;
                            else
                                delete message.limit;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return ListQueuesRequest;
        })();

        v1.QueueList = (function() {

            /**
             * Properties of a QueueList.
             * @typedef {Object} wharf.v1.QueueList.$Properties
             * @property {Array.<wharf.v1.QueueInfo.$Properties>|null} [queues] QueueList queues
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a QueueList.
             * @memberof wharf.v1
             * @interface IQueueList
             * @augments wharf.v1.QueueList.$Properties
             * @deprecated Use wharf.v1.QueueList.$Properties instead.
             */

            /**
             * Shape of a QueueList.
             * @typedef {wharf.v1.QueueList.$Properties} wharf.v1.QueueList.$Shape
             */

            /**
             * Constructs a new QueueList.
             * @memberof wharf.v1
             * @classdesc Represents a QueueList.
             * @constructor
             * @param {wharf.v1.QueueList.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const QueueList = function (properties) {
                this.queues = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * QueueList queues.
             * @member {Array.<wharf.v1.QueueInfo.$Properties>} queues
             * @memberof wharf.v1.QueueList
             * @instance
             */
            QueueList.prototype.queues = $util.emptyArray;

            /**
             * Creates a new QueueList instance using the specified properties.
             * @function create
             * @memberof wharf.v1.QueueList
             * @static
             * @param {wharf.v1.QueueList.$Properties=} [properties] Properties to set
             * @returns {wharf.v1.QueueList} QueueList instance
             * @type {{
             *   (properties: wharf.v1.QueueList.$Shape): wharf.v1.QueueList & wharf.v1.QueueList.$Shape;
             *   (properties?: wharf.v1.QueueList.$Properties): wharf.v1.QueueList;
             * }}
             */
            QueueList.create = function(properties) {
                return new QueueList(properties);
            };

            /**
             * Encodes the specified QueueList message. Does not implicitly {@link wharf.v1.QueueList.verify|verify} messages.
             * @function encode
             * @memberof wharf.v1.QueueList
             * @static
             * @param {wharf.v1.QueueList.$Properties} message QueueList message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            QueueList.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.queues != null && message.queues.length)
                    for (let i = 0; i < message.queues.length; ++i)
                        $root.wharf.v1.QueueInfo.encode(message.queues[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a QueueList message from the specified reader or buffer.
             * @function decode
             * @memberof wharf.v1.QueueList
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {wharf.v1.QueueList & wharf.v1.QueueList.$Shape} QueueList
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            QueueList.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.wharf.v1.QueueList();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.queues && message.queues.length))
                                message.queues = [];
                            message.queues.push($root.wharf.v1.QueueInfo.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return QueueList;
        })();

        v1.QueuesConfig = (function() {

            /**
             * Properties of a QueuesConfig.
             * @typedef {Object} wharf.v1.QueuesConfig.$Properties
             * @property {boolean|null} [autoCreate] QueuesConfig autoCreate
             * @property {wharf.v1.QueueSpec.$Properties|null} [defaults] QueuesConfig defaults
             * @property {string|null} [shareDispatchStrategy] QueuesConfig shareDispatchStrategy
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a QueuesConfig.
             * @memberof wharf.v1
             * @interface IQueuesConfig
             * @augments wharf.v1.QueuesConfig.$Properties
             * @deprecated Use wharf.v1.QueuesConfig.$Properties instead.
             */

            /**
             * Shape of a QueuesConfig.
             * @typedef {wharf.v1.QueuesConfig.$Properties} wharf.v1.QueuesConfig.$Shape
             */

            /**
             * Constructs a new QueuesConfig.
             * @memberof wharf.v1
             * @classdesc Represents a QueuesConfig.
             * @constructor
             * @param {wharf.v1.QueuesConfig.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const QueuesConfig = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * QueuesConfig autoCreate.
             * @member {boolean|null|undefined} autoCreate
             * @memberof wharf.v1.QueuesConfig
             * @instance
             */
            QueuesConfig.prototype.autoCreate = null;

            /**
             * QueuesConfig defaults.
             * @member {wharf.v1.QueueSpec.$Properties|null|undefined} defaults
             * @memberof wharf.v1.QueuesConfig
             * @instance
             */
            QueuesConfig.prototype.defaults = null;

            /**
             * QueuesConfig shareDispatchStrategy.
             * @member {string|null|undefined} shareDispatchStrategy
             * @memberof wharf.v1.QueuesConfig
             * @instance
             */
            QueuesConfig.prototype.shareDispatchStrategy = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(QueuesConfig.prototype, "_autoCreate", {
                get: $util.oneOfGetter($oneOfFields = ["autoCreate"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(QueuesConfig.prototype, "_shareDispatchStrategy", {
                get: $util.oneOfGetter($oneOfFields = ["shareDispatchStrategy"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new QueuesConfig instance using the specified properties.
             * @function create
             * @memberof wharf.v1.QueuesConfig
             * @static
             * @param {wharf.v1.QueuesConfig.$Properties=} [properties] Properties to set
             * @returns {wharf.v1.QueuesConfig} QueuesConfig instance
             * @type {{
             *   (properties: wharf.v1.QueuesConfig.$Shape): wharf.v1.QueuesConfig & wharf.v1.QueuesConfig.$Shape;
             *   (properties?: wharf.v1.QueuesConfig.$Properties): wharf.v1.QueuesConfig;
             * }}
             */
            QueuesConfig.create = function(properties) {
                return new QueuesConfig(properties);
            };

            /**
             * Encodes the specified QueuesConfig message. Does not implicitly {@link wharf.v1.QueuesConfig.verify|verify} messages.
             * @function encode
             * @memberof wharf.v1.QueuesConfig
             * @static
             * @param {wharf.v1.QueuesConfig.$Properties} message QueuesConfig message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            QueuesConfig.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.autoCreate != null && $Object.hasOwnProperty.call(message, "autoCreate"))
                    writer.uint32(/* id 1, wireType 0 =*/8).bool(message.autoCreate);
                if (message.defaults != null && $Object.hasOwnProperty.call(message, "defaults"))
                    $root.wharf.v1.QueueSpec.encode(message.defaults, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.shareDispatchStrategy != null && $Object.hasOwnProperty.call(message, "shareDispatchStrategy"))
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.shareDispatchStrategy);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a QueuesConfig message from the specified reader or buffer.
             * @function decode
             * @memberof wharf.v1.QueuesConfig
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {wharf.v1.QueuesConfig & wharf.v1.QueuesConfig.$Shape} QueuesConfig
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            QueuesConfig.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.wharf.v1.QueuesConfig();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            message.autoCreate = reader.bool();
                            message._autoCreate = "autoCreate";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.defaults = $root.wharf.v1.QueueSpec.decode(reader, reader.size(), $undefined, _depth + 1, message.defaults);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.shareDispatchStrategy = reader.stringVerify();
                            message._shareDispatchStrategy = "shareDispatchStrategy";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return QueuesConfig;
        })();

        v1.QueueTarget = (function() {

            /**
             * Properties of a QueueTarget.
             * @typedef {Object} wharf.v1.QueueTarget.$Properties
             * @property {string|null} [filter] QueueTarget filter
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a QueueTarget.
             * @memberof wharf.v1
             * @interface IQueueTarget
             * @augments wharf.v1.QueueTarget.$Properties
             * @deprecated Use wharf.v1.QueueTarget.$Properties instead.
             */

            /**
             * Shape of a QueueTarget.
             * @typedef {wharf.v1.QueueTarget.$Properties} wharf.v1.QueueTarget.$Shape
             */

            /**
             * Constructs a new QueueTarget.
             * @memberof wharf.v1
             * @classdesc Represents a QueueTarget.
             * @constructor
             * @param {wharf.v1.QueueTarget.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const QueueTarget = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * QueueTarget filter.
             * @member {string} filter
             * @memberof wharf.v1.QueueTarget
             * @instance
             */
            QueueTarget.prototype.filter = "";

            /**
             * Creates a new QueueTarget instance using the specified properties.
             * @function create
             * @memberof wharf.v1.QueueTarget
             * @static
             * @param {wharf.v1.QueueTarget.$Properties=} [properties] Properties to set
             * @returns {wharf.v1.QueueTarget} QueueTarget instance
             * @type {{
             *   (properties: wharf.v1.QueueTarget.$Shape): wharf.v1.QueueTarget & wharf.v1.QueueTarget.$Shape;
             *   (properties?: wharf.v1.QueueTarget.$Properties): wharf.v1.QueueTarget;
             * }}
             */
            QueueTarget.create = function(properties) {
                return new QueueTarget(properties);
            };

            /**
             * Encodes the specified QueueTarget message. Does not implicitly {@link wharf.v1.QueueTarget.verify|verify} messages.
             * @function encode
             * @memberof wharf.v1.QueueTarget
             * @static
             * @param {wharf.v1.QueueTarget.$Properties} message QueueTarget message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            QueueTarget.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.filter != null && $Object.hasOwnProperty.call(message, "filter") && message.filter !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.filter);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a QueueTarget message from the specified reader or buffer.
             * @function decode
             * @memberof wharf.v1.QueueTarget
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {wharf.v1.QueueTarget & wharf.v1.QueueTarget.$Shape} QueueTarget
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            QueueTarget.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.wharf.v1.QueueTarget();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.filter = value;
                            else
                                delete message.filter;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return QueueTarget;
        })();

        v1.NamedQueueTarget = (function() {

            /**
             * Properties of a NamedQueueTarget.
             * @typedef {Object} wharf.v1.NamedQueueTarget.$Properties
             * @property {string|null} [name] NamedQueueTarget name
             * @property {string|null} [filter] NamedQueueTarget filter
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a NamedQueueTarget.
             * @memberof wharf.v1
             * @interface INamedQueueTarget
             * @augments wharf.v1.NamedQueueTarget.$Properties
             * @deprecated Use wharf.v1.NamedQueueTarget.$Properties instead.
             */

            /**
             * Shape of a NamedQueueTarget.
             * @typedef {wharf.v1.NamedQueueTarget.$Properties} wharf.v1.NamedQueueTarget.$Shape
             */

            /**
             * Constructs a new NamedQueueTarget.
             * @memberof wharf.v1
             * @classdesc Represents a NamedQueueTarget.
             * @constructor
             * @param {wharf.v1.NamedQueueTarget.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const NamedQueueTarget = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * NamedQueueTarget name.
             * @member {string} name
             * @memberof wharf.v1.NamedQueueTarget
             * @instance
             */
            NamedQueueTarget.prototype.name = "";

            /**
             * NamedQueueTarget filter.
             * @member {string|null|undefined} filter
             * @memberof wharf.v1.NamedQueueTarget
             * @instance
             */
            NamedQueueTarget.prototype.filter = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(NamedQueueTarget.prototype, "_filter", {
                get: $util.oneOfGetter($oneOfFields = ["filter"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new NamedQueueTarget instance using the specified properties.
             * @function create
             * @memberof wharf.v1.NamedQueueTarget
             * @static
             * @param {wharf.v1.NamedQueueTarget.$Properties=} [properties] Properties to set
             * @returns {wharf.v1.NamedQueueTarget} NamedQueueTarget instance
             * @type {{
             *   (properties: wharf.v1.NamedQueueTarget.$Shape): wharf.v1.NamedQueueTarget & wharf.v1.NamedQueueTarget.$Shape;
             *   (properties?: wharf.v1.NamedQueueTarget.$Properties): wharf.v1.NamedQueueTarget;
             * }}
             */
            NamedQueueTarget.create = function(properties) {
                return new NamedQueueTarget(properties);
            };

            /**
             * Encodes the specified NamedQueueTarget message. Does not implicitly {@link wharf.v1.NamedQueueTarget.verify|verify} messages.
             * @function encode
             * @memberof wharf.v1.NamedQueueTarget
             * @static
             * @param {wharf.v1.NamedQueueTarget.$Properties} message NamedQueueTarget message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NamedQueueTarget.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message.filter != null && $Object.hasOwnProperty.call(message, "filter"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.filter);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a NamedQueueTarget message from the specified reader or buffer.
             * @function decode
             * @memberof wharf.v1.NamedQueueTarget
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {wharf.v1.NamedQueueTarget & wharf.v1.NamedQueueTarget.$Shape} NamedQueueTarget
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NamedQueueTarget.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.wharf.v1.NamedQueueTarget();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.filter = reader.stringVerify();
                            message._filter = "filter";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return NamedQueueTarget;
        })();

        v1.ShareTarget = (function() {

            /**
             * Properties of a ShareTarget.
             * @typedef {Object} wharf.v1.ShareTarget.$Properties
             * @property {string|null} [group] ShareTarget group
             * @property {string|null} [filter] ShareTarget filter
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ShareTarget.
             * @memberof wharf.v1
             * @interface IShareTarget
             * @augments wharf.v1.ShareTarget.$Properties
             * @deprecated Use wharf.v1.ShareTarget.$Properties instead.
             */

            /**
             * Shape of a ShareTarget.
             * @typedef {wharf.v1.ShareTarget.$Properties} wharf.v1.ShareTarget.$Shape
             */

            /**
             * Constructs a new ShareTarget.
             * @memberof wharf.v1
             * @classdesc Represents a ShareTarget.
             * @constructor
             * @param {wharf.v1.ShareTarget.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ShareTarget = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ShareTarget group.
             * @member {string} group
             * @memberof wharf.v1.ShareTarget
             * @instance
             */
            ShareTarget.prototype.group = "";

            /**
             * ShareTarget filter.
             * @member {string} filter
             * @memberof wharf.v1.ShareTarget
             * @instance
             */
            ShareTarget.prototype.filter = "";

            /**
             * Creates a new ShareTarget instance using the specified properties.
             * @function create
             * @memberof wharf.v1.ShareTarget
             * @static
             * @param {wharf.v1.ShareTarget.$Properties=} [properties] Properties to set
             * @returns {wharf.v1.ShareTarget} ShareTarget instance
             * @type {{
             *   (properties: wharf.v1.ShareTarget.$Shape): wharf.v1.ShareTarget & wharf.v1.ShareTarget.$Shape;
             *   (properties?: wharf.v1.ShareTarget.$Properties): wharf.v1.ShareTarget;
             * }}
             */
            ShareTarget.create = function(properties) {
                return new ShareTarget(properties);
            };

            /**
             * Encodes the specified ShareTarget message. Does not implicitly {@link wharf.v1.ShareTarget.verify|verify} messages.
             * @function encode
             * @memberof wharf.v1.ShareTarget
             * @static
             * @param {wharf.v1.ShareTarget.$Properties} message ShareTarget message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ShareTarget.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.group != null && $Object.hasOwnProperty.call(message, "group") && message.group !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.group);
                if (message.filter != null && $Object.hasOwnProperty.call(message, "filter") && message.filter !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.filter);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ShareTarget message from the specified reader or buffer.
             * @function decode
             * @memberof wharf.v1.ShareTarget
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {wharf.v1.ShareTarget & wharf.v1.ShareTarget.$Shape} ShareTarget
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ShareTarget.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.wharf.v1.ShareTarget();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.group = value;
                            else
                                delete message.group;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.filter = value;
                            else
                                delete message.filter;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return ShareTarget;
        })();

        v1.AttachRequest = (function() {

            /**
             * Properties of an AttachRequest.
             * @typedef {Object} wharf.v1.AttachRequest.$Properties
             * @property {number|null} [requestId] AttachRequest requestId
             * @property {string|null} [consumerId] AttachRequest consumerId
             * @property {string|null} [clientId] AttachRequest clientId
             * @property {wharf.v1.QueueTarget.$Properties|null} [queue] AttachRequest queue
             * @property {wharf.v1.NamedQueueTarget.$Properties|null} [named] AttachRequest named
             * @property {wharf.v1.ShareTarget.$Properties|null} [share] AttachRequest share
             * @property {number|null} [maxInflight] AttachRequest maxInflight
             * @property {number|null} [qos] AttachRequest qos
             * @property {"queue"|"named"|"share"} [target] AttachRequest target
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AttachRequest.
             * @memberof wharf.v1
             * @interface IAttachRequest
             * @augments wharf.v1.AttachRequest.$Properties
             * @deprecated Use wharf.v1.AttachRequest.$Properties instead.
             */

            /**
             * Narrowed shape of an AttachRequest.
             * @typedef {{
             *   requestId?: number|null;
             *   consumerId?: string|null;
             *   clientId?: string|null;
             *   queue?: wharf.v1.QueueTarget.$Shape|null;
             *   named?: wharf.v1.NamedQueueTarget.$Shape|null;
             *   share?: wharf.v1.ShareTarget.$Shape|null;
             *   maxInflight?: number|null;
             *   qos?: number|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ target?: undefined; queue?: null; named?: null; share?: null }|{ target?: "queue"; queue: wharf.v1.QueueTarget.$Shape; named?: null; share?: null }|{ target?: "named"; queue?: null; named: wharf.v1.NamedQueueTarget.$Shape; share?: null }|{ target?: "share"; queue?: null; named?: null; share: wharf.v1.ShareTarget.$Shape })
             * )} wharf.v1.AttachRequest.$Shape
             */

            /**
             * Constructs a new AttachRequest.
             * @memberof wharf.v1
             * @classdesc Represents an AttachRequest.
             * @constructor
             * @param {wharf.v1.AttachRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const AttachRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * AttachRequest requestId.
             * @member {number} requestId
             * @memberof wharf.v1.AttachRequest
             * @instance
             */
            AttachRequest.prototype.requestId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * AttachRequest consumerId.
             * @member {string} consumerId
             * @memberof wharf.v1.AttachRequest
             * @instance
             */
            AttachRequest.prototype.consumerId = "";

            /**
             * AttachRequest clientId.
             * @member {string} clientId
             * @memberof wharf.v1.AttachRequest
             * @instance
             */
            AttachRequest.prototype.clientId = "";

            /**
             * AttachRequest queue.
             * @member {wharf.v1.QueueTarget.$Properties|null|undefined} queue
             * @memberof wharf.v1.AttachRequest
             * @instance
             */
            AttachRequest.prototype.queue = null;

            /**
             * AttachRequest named.
             * @member {wharf.v1.NamedQueueTarget.$Properties|null|undefined} named
             * @memberof wharf.v1.AttachRequest
             * @instance
             */
            AttachRequest.prototype.named = null;

            /**
             * AttachRequest share.
             * @member {wharf.v1.ShareTarget.$Properties|null|undefined} share
             * @memberof wharf.v1.AttachRequest
             * @instance
             */
            AttachRequest.prototype.share = null;

            /**
             * AttachRequest maxInflight.
             * @member {number} maxInflight
             * @memberof wharf.v1.AttachRequest
             * @instance
             */
            AttachRequest.prototype.maxInflight = 0;

            /**
             * AttachRequest qos.
             * @member {number} qos
             * @memberof wharf.v1.AttachRequest
             * @instance
             */
            AttachRequest.prototype.qos = 0;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * AttachRequest target.
             * @member {"queue"|"named"|"share"|undefined} target
             * @memberof wharf.v1.AttachRequest
             * @instance
             */
            $Object.defineProperty(AttachRequest.prototype, "target", {
                get: $util.oneOfGetter($oneOfFields = ["queue", "named", "share"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new AttachRequest instance using the specified properties.
             * @function create
             * @memberof wharf.v1.AttachRequest
             * @static
             * @param {wharf.v1.AttachRequest.$Properties=} [properties] Properties to set
             * @returns {wharf.v1.AttachRequest} AttachRequest instance
             * @type {{
             *   (properties: wharf.v1.AttachRequest.$Shape): wharf.v1.AttachRequest & wharf.v1.AttachRequest.$Shape;
             *   (properties?: wharf.v1.AttachRequest.$Properties): wharf.v1.AttachRequest;
             * }}
             */
            AttachRequest.create = function(properties) {
                return new AttachRequest(properties);
            };

            /**
             * Encodes the specified AttachRequest message. Does not implicitly {@link wharf.v1.AttachRequest.verify|verify} messages.
             * @function encode
             * @memberof wharf.v1.AttachRequest
             * @static
             * @param {wharf.v1.AttachRequest.$Properties} message AttachRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AttachRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId") && (typeof message.requestId === "object" ? message.requestId.low || message.requestId.high : message.requestId !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.requestId);
                if (message.consumerId != null && $Object.hasOwnProperty.call(message, "consumerId") && message.consumerId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.consumerId);
                if (message.clientId != null && $Object.hasOwnProperty.call(message, "clientId") && message.clientId !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.clientId);
                if (message.queue != null && $Object.hasOwnProperty.call(message, "queue"))
                    $root.wharf.v1.QueueTarget.encode(message.queue, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.named != null && $Object.hasOwnProperty.call(message, "named"))
                    $root.wharf.v1.NamedQueueTarget.encode(message.named, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.share != null && $Object.hasOwnProperty.call(message, "share"))
                    $root.wharf.v1.ShareTarget.encode(message.share, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                if (message.maxInflight != null && $Object.hasOwnProperty.call(message, "maxInflight") && !$Object.is(message.maxInflight, 0))
                    writer.uint32(/* id 7, wireType 1 =*/57).double(message.maxInflight);
                if (message.qos != null && $Object.hasOwnProperty.call(message, "qos") && message.qos !== 0)
                    writer.uint32(/* id 8, wireType 0 =*/64).uint32(message.qos);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an AttachRequest message from the specified reader or buffer.
             * @function decode
             * @memberof wharf.v1.AttachRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {wharf.v1.AttachRequest & wharf.v1.AttachRequest.$Shape} AttachRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AttachRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.wharf.v1.AttachRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.requestId = value;
                            else
                                delete message.requestId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.consumerId = value;
                            else
                                delete message.consumerId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.clientId = value;
                            else
                                delete message.clientId;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.queue = $root.wharf.v1.QueueTarget.decode(reader, reader.size(), $undefined, _depth + 1, message.queue);
                            message.target = "queue";
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.named = $root.wharf.v1.NamedQueueTarget.decode(reader, reader.size(), $undefined, _depth + 1, message.named);
                            message.target = "named";
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.share = $root.wharf.v1.ShareTarget.decode(reader, reader.size(), $undefined, _depth + 1, message.share);
                            message.target = "share";
                            continue;
                        }
                    case 7: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.maxInflight = value;
                            else
                                delete message.maxInflight;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.qos = value;
                            else
                                delete message.qos;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return AttachRequest;
        })();

        v1.DetachRequest = (function() {

            /**
             * Properties of a DetachRequest.
             * @typedef {Object} wharf.v1.DetachRequest.$Properties
             * @property {string|null} [consumerId] DetachRequest consumerId
             * @property {number|null} [queue] DetachRequest queue
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DetachRequest.
             * @memberof wharf.v1
             * @interface IDetachRequest
             * @augments wharf.v1.DetachRequest.$Properties
             * @deprecated Use wharf.v1.DetachRequest.$Properties instead.
             */

            /**
             * Shape of a DetachRequest.
             * @typedef {wharf.v1.DetachRequest.$Properties} wharf.v1.DetachRequest.$Shape
             */

            /**
             * Constructs a new DetachRequest.
             * @memberof wharf.v1
             * @classdesc Represents a DetachRequest.
             * @constructor
             * @param {wharf.v1.DetachRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DetachRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * DetachRequest consumerId.
             * @member {string} consumerId
             * @memberof wharf.v1.DetachRequest
             * @instance
             */
            DetachRequest.prototype.consumerId = "";

            /**
             * DetachRequest queue.
             * @member {number} queue
             * @memberof wharf.v1.DetachRequest
             * @instance
             */
            DetachRequest.prototype.queue = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new DetachRequest instance using the specified properties.
             * @function create
             * @memberof wharf.v1.DetachRequest
             * @static
             * @param {wharf.v1.DetachRequest.$Properties=} [properties] Properties to set
             * @returns {wharf.v1.DetachRequest} DetachRequest instance
             * @type {{
             *   (properties: wharf.v1.DetachRequest.$Shape): wharf.v1.DetachRequest & wharf.v1.DetachRequest.$Shape;
             *   (properties?: wharf.v1.DetachRequest.$Properties): wharf.v1.DetachRequest;
             * }}
             */
            DetachRequest.create = function(properties) {
                return new DetachRequest(properties);
            };

            /**
             * Encodes the specified DetachRequest message. Does not implicitly {@link wharf.v1.DetachRequest.verify|verify} messages.
             * @function encode
             * @memberof wharf.v1.DetachRequest
             * @static
             * @param {wharf.v1.DetachRequest.$Properties} message DetachRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DetachRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.consumerId != null && $Object.hasOwnProperty.call(message, "consumerId") && message.consumerId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.consumerId);
                if (message.queue != null && $Object.hasOwnProperty.call(message, "queue") && (typeof message.queue === "object" ? message.queue.low || message.queue.high : message.queue !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.queue);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a DetachRequest message from the specified reader or buffer.
             * @function decode
             * @memberof wharf.v1.DetachRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {wharf.v1.DetachRequest & wharf.v1.DetachRequest.$Shape} DetachRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DetachRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.wharf.v1.DetachRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.consumerId = value;
                            else
                                delete message.consumerId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.queue = value;
                            else
                                delete message.queue;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return DetachRequest;
        })();

        v1.SettleBatch = (function() {

            /**
             * Properties of a SettleBatch.
             * @typedef {Object} wharf.v1.SettleBatch.$Properties
             * @property {Array.<string>|null} [consumerIds] SettleBatch consumerIds
             * @property {Array.<number>|null} [queues] SettleBatch queues
             * @property {Array.<number>|null} [offsets] SettleBatch offsets
             * @property {Array.<boolean>|null} [ok] SettleBatch ok
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SettleBatch.
             * @memberof wharf.v1
             * @interface ISettleBatch
             * @augments wharf.v1.SettleBatch.$Properties
             * @deprecated Use wharf.v1.SettleBatch.$Properties instead.
             */

            /**
             * Shape of a SettleBatch.
             * @typedef {wharf.v1.SettleBatch.$Properties} wharf.v1.SettleBatch.$Shape
             */

            /**
             * Constructs a new SettleBatch.
             * @memberof wharf.v1
             * @classdesc Represents a SettleBatch.
             * @constructor
             * @param {wharf.v1.SettleBatch.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SettleBatch = function (properties) {
                this.consumerIds = [];
                this.queues = [];
                this.offsets = [];
                this.ok = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SettleBatch consumerIds.
             * @member {Array.<string>} consumerIds
             * @memberof wharf.v1.SettleBatch
             * @instance
             */
            SettleBatch.prototype.consumerIds = $util.emptyArray;

            /**
             * SettleBatch queues.
             * @member {Array.<number>} queues
             * @memberof wharf.v1.SettleBatch
             * @instance
             */
            SettleBatch.prototype.queues = $util.emptyArray;

            /**
             * SettleBatch offsets.
             * @member {Array.<number>} offsets
             * @memberof wharf.v1.SettleBatch
             * @instance
             */
            SettleBatch.prototype.offsets = $util.emptyArray;

            /**
             * SettleBatch ok.
             * @member {Array.<boolean>} ok
             * @memberof wharf.v1.SettleBatch
             * @instance
             */
            SettleBatch.prototype.ok = $util.emptyArray;

            /**
             * Creates a new SettleBatch instance using the specified properties.
             * @function create
             * @memberof wharf.v1.SettleBatch
             * @static
             * @param {wharf.v1.SettleBatch.$Properties=} [properties] Properties to set
             * @returns {wharf.v1.SettleBatch} SettleBatch instance
             * @type {{
             *   (properties: wharf.v1.SettleBatch.$Shape): wharf.v1.SettleBatch & wharf.v1.SettleBatch.$Shape;
             *   (properties?: wharf.v1.SettleBatch.$Properties): wharf.v1.SettleBatch;
             * }}
             */
            SettleBatch.create = function(properties) {
                return new SettleBatch(properties);
            };

            /**
             * Encodes the specified SettleBatch message. Does not implicitly {@link wharf.v1.SettleBatch.verify|verify} messages.
             * @function encode
             * @memberof wharf.v1.SettleBatch
             * @static
             * @param {wharf.v1.SettleBatch.$Properties} message SettleBatch message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SettleBatch.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.consumerIds != null && message.consumerIds.length)
                    for (let i = 0; i < message.consumerIds.length; ++i)
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.consumerIds[i]);
                if (message.queues != null && message.queues.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).uint64s(message.queues);
                if (message.offsets != null && message.offsets.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).uint64s(message.offsets);
                if (message.ok != null && message.ok.length)
                    writer.uint32(/* id 4, wireType 2 =*/34).bools(message.ok);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a SettleBatch message from the specified reader or buffer.
             * @function decode
             * @memberof wharf.v1.SettleBatch
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {wharf.v1.SettleBatch & wharf.v1.SettleBatch.$Shape} SettleBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SettleBatch.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.wharf.v1.SettleBatch();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.consumerIds && message.consumerIds.length))
                                message.consumerIds = [];
                            message.consumerIds.push(reader.stringVerify());
                            continue;
                        }
                    case 2: {
                            if (wireType === 2) {
                                if (!(message.queues && message.queues.length))
                                    message.queues = [];
                                reader.uint64s(message.queues);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.queues && message.queues.length))
                                message.queues = [];
                            message.queues.push(reader.uint64());
                            continue;
                        }
                    case 3: {
                            if (wireType === 2) {
                                if (!(message.offsets && message.offsets.length))
                                    message.offsets = [];
                                reader.uint64s(message.offsets);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.offsets && message.offsets.length))
                                message.offsets = [];
                            message.offsets.push(reader.uint64());
                            continue;
                        }
                    case 4: {
                            if (wireType === 2) {
                                if (!(message.ok && message.ok.length))
                                    message.ok = [];
                                reader.bools(message.ok);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.ok && message.ok.length))
                                message.ok = [];
                            message.ok.push(reader.bool());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return SettleBatch;
        })();

        v1.ConsumeRequest = (function() {

            /**
             * Properties of a ConsumeRequest.
             * @typedef {Object} wharf.v1.ConsumeRequest.$Properties
             * @property {wharf.v1.AttachRequest.$Properties|null} [attach] ConsumeRequest attach
             * @property {wharf.v1.DetachRequest.$Properties|null} [detach] ConsumeRequest detach
             * @property {wharf.v1.SettleBatch.$Properties|null} [settles] ConsumeRequest settles
             * @property {"attach"|"detach"|"settles"} [kind] ConsumeRequest kind
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ConsumeRequest.
             * @memberof wharf.v1
             * @interface IConsumeRequest
             * @augments wharf.v1.ConsumeRequest.$Properties
             * @deprecated Use wharf.v1.ConsumeRequest.$Properties instead.
             */

            /**
             * Narrowed shape of a ConsumeRequest.
             * @typedef {{
             *   attach?: wharf.v1.AttachRequest.$Shape|null;
             *   detach?: wharf.v1.DetachRequest.$Shape|null;
             *   settles?: wharf.v1.SettleBatch.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ kind?: undefined; attach?: null; detach?: null; settles?: null }|{ kind?: "attach"; attach: wharf.v1.AttachRequest.$Shape; detach?: null; settles?: null }|{ kind?: "detach"; attach?: null; detach: wharf.v1.DetachRequest.$Shape; settles?: null }|{ kind?: "settles"; attach?: null; detach?: null; settles: wharf.v1.SettleBatch.$Shape })
             * )} wharf.v1.ConsumeRequest.$Shape
             */

            /**
             * Constructs a new ConsumeRequest.
             * @memberof wharf.v1
             * @classdesc Represents a ConsumeRequest.
             * @constructor
             * @param {wharf.v1.ConsumeRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ConsumeRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ConsumeRequest attach.
             * @member {wharf.v1.AttachRequest.$Properties|null|undefined} attach
             * @memberof wharf.v1.ConsumeRequest
             * @instance
             */
            ConsumeRequest.prototype.attach = null;

            /**
             * ConsumeRequest detach.
             * @member {wharf.v1.DetachRequest.$Properties|null|undefined} detach
             * @memberof wharf.v1.ConsumeRequest
             * @instance
             */
            ConsumeRequest.prototype.detach = null;

            /**
             * ConsumeRequest settles.
             * @member {wharf.v1.SettleBatch.$Properties|null|undefined} settles
             * @memberof wharf.v1.ConsumeRequest
             * @instance
             */
            ConsumeRequest.prototype.settles = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * ConsumeRequest kind.
             * @member {"attach"|"detach"|"settles"|undefined} kind
             * @memberof wharf.v1.ConsumeRequest
             * @instance
             */
            $Object.defineProperty(ConsumeRequest.prototype, "kind", {
                get: $util.oneOfGetter($oneOfFields = ["attach", "detach", "settles"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new ConsumeRequest instance using the specified properties.
             * @function create
             * @memberof wharf.v1.ConsumeRequest
             * @static
             * @param {wharf.v1.ConsumeRequest.$Properties=} [properties] Properties to set
             * @returns {wharf.v1.ConsumeRequest} ConsumeRequest instance
             * @type {{
             *   (properties: wharf.v1.ConsumeRequest.$Shape): wharf.v1.ConsumeRequest & wharf.v1.ConsumeRequest.$Shape;
             *   (properties?: wharf.v1.ConsumeRequest.$Properties): wharf.v1.ConsumeRequest;
             * }}
             */
            ConsumeRequest.create = function(properties) {
                return new ConsumeRequest(properties);
            };

            /**
             * Encodes the specified ConsumeRequest message. Does not implicitly {@link wharf.v1.ConsumeRequest.verify|verify} messages.
             * @function encode
             * @memberof wharf.v1.ConsumeRequest
             * @static
             * @param {wharf.v1.ConsumeRequest.$Properties} message ConsumeRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ConsumeRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.attach != null && $Object.hasOwnProperty.call(message, "attach"))
                    $root.wharf.v1.AttachRequest.encode(message.attach, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.detach != null && $Object.hasOwnProperty.call(message, "detach"))
                    $root.wharf.v1.DetachRequest.encode(message.detach, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.settles != null && $Object.hasOwnProperty.call(message, "settles"))
                    $root.wharf.v1.SettleBatch.encode(message.settles, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ConsumeRequest message from the specified reader or buffer.
             * @function decode
             * @memberof wharf.v1.ConsumeRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {wharf.v1.ConsumeRequest & wharf.v1.ConsumeRequest.$Shape} ConsumeRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ConsumeRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.wharf.v1.ConsumeRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.attach = $root.wharf.v1.AttachRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.attach);
                            message.kind = "attach";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.detach = $root.wharf.v1.DetachRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.detach);
                            message.kind = "detach";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.settles = $root.wharf.v1.SettleBatch.decode(reader, reader.size(), $undefined, _depth + 1, message.settles);
                            message.kind = "settles";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return ConsumeRequest;
        })();

        v1.RemoteError = (function() {

            /**
             * Properties of a RemoteError.
             * @typedef {Object} wharf.v1.RemoteError.$Properties
             * @property {number|null} [code] RemoteError code
             * @property {string|null} [name] RemoteError name
             * @property {string|null} [message] RemoteError message
             * @property {string|null} [field] RemoteError field
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RemoteError.
             * @memberof wharf.v1
             * @interface IRemoteError
             * @augments wharf.v1.RemoteError.$Properties
             * @deprecated Use wharf.v1.RemoteError.$Properties instead.
             */

            /**
             * Shape of a RemoteError.
             * @typedef {wharf.v1.RemoteError.$Properties} wharf.v1.RemoteError.$Shape
             */

            /**
             * Constructs a new RemoteError.
             * @memberof wharf.v1
             * @classdesc Represents a RemoteError.
             * @constructor
             * @param {wharf.v1.RemoteError.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RemoteError = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RemoteError code.
             * @member {number} code
             * @memberof wharf.v1.RemoteError
             * @instance
             */
            RemoteError.prototype.code = 0;

            /**
             * RemoteError name.
             * @member {string} name
             * @memberof wharf.v1.RemoteError
             * @instance
             */
            RemoteError.prototype.name = "";

            /**
             * RemoteError message.
             * @member {string} message
             * @memberof wharf.v1.RemoteError
             * @instance
             */
            RemoteError.prototype.message = "";

            /**
             * RemoteError field.
             * @member {string|null|undefined} field
             * @memberof wharf.v1.RemoteError
             * @instance
             */
            RemoteError.prototype.field = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(RemoteError.prototype, "_field", {
                get: $util.oneOfGetter($oneOfFields = ["field"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new RemoteError instance using the specified properties.
             * @function create
             * @memberof wharf.v1.RemoteError
             * @static
             * @param {wharf.v1.RemoteError.$Properties=} [properties] Properties to set
             * @returns {wharf.v1.RemoteError} RemoteError instance
             * @type {{
             *   (properties: wharf.v1.RemoteError.$Shape): wharf.v1.RemoteError & wharf.v1.RemoteError.$Shape;
             *   (properties?: wharf.v1.RemoteError.$Properties): wharf.v1.RemoteError;
             * }}
             */
            RemoteError.create = function(properties) {
                return new RemoteError(properties);
            };

            /**
             * Encodes the specified RemoteError message. Does not implicitly {@link wharf.v1.RemoteError.verify|verify} messages.
             * @function encode
             * @memberof wharf.v1.RemoteError
             * @static
             * @param {wharf.v1.RemoteError.$Properties} message RemoteError message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RemoteError.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.code != null && $Object.hasOwnProperty.call(message, "code") && message.code !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.code);
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.name);
                if (message.message != null && $Object.hasOwnProperty.call(message, "message") && message.message !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.message);
                if (message.field != null && $Object.hasOwnProperty.call(message, "field"))
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.field);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a RemoteError message from the specified reader or buffer.
             * @function decode
             * @memberof wharf.v1.RemoteError
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {wharf.v1.RemoteError & wharf.v1.RemoteError.$Shape} RemoteError
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RemoteError.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.wharf.v1.RemoteError();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.code = value;
                            else
                                delete message.code;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.message = value;
                            else
                                delete message.message;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.field = reader.stringVerify();
                            message._field = "field";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return RemoteError;
        })();

        v1.AttachResult = (function() {

            /**
             * Properties of an AttachResult.
             * @typedef {Object} wharf.v1.AttachResult.$Properties
             * @property {number|null} [requestId] AttachResult requestId
             * @property {number|null} [queue] AttachResult queue
             * @property {string|null} [filter] AttachResult filter
             * @property {boolean|null} [created] AttachResult created
             * @property {wharf.v1.RemoteError.$Properties|null} [error] AttachResult error
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AttachResult.
             * @memberof wharf.v1
             * @interface IAttachResult
             * @augments wharf.v1.AttachResult.$Properties
             * @deprecated Use wharf.v1.AttachResult.$Properties instead.
             */

            /**
             * Shape of an AttachResult.
             * @typedef {wharf.v1.AttachResult.$Properties} wharf.v1.AttachResult.$Shape
             */

            /**
             * Constructs a new AttachResult.
             * @memberof wharf.v1
             * @classdesc Represents an AttachResult.
             * @constructor
             * @param {wharf.v1.AttachResult.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const AttachResult = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * AttachResult requestId.
             * @member {number} requestId
             * @memberof wharf.v1.AttachResult
             * @instance
             */
            AttachResult.prototype.requestId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * AttachResult queue.
             * @member {number} queue
             * @memberof wharf.v1.AttachResult
             * @instance
             */
            AttachResult.prototype.queue = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * AttachResult filter.
             * @member {string} filter
             * @memberof wharf.v1.AttachResult
             * @instance
             */
            AttachResult.prototype.filter = "";

            /**
             * AttachResult created.
             * @member {boolean} created
             * @memberof wharf.v1.AttachResult
             * @instance
             */
            AttachResult.prototype.created = false;

            /**
             * AttachResult error.
             * @member {wharf.v1.RemoteError.$Properties|null|undefined} error
             * @memberof wharf.v1.AttachResult
             * @instance
             */
            AttachResult.prototype.error = null;

            /**
             * Creates a new AttachResult instance using the specified properties.
             * @function create
             * @memberof wharf.v1.AttachResult
             * @static
             * @param {wharf.v1.AttachResult.$Properties=} [properties] Properties to set
             * @returns {wharf.v1.AttachResult} AttachResult instance
             * @type {{
             *   (properties: wharf.v1.AttachResult.$Shape): wharf.v1.AttachResult & wharf.v1.AttachResult.$Shape;
             *   (properties?: wharf.v1.AttachResult.$Properties): wharf.v1.AttachResult;
             * }}
             */
            AttachResult.create = function(properties) {
                return new AttachResult(properties);
            };

            /**
             * Encodes the specified AttachResult message. Does not implicitly {@link wharf.v1.AttachResult.verify|verify} messages.
             * @function encode
             * @memberof wharf.v1.AttachResult
             * @static
             * @param {wharf.v1.AttachResult.$Properties} message AttachResult message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AttachResult.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId") && (typeof message.requestId === "object" ? message.requestId.low || message.requestId.high : message.requestId !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.requestId);
                if (message.queue != null && $Object.hasOwnProperty.call(message, "queue") && (typeof message.queue === "object" ? message.queue.low || message.queue.high : message.queue !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.queue);
                if (message.filter != null && $Object.hasOwnProperty.call(message, "filter") && message.filter !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.filter);
                if (message.created != null && $Object.hasOwnProperty.call(message, "created") && message.created !== false)
                    writer.uint32(/* id 4, wireType 0 =*/32).bool(message.created);
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    $root.wharf.v1.RemoteError.encode(message.error, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an AttachResult message from the specified reader or buffer.
             * @function decode
             * @memberof wharf.v1.AttachResult
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {wharf.v1.AttachResult & wharf.v1.AttachResult.$Shape} AttachResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AttachResult.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.wharf.v1.AttachResult();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.requestId = value;
                            else
                                delete message.requestId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.queue = value;
                            else
                                delete message.queue;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.filter = value;
                            else
                                delete message.filter;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.created = value;
                            else
                                delete message.created;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.error = $root.wharf.v1.RemoteError.decode(reader, reader.size(), $undefined, _depth + 1, message.error);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return AttachResult;
        })();

        v1.Dispatch = (function() {

            /**
             * Properties of a Dispatch.
             * @typedef {Object} wharf.v1.Dispatch.$Properties
             * @property {string|null} [consumerId] Dispatch consumerId
             * @property {number|null} [queue] Dispatch queue
             * @property {number|null} [offset] Dispatch offset
             * @property {number|null} [deliveries] Dispatch deliveries
             * @property {number|null} [qos] Dispatch qos
             * @property {wharf.v1.Message.$Properties|null} [message] Dispatch message
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Dispatch.
             * @memberof wharf.v1
             * @interface IDispatch
             * @augments wharf.v1.Dispatch.$Properties
             * @deprecated Use wharf.v1.Dispatch.$Properties instead.
             */

            /**
             * Shape of a Dispatch.
             * @typedef {wharf.v1.Dispatch.$Properties} wharf.v1.Dispatch.$Shape
             */

            /**
             * Constructs a new Dispatch.
             * @memberof wharf.v1
             * @classdesc Represents a Dispatch.
             * @constructor
             * @param {wharf.v1.Dispatch.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Dispatch = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Dispatch consumerId.
             * @member {string} consumerId
             * @memberof wharf.v1.Dispatch
             * @instance
             */
            Dispatch.prototype.consumerId = "";

            /**
             * Dispatch queue.
             * @member {number} queue
             * @memberof wharf.v1.Dispatch
             * @instance
             */
            Dispatch.prototype.queue = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Dispatch offset.
             * @member {number} offset
             * @memberof wharf.v1.Dispatch
             * @instance
             */
            Dispatch.prototype.offset = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Dispatch deliveries.
             * @member {number} deliveries
             * @memberof wharf.v1.Dispatch
             * @instance
             */
            Dispatch.prototype.deliveries = 0;

            /**
             * Dispatch qos.
             * @member {number} qos
             * @memberof wharf.v1.Dispatch
             * @instance
             */
            Dispatch.prototype.qos = 0;

            /**
             * Dispatch message.
             * @member {wharf.v1.Message.$Properties|null|undefined} message
             * @memberof wharf.v1.Dispatch
             * @instance
             */
            Dispatch.prototype.message = null;

            /**
             * Creates a new Dispatch instance using the specified properties.
             * @function create
             * @memberof wharf.v1.Dispatch
             * @static
             * @param {wharf.v1.Dispatch.$Properties=} [properties] Properties to set
             * @returns {wharf.v1.Dispatch} Dispatch instance
             * @type {{
             *   (properties: wharf.v1.Dispatch.$Shape): wharf.v1.Dispatch & wharf.v1.Dispatch.$Shape;
             *   (properties?: wharf.v1.Dispatch.$Properties): wharf.v1.Dispatch;
             * }}
             */
            Dispatch.create = function(properties) {
                return new Dispatch(properties);
            };

            /**
             * Encodes the specified Dispatch message. Does not implicitly {@link wharf.v1.Dispatch.verify|verify} messages.
             * @function encode
             * @memberof wharf.v1.Dispatch
             * @static
             * @param {wharf.v1.Dispatch.$Properties} message Dispatch message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Dispatch.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.consumerId != null && $Object.hasOwnProperty.call(message, "consumerId") && message.consumerId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.consumerId);
                if (message.queue != null && $Object.hasOwnProperty.call(message, "queue") && (typeof message.queue === "object" ? message.queue.low || message.queue.high : message.queue !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.queue);
                if (message.offset != null && $Object.hasOwnProperty.call(message, "offset") && (typeof message.offset === "object" ? message.offset.low || message.offset.high : message.offset !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.offset);
                if (message.deliveries != null && $Object.hasOwnProperty.call(message, "deliveries") && message.deliveries !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.deliveries);
                if (message.qos != null && $Object.hasOwnProperty.call(message, "qos") && message.qos !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.qos);
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    $root.wharf.v1.Message.encode(message.message, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Dispatch message from the specified reader or buffer.
             * @function decode
             * @memberof wharf.v1.Dispatch
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {wharf.v1.Dispatch & wharf.v1.Dispatch.$Shape} Dispatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Dispatch.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.wharf.v1.Dispatch();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.consumerId = value;
                            else
                                delete message.consumerId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.queue = value;
                            else
                                delete message.queue;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.offset = value;
                            else
                                delete message.offset;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.deliveries = value;
                            else
                                delete message.deliveries;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.qos = value;
                            else
                                delete message.qos;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.message = $root.wharf.v1.Message.decode(reader, reader.size(), $undefined, _depth + 1, message.message);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return Dispatch;
        })();

        v1.DispatchBatch = (function() {

            /**
             * Properties of a DispatchBatch.
             * @typedef {Object} wharf.v1.DispatchBatch.$Properties
             * @property {Array.<wharf.v1.Dispatch.$Properties>|null} [dispatches] DispatchBatch dispatches
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DispatchBatch.
             * @memberof wharf.v1
             * @interface IDispatchBatch
             * @augments wharf.v1.DispatchBatch.$Properties
             * @deprecated Use wharf.v1.DispatchBatch.$Properties instead.
             */

            /**
             * Shape of a DispatchBatch.
             * @typedef {wharf.v1.DispatchBatch.$Properties} wharf.v1.DispatchBatch.$Shape
             */

            /**
             * Constructs a new DispatchBatch.
             * @memberof wharf.v1
             * @classdesc Represents a DispatchBatch.
             * @constructor
             * @param {wharf.v1.DispatchBatch.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DispatchBatch = function (properties) {
                this.dispatches = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * DispatchBatch dispatches.
             * @member {Array.<wharf.v1.Dispatch.$Properties>} dispatches
             * @memberof wharf.v1.DispatchBatch
             * @instance
             */
            DispatchBatch.prototype.dispatches = $util.emptyArray;

            /**
             * Creates a new DispatchBatch instance using the specified properties.
             * @function create
             * @memberof wharf.v1.DispatchBatch
             * @static
             * @param {wharf.v1.DispatchBatch.$Properties=} [properties] Properties to set
             * @returns {wharf.v1.DispatchBatch} DispatchBatch instance
             * @type {{
             *   (properties: wharf.v1.DispatchBatch.$Shape): wharf.v1.DispatchBatch & wharf.v1.DispatchBatch.$Shape;
             *   (properties?: wharf.v1.DispatchBatch.$Properties): wharf.v1.DispatchBatch;
             * }}
             */
            DispatchBatch.create = function(properties) {
                return new DispatchBatch(properties);
            };

            /**
             * Encodes the specified DispatchBatch message. Does not implicitly {@link wharf.v1.DispatchBatch.verify|verify} messages.
             * @function encode
             * @memberof wharf.v1.DispatchBatch
             * @static
             * @param {wharf.v1.DispatchBatch.$Properties} message DispatchBatch message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DispatchBatch.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.dispatches != null && message.dispatches.length)
                    for (let i = 0; i < message.dispatches.length; ++i)
                        $root.wharf.v1.Dispatch.encode(message.dispatches[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a DispatchBatch message from the specified reader or buffer.
             * @function decode
             * @memberof wharf.v1.DispatchBatch
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {wharf.v1.DispatchBatch & wharf.v1.DispatchBatch.$Shape} DispatchBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DispatchBatch.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.wharf.v1.DispatchBatch();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.dispatches && message.dispatches.length))
                                message.dispatches = [];
                            message.dispatches.push($root.wharf.v1.Dispatch.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return DispatchBatch;
        })();

        v1.DetachedConsumer = (function() {

            /**
             * Properties of a DetachedConsumer.
             * @typedef {Object} wharf.v1.DetachedConsumer.$Properties
             * @property {string|null} [consumerId] DetachedConsumer consumerId
             * @property {number|null} [queue] DetachedConsumer queue
             * @property {string|null} [reason] DetachedConsumer reason
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DetachedConsumer.
             * @memberof wharf.v1
             * @interface IDetachedConsumer
             * @augments wharf.v1.DetachedConsumer.$Properties
             * @deprecated Use wharf.v1.DetachedConsumer.$Properties instead.
             */

            /**
             * Shape of a DetachedConsumer.
             * @typedef {wharf.v1.DetachedConsumer.$Properties} wharf.v1.DetachedConsumer.$Shape
             */

            /**
             * Constructs a new DetachedConsumer.
             * @memberof wharf.v1
             * @classdesc Represents a DetachedConsumer.
             * @constructor
             * @param {wharf.v1.DetachedConsumer.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DetachedConsumer = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * DetachedConsumer consumerId.
             * @member {string} consumerId
             * @memberof wharf.v1.DetachedConsumer
             * @instance
             */
            DetachedConsumer.prototype.consumerId = "";

            /**
             * DetachedConsumer queue.
             * @member {number} queue
             * @memberof wharf.v1.DetachedConsumer
             * @instance
             */
            DetachedConsumer.prototype.queue = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * DetachedConsumer reason.
             * @member {string} reason
             * @memberof wharf.v1.DetachedConsumer
             * @instance
             */
            DetachedConsumer.prototype.reason = "";

            /**
             * Creates a new DetachedConsumer instance using the specified properties.
             * @function create
             * @memberof wharf.v1.DetachedConsumer
             * @static
             * @param {wharf.v1.DetachedConsumer.$Properties=} [properties] Properties to set
             * @returns {wharf.v1.DetachedConsumer} DetachedConsumer instance
             * @type {{
             *   (properties: wharf.v1.DetachedConsumer.$Shape): wharf.v1.DetachedConsumer & wharf.v1.DetachedConsumer.$Shape;
             *   (properties?: wharf.v1.DetachedConsumer.$Properties): wharf.v1.DetachedConsumer;
             * }}
             */
            DetachedConsumer.create = function(properties) {
                return new DetachedConsumer(properties);
            };

            /**
             * Encodes the specified DetachedConsumer message. Does not implicitly {@link wharf.v1.DetachedConsumer.verify|verify} messages.
             * @function encode
             * @memberof wharf.v1.DetachedConsumer
             * @static
             * @param {wharf.v1.DetachedConsumer.$Properties} message DetachedConsumer message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DetachedConsumer.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.consumerId != null && $Object.hasOwnProperty.call(message, "consumerId") && message.consumerId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.consumerId);
                if (message.queue != null && $Object.hasOwnProperty.call(message, "queue") && (typeof message.queue === "object" ? message.queue.low || message.queue.high : message.queue !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.queue);
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.reason);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a DetachedConsumer message from the specified reader or buffer.
             * @function decode
             * @memberof wharf.v1.DetachedConsumer
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {wharf.v1.DetachedConsumer & wharf.v1.DetachedConsumer.$Shape} DetachedConsumer
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DetachedConsumer.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.wharf.v1.DetachedConsumer();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.consumerId = value;
                            else
                                delete message.consumerId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.queue = value;
                            else
                                delete message.queue;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.reason = value;
                            else
                                delete message.reason;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return DetachedConsumer;
        })();

        v1.DetachedBatch = (function() {

            /**
             * Properties of a DetachedBatch.
             * @typedef {Object} wharf.v1.DetachedBatch.$Properties
             * @property {Array.<wharf.v1.DetachedConsumer.$Properties>|null} [consumers] DetachedBatch consumers
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DetachedBatch.
             * @memberof wharf.v1
             * @interface IDetachedBatch
             * @augments wharf.v1.DetachedBatch.$Properties
             * @deprecated Use wharf.v1.DetachedBatch.$Properties instead.
             */

            /**
             * Shape of a DetachedBatch.
             * @typedef {wharf.v1.DetachedBatch.$Properties} wharf.v1.DetachedBatch.$Shape
             */

            /**
             * Constructs a new DetachedBatch.
             * @memberof wharf.v1
             * @classdesc Represents a DetachedBatch.
             * @constructor
             * @param {wharf.v1.DetachedBatch.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DetachedBatch = function (properties) {
                this.consumers = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * DetachedBatch consumers.
             * @member {Array.<wharf.v1.DetachedConsumer.$Properties>} consumers
             * @memberof wharf.v1.DetachedBatch
             * @instance
             */
            DetachedBatch.prototype.consumers = $util.emptyArray;

            /**
             * Creates a new DetachedBatch instance using the specified properties.
             * @function create
             * @memberof wharf.v1.DetachedBatch
             * @static
             * @param {wharf.v1.DetachedBatch.$Properties=} [properties] Properties to set
             * @returns {wharf.v1.DetachedBatch} DetachedBatch instance
             * @type {{
             *   (properties: wharf.v1.DetachedBatch.$Shape): wharf.v1.DetachedBatch & wharf.v1.DetachedBatch.$Shape;
             *   (properties?: wharf.v1.DetachedBatch.$Properties): wharf.v1.DetachedBatch;
             * }}
             */
            DetachedBatch.create = function(properties) {
                return new DetachedBatch(properties);
            };

            /**
             * Encodes the specified DetachedBatch message. Does not implicitly {@link wharf.v1.DetachedBatch.verify|verify} messages.
             * @function encode
             * @memberof wharf.v1.DetachedBatch
             * @static
             * @param {wharf.v1.DetachedBatch.$Properties} message DetachedBatch message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DetachedBatch.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.consumers != null && message.consumers.length)
                    for (let i = 0; i < message.consumers.length; ++i)
                        $root.wharf.v1.DetachedConsumer.encode(message.consumers[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a DetachedBatch message from the specified reader or buffer.
             * @function decode
             * @memberof wharf.v1.DetachedBatch
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {wharf.v1.DetachedBatch & wharf.v1.DetachedBatch.$Shape} DetachedBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DetachedBatch.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.wharf.v1.DetachedBatch();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.consumers && message.consumers.length))
                                message.consumers = [];
                            message.consumers.push($root.wharf.v1.DetachedConsumer.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return DetachedBatch;
        })();

        v1.ConsumeEvent = (function() {

            /**
             * Properties of a ConsumeEvent.
             * @typedef {Object} wharf.v1.ConsumeEvent.$Properties
             * @property {wharf.v1.AttachResult.$Properties|null} [attached] ConsumeEvent attached
             * @property {wharf.v1.DispatchBatch.$Properties|null} [dispatches] ConsumeEvent dispatches
             * @property {wharf.v1.DetachedBatch.$Properties|null} [detached] ConsumeEvent detached
             * @property {"attached"|"dispatches"|"detached"} [kind] ConsumeEvent kind
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ConsumeEvent.
             * @memberof wharf.v1
             * @interface IConsumeEvent
             * @augments wharf.v1.ConsumeEvent.$Properties
             * @deprecated Use wharf.v1.ConsumeEvent.$Properties instead.
             */

            /**
             * Narrowed shape of a ConsumeEvent.
             * @typedef {{
             *   attached?: wharf.v1.AttachResult.$Shape|null;
             *   dispatches?: wharf.v1.DispatchBatch.$Shape|null;
             *   detached?: wharf.v1.DetachedBatch.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ kind?: undefined; attached?: null; dispatches?: null; detached?: null }|{ kind?: "attached"; attached: wharf.v1.AttachResult.$Shape; dispatches?: null; detached?: null }|{ kind?: "dispatches"; attached?: null; dispatches: wharf.v1.DispatchBatch.$Shape; detached?: null }|{ kind?: "detached"; attached?: null; dispatches?: null; detached: wharf.v1.DetachedBatch.$Shape })
             * )} wharf.v1.ConsumeEvent.$Shape
             */

            /**
             * Constructs a new ConsumeEvent.
             * @memberof wharf.v1
             * @classdesc Represents a ConsumeEvent.
             * @constructor
             * @param {wharf.v1.ConsumeEvent.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ConsumeEvent = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ConsumeEvent attached.
             * @member {wharf.v1.AttachResult.$Properties|null|undefined} attached
             * @memberof wharf.v1.ConsumeEvent
             * @instance
             */
            ConsumeEvent.prototype.attached = null;

            /**
             * ConsumeEvent dispatches.
             * @member {wharf.v1.DispatchBatch.$Properties|null|undefined} dispatches
             * @memberof wharf.v1.ConsumeEvent
             * @instance
             */
            ConsumeEvent.prototype.dispatches = null;

            /**
             * ConsumeEvent detached.
             * @member {wharf.v1.DetachedBatch.$Properties|null|undefined} detached
             * @memberof wharf.v1.ConsumeEvent
             * @instance
             */
            ConsumeEvent.prototype.detached = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * ConsumeEvent kind.
             * @member {"attached"|"dispatches"|"detached"|undefined} kind
             * @memberof wharf.v1.ConsumeEvent
             * @instance
             */
            $Object.defineProperty(ConsumeEvent.prototype, "kind", {
                get: $util.oneOfGetter($oneOfFields = ["attached", "dispatches", "detached"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new ConsumeEvent instance using the specified properties.
             * @function create
             * @memberof wharf.v1.ConsumeEvent
             * @static
             * @param {wharf.v1.ConsumeEvent.$Properties=} [properties] Properties to set
             * @returns {wharf.v1.ConsumeEvent} ConsumeEvent instance
             * @type {{
             *   (properties: wharf.v1.ConsumeEvent.$Shape): wharf.v1.ConsumeEvent & wharf.v1.ConsumeEvent.$Shape;
             *   (properties?: wharf.v1.ConsumeEvent.$Properties): wharf.v1.ConsumeEvent;
             * }}
             */
            ConsumeEvent.create = function(properties) {
                return new ConsumeEvent(properties);
            };

            /**
             * Encodes the specified ConsumeEvent message. Does not implicitly {@link wharf.v1.ConsumeEvent.verify|verify} messages.
             * @function encode
             * @memberof wharf.v1.ConsumeEvent
             * @static
             * @param {wharf.v1.ConsumeEvent.$Properties} message ConsumeEvent message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ConsumeEvent.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.attached != null && $Object.hasOwnProperty.call(message, "attached"))
                    $root.wharf.v1.AttachResult.encode(message.attached, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.dispatches != null && $Object.hasOwnProperty.call(message, "dispatches"))
                    $root.wharf.v1.DispatchBatch.encode(message.dispatches, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.detached != null && $Object.hasOwnProperty.call(message, "detached"))
                    $root.wharf.v1.DetachedBatch.encode(message.detached, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ConsumeEvent message from the specified reader or buffer.
             * @function decode
             * @memberof wharf.v1.ConsumeEvent
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {wharf.v1.ConsumeEvent & wharf.v1.ConsumeEvent.$Shape} ConsumeEvent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ConsumeEvent.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.wharf.v1.ConsumeEvent();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.attached = $root.wharf.v1.AttachResult.decode(reader, reader.size(), $undefined, _depth + 1, message.attached);
                            message.kind = "attached";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.dispatches = $root.wharf.v1.DispatchBatch.decode(reader, reader.size(), $undefined, _depth + 1, message.dispatches);
                            message.kind = "dispatches";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.detached = $root.wharf.v1.DetachedBatch.decode(reader, reader.size(), $undefined, _depth + 1, message.detached);
                            message.kind = "detached";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return ConsumeEvent;
        })();

        v1.AppendBatch = (function() {

            /**
             * Properties of an AppendBatch.
             * @typedef {Object} wharf.v1.AppendBatch.$Properties
             * @property {number|null} [id] AppendBatch id
             * @property {Array.<wharf.v1.Message.$Properties>|null} [messages] AppendBatch messages
             * @property {Array.<number>|null} [calls] AppendBatch calls
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AppendBatch.
             * @memberof wharf.v1
             * @interface IAppendBatch
             * @augments wharf.v1.AppendBatch.$Properties
             * @deprecated Use wharf.v1.AppendBatch.$Properties instead.
             */

            /**
             * Shape of an AppendBatch.
             * @typedef {wharf.v1.AppendBatch.$Properties} wharf.v1.AppendBatch.$Shape
             */

            /**
             * Constructs a new AppendBatch.
             * @memberof wharf.v1
             * @classdesc Represents an AppendBatch.
             * @constructor
             * @param {wharf.v1.AppendBatch.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const AppendBatch = function (properties) {
                this.messages = [];
                this.calls = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * AppendBatch id.
             * @member {number} id
             * @memberof wharf.v1.AppendBatch
             * @instance
             */
            AppendBatch.prototype.id = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * AppendBatch messages.
             * @member {Array.<wharf.v1.Message.$Properties>} messages
             * @memberof wharf.v1.AppendBatch
             * @instance
             */
            AppendBatch.prototype.messages = $util.emptyArray;

            /**
             * AppendBatch calls.
             * @member {Array.<number>} calls
             * @memberof wharf.v1.AppendBatch
             * @instance
             */
            AppendBatch.prototype.calls = $util.emptyArray;

            /**
             * Creates a new AppendBatch instance using the specified properties.
             * @function create
             * @memberof wharf.v1.AppendBatch
             * @static
             * @param {wharf.v1.AppendBatch.$Properties=} [properties] Properties to set
             * @returns {wharf.v1.AppendBatch} AppendBatch instance
             * @type {{
             *   (properties: wharf.v1.AppendBatch.$Shape): wharf.v1.AppendBatch & wharf.v1.AppendBatch.$Shape;
             *   (properties?: wharf.v1.AppendBatch.$Properties): wharf.v1.AppendBatch;
             * }}
             */
            AppendBatch.create = function(properties) {
                return new AppendBatch(properties);
            };

            /**
             * Encodes the specified AppendBatch message. Does not implicitly {@link wharf.v1.AppendBatch.verify|verify} messages.
             * @function encode
             * @memberof wharf.v1.AppendBatch
             * @static
             * @param {wharf.v1.AppendBatch.$Properties} message AppendBatch message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AppendBatch.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && (typeof message.id === "object" ? message.id.low || message.id.high : message.id !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.id);
                if (message.messages != null && message.messages.length)
                    for (let i = 0; i < message.messages.length; ++i)
                        $root.wharf.v1.Message.encode(message.messages[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.calls != null && message.calls.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).uint32s(message.calls);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an AppendBatch message from the specified reader or buffer.
             * @function decode
             * @memberof wharf.v1.AppendBatch
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {wharf.v1.AppendBatch & wharf.v1.AppendBatch.$Shape} AppendBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AppendBatch.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.wharf.v1.AppendBatch();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.messages && message.messages.length))
                                message.messages = [];
                            message.messages.push($root.wharf.v1.Message.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 3: {
                            if (wireType === 2) {
                                if (!(message.calls && message.calls.length))
                                    message.calls = [];
                                reader.uint32s(message.calls);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.calls && message.calls.length))
                                message.calls = [];
                            message.calls.push(reader.uint32());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return AppendBatch;
        })();

        v1.CallError = (function() {

            /**
             * Properties of a CallError.
             * @typedef {Object} wharf.v1.CallError.$Properties
             * @property {number|null} [call] CallError call
             * @property {number|null} [code] CallError code
             * @property {string|null} [message] CallError message
             * @property {string|null} [name] CallError name
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a CallError.
             * @memberof wharf.v1
             * @interface ICallError
             * @augments wharf.v1.CallError.$Properties
             * @deprecated Use wharf.v1.CallError.$Properties instead.
             */

            /**
             * Shape of a CallError.
             * @typedef {wharf.v1.CallError.$Properties} wharf.v1.CallError.$Shape
             */

            /**
             * Constructs a new CallError.
             * @memberof wharf.v1
             * @classdesc Represents a CallError.
             * @constructor
             * @param {wharf.v1.CallError.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const CallError = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * CallError call.
             * @member {number} call
             * @memberof wharf.v1.CallError
             * @instance
             */
            CallError.prototype.call = 0;

            /**
             * CallError code.
             * @member {number} code
             * @memberof wharf.v1.CallError
             * @instance
             */
            CallError.prototype.code = 0;

            /**
             * CallError message.
             * @member {string} message
             * @memberof wharf.v1.CallError
             * @instance
             */
            CallError.prototype.message = "";

            /**
             * CallError name.
             * @member {string} name
             * @memberof wharf.v1.CallError
             * @instance
             */
            CallError.prototype.name = "";

            /**
             * Creates a new CallError instance using the specified properties.
             * @function create
             * @memberof wharf.v1.CallError
             * @static
             * @param {wharf.v1.CallError.$Properties=} [properties] Properties to set
             * @returns {wharf.v1.CallError} CallError instance
             * @type {{
             *   (properties: wharf.v1.CallError.$Shape): wharf.v1.CallError & wharf.v1.CallError.$Shape;
             *   (properties?: wharf.v1.CallError.$Properties): wharf.v1.CallError;
             * }}
             */
            CallError.create = function(properties) {
                return new CallError(properties);
            };

            /**
             * Encodes the specified CallError message. Does not implicitly {@link wharf.v1.CallError.verify|verify} messages.
             * @function encode
             * @memberof wharf.v1.CallError
             * @static
             * @param {wharf.v1.CallError.$Properties} message CallError message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CallError.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.call != null && $Object.hasOwnProperty.call(message, "call") && message.call !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.call);
                if (message.code != null && $Object.hasOwnProperty.call(message, "code") && message.code !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.code);
                if (message.message != null && $Object.hasOwnProperty.call(message, "message") && message.message !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.message);
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.name);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a CallError message from the specified reader or buffer.
             * @function decode
             * @memberof wharf.v1.CallError
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {wharf.v1.CallError & wharf.v1.CallError.$Shape} CallError
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CallError.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.wharf.v1.CallError();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.call = value;
                            else
                                delete message.call;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.code = value;
                            else
                                delete message.code;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.message = value;
                            else
                                delete message.message;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return CallError;
        })();

        v1.AppendAck = (function() {

            /**
             * Properties of an AppendAck.
             * @typedef {Object} wharf.v1.AppendAck.$Properties
             * @property {number|null} [id] AppendAck id
             * @property {Array.<number>|null} [logPositions] AppendAck logPositions
             * @property {Array.<number>|null} [timestamps] AppendAck timestamps
             * @property {Array.<wharf.v1.CallError.$Properties>|null} [errors] AppendAck errors
             * @property {Array.<boolean>|null} [matched] AppendAck matched
             * @property {Array.<wharf.v1.RefusedMessage.$Properties>|null} [refused] AppendAck refused
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AppendAck.
             * @memberof wharf.v1
             * @interface IAppendAck
             * @augments wharf.v1.AppendAck.$Properties
             * @deprecated Use wharf.v1.AppendAck.$Properties instead.
             */

            /**
             * Shape of an AppendAck.
             * @typedef {wharf.v1.AppendAck.$Properties} wharf.v1.AppendAck.$Shape
             */

            /**
             * Constructs a new AppendAck.
             * @memberof wharf.v1
             * @classdesc Represents an AppendAck.
             * @constructor
             * @param {wharf.v1.AppendAck.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const AppendAck = function (properties) {
                this.logPositions = [];
                this.timestamps = [];
                this.errors = [];
                this.matched = [];
                this.refused = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * AppendAck id.
             * @member {number} id
             * @memberof wharf.v1.AppendAck
             * @instance
             */
            AppendAck.prototype.id = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * AppendAck logPositions.
             * @member {Array.<number>} logPositions
             * @memberof wharf.v1.AppendAck
             * @instance
             */
            AppendAck.prototype.logPositions = $util.emptyArray;

            /**
             * AppendAck timestamps.
             * @member {Array.<number>} timestamps
             * @memberof wharf.v1.AppendAck
             * @instance
             */
            AppendAck.prototype.timestamps = $util.emptyArray;

            /**
             * AppendAck errors.
             * @member {Array.<wharf.v1.CallError.$Properties>} errors
             * @memberof wharf.v1.AppendAck
             * @instance
             */
            AppendAck.prototype.errors = $util.emptyArray;

            /**
             * AppendAck matched.
             * @member {Array.<boolean>} matched
             * @memberof wharf.v1.AppendAck
             * @instance
             */
            AppendAck.prototype.matched = $util.emptyArray;

            /**
             * AppendAck refused.
             * @member {Array.<wharf.v1.RefusedMessage.$Properties>} refused
             * @memberof wharf.v1.AppendAck
             * @instance
             */
            AppendAck.prototype.refused = $util.emptyArray;

            /**
             * Creates a new AppendAck instance using the specified properties.
             * @function create
             * @memberof wharf.v1.AppendAck
             * @static
             * @param {wharf.v1.AppendAck.$Properties=} [properties] Properties to set
             * @returns {wharf.v1.AppendAck} AppendAck instance
             * @type {{
             *   (properties: wharf.v1.AppendAck.$Shape): wharf.v1.AppendAck & wharf.v1.AppendAck.$Shape;
             *   (properties?: wharf.v1.AppendAck.$Properties): wharf.v1.AppendAck;
             * }}
             */
            AppendAck.create = function(properties) {
                return new AppendAck(properties);
            };

            /**
             * Encodes the specified AppendAck message. Does not implicitly {@link wharf.v1.AppendAck.verify|verify} messages.
             * @function encode
             * @memberof wharf.v1.AppendAck
             * @static
             * @param {wharf.v1.AppendAck.$Properties} message AppendAck message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AppendAck.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && (typeof message.id === "object" ? message.id.low || message.id.high : message.id !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.id);
                if (message.logPositions != null && message.logPositions.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).uint64s(message.logPositions);
                if (message.timestamps != null && message.timestamps.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).uint64s(message.timestamps);
                if (message.errors != null && message.errors.length)
                    for (let i = 0; i < message.errors.length; ++i)
                        $root.wharf.v1.CallError.encode(message.errors[i], writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.matched != null && message.matched.length)
                    writer.uint32(/* id 5, wireType 2 =*/42).bools(message.matched);
                if (message.refused != null && message.refused.length)
                    for (let i = 0; i < message.refused.length; ++i)
                        $root.wharf.v1.RefusedMessage.encode(message.refused[i], writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an AppendAck message from the specified reader or buffer.
             * @function decode
             * @memberof wharf.v1.AppendAck
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {wharf.v1.AppendAck & wharf.v1.AppendAck.$Shape} AppendAck
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AppendAck.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.wharf.v1.AppendAck();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 2: {
                            if (wireType === 2) {
                                if (!(message.logPositions && message.logPositions.length))
                                    message.logPositions = [];
                                reader.uint64s(message.logPositions);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.logPositions && message.logPositions.length))
                                message.logPositions = [];
                            message.logPositions.push(reader.uint64());
                            continue;
                        }
                    case 3: {
                            if (wireType === 2) {
                                if (!(message.timestamps && message.timestamps.length))
                                    message.timestamps = [];
                                reader.uint64s(message.timestamps);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.timestamps && message.timestamps.length))
                                message.timestamps = [];
                            message.timestamps.push(reader.uint64());
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (!(message.errors && message.errors.length))
                                message.errors = [];
                            message.errors.push($root.wharf.v1.CallError.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 5: {
                            if (wireType === 2) {
                                if (!(message.matched && message.matched.length))
                                    message.matched = [];
                                reader.bools(message.matched);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.matched && message.matched.length))
                                message.matched = [];
                            message.matched.push(reader.bool());
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if (!(message.refused && message.refused.length))
                                message.refused = [];
                            message.refused.push($root.wharf.v1.RefusedMessage.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return AppendAck;
        })();

        v1.RefusedMessage = (function() {

            /**
             * Properties of a RefusedMessage.
             * @typedef {Object} wharf.v1.RefusedMessage.$Properties
             * @property {number|null} [index] RefusedMessage index
             * @property {string|null} [reason] RefusedMessage reason
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RefusedMessage.
             * @memberof wharf.v1
             * @interface IRefusedMessage
             * @augments wharf.v1.RefusedMessage.$Properties
             * @deprecated Use wharf.v1.RefusedMessage.$Properties instead.
             */

            /**
             * Shape of a RefusedMessage.
             * @typedef {wharf.v1.RefusedMessage.$Properties} wharf.v1.RefusedMessage.$Shape
             */

            /**
             * Constructs a new RefusedMessage.
             * @memberof wharf.v1
             * @classdesc Represents a RefusedMessage.
             * @constructor
             * @param {wharf.v1.RefusedMessage.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RefusedMessage = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RefusedMessage index.
             * @member {number} index
             * @memberof wharf.v1.RefusedMessage
             * @instance
             */
            RefusedMessage.prototype.index = 0;

            /**
             * RefusedMessage reason.
             * @member {string} reason
             * @memberof wharf.v1.RefusedMessage
             * @instance
             */
            RefusedMessage.prototype.reason = "";

            /**
             * Creates a new RefusedMessage instance using the specified properties.
             * @function create
             * @memberof wharf.v1.RefusedMessage
             * @static
             * @param {wharf.v1.RefusedMessage.$Properties=} [properties] Properties to set
             * @returns {wharf.v1.RefusedMessage} RefusedMessage instance
             * @type {{
             *   (properties: wharf.v1.RefusedMessage.$Shape): wharf.v1.RefusedMessage & wharf.v1.RefusedMessage.$Shape;
             *   (properties?: wharf.v1.RefusedMessage.$Properties): wharf.v1.RefusedMessage;
             * }}
             */
            RefusedMessage.create = function(properties) {
                return new RefusedMessage(properties);
            };

            /**
             * Encodes the specified RefusedMessage message. Does not implicitly {@link wharf.v1.RefusedMessage.verify|verify} messages.
             * @function encode
             * @memberof wharf.v1.RefusedMessage
             * @static
             * @param {wharf.v1.RefusedMessage.$Properties} message RefusedMessage message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RefusedMessage.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.index != null && $Object.hasOwnProperty.call(message, "index") && message.index !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.index);
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.reason);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a RefusedMessage message from the specified reader or buffer.
             * @function decode
             * @memberof wharf.v1.RefusedMessage
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {wharf.v1.RefusedMessage & wharf.v1.RefusedMessage.$Shape} RefusedMessage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RefusedMessage.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.wharf.v1.RefusedMessage();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.index = value;
                            else
                                delete message.index;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.reason = value;
                            else
                                delete message.reason;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return RefusedMessage;
        })();

        v1.PullRequest = (function() {

            /**
             * Properties of a PullRequest.
             * @typedef {Object} wharf.v1.PullRequest.$Properties
             * @property {number|null} [queueId] PullRequest queueId
             * @property {number|null} [fromOffset] PullRequest fromOffset
             * @property {number|null} [maxMessages] PullRequest maxMessages
             * @property {number|null} [maxBytes] PullRequest maxBytes
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PullRequest.
             * @memberof wharf.v1
             * @interface IPullRequest
             * @augments wharf.v1.PullRequest.$Properties
             * @deprecated Use wharf.v1.PullRequest.$Properties instead.
             */

            /**
             * Shape of a PullRequest.
             * @typedef {wharf.v1.PullRequest.$Properties} wharf.v1.PullRequest.$Shape
             */

            /**
             * Constructs a new PullRequest.
             * @memberof wharf.v1
             * @classdesc Represents a PullRequest.
             * @constructor
             * @param {wharf.v1.PullRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PullRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * PullRequest queueId.
             * @member {number} queueId
             * @memberof wharf.v1.PullRequest
             * @instance
             */
            PullRequest.prototype.queueId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * PullRequest fromOffset.
             * @member {number} fromOffset
             * @memberof wharf.v1.PullRequest
             * @instance
             */
            PullRequest.prototype.fromOffset = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * PullRequest maxMessages.
             * @member {number} maxMessages
             * @memberof wharf.v1.PullRequest
             * @instance
             */
            PullRequest.prototype.maxMessages = 0;

            /**
             * PullRequest maxBytes.
             * @member {number} maxBytes
             * @memberof wharf.v1.PullRequest
             * @instance
             */
            PullRequest.prototype.maxBytes = 0;

            /**
             * Creates a new PullRequest instance using the specified properties.
             * @function create
             * @memberof wharf.v1.PullRequest
             * @static
             * @param {wharf.v1.PullRequest.$Properties=} [properties] Properties to set
             * @returns {wharf.v1.PullRequest} PullRequest instance
             * @type {{
             *   (properties: wharf.v1.PullRequest.$Shape): wharf.v1.PullRequest & wharf.v1.PullRequest.$Shape;
             *   (properties?: wharf.v1.PullRequest.$Properties): wharf.v1.PullRequest;
             * }}
             */
            PullRequest.create = function(properties) {
                return new PullRequest(properties);
            };

            /**
             * Encodes the specified PullRequest message. Does not implicitly {@link wharf.v1.PullRequest.verify|verify} messages.
             * @function encode
             * @memberof wharf.v1.PullRequest
             * @static
             * @param {wharf.v1.PullRequest.$Properties} message PullRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PullRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.queueId != null && $Object.hasOwnProperty.call(message, "queueId") && (typeof message.queueId === "object" ? message.queueId.low || message.queueId.high : message.queueId !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.queueId);
                if (message.fromOffset != null && $Object.hasOwnProperty.call(message, "fromOffset") && (typeof message.fromOffset === "object" ? message.fromOffset.low || message.fromOffset.high : message.fromOffset !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.fromOffset);
                if (message.maxMessages != null && $Object.hasOwnProperty.call(message, "maxMessages") && message.maxMessages !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.maxMessages);
                if (message.maxBytes != null && $Object.hasOwnProperty.call(message, "maxBytes") && message.maxBytes !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.maxBytes);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a PullRequest message from the specified reader or buffer.
             * @function decode
             * @memberof wharf.v1.PullRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {wharf.v1.PullRequest & wharf.v1.PullRequest.$Shape} PullRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PullRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.wharf.v1.PullRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.queueId = value;
                            else
                                delete message.queueId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.fromOffset = value;
                            else
                                delete message.fromOffset;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.maxMessages = value;
                            else
                                delete message.maxMessages;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.maxBytes = value;
                            else
                                delete message.maxBytes;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return PullRequest;
        })();

        v1.PullResponse = (function() {

            /**
             * Properties of a PullResponse.
             * @typedef {Object} wharf.v1.PullResponse.$Properties
             * @property {number|null} [firstOffset] PullResponse firstOffset
             * @property {Array.<wharf.v1.Message.$Properties>|null} [messages] PullResponse messages
             * @property {number|null} [endOffset] PullResponse endOffset
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PullResponse.
             * @memberof wharf.v1
             * @interface IPullResponse
             * @augments wharf.v1.PullResponse.$Properties
             * @deprecated Use wharf.v1.PullResponse.$Properties instead.
             */

            /**
             * Shape of a PullResponse.
             * @typedef {wharf.v1.PullResponse.$Properties} wharf.v1.PullResponse.$Shape
             */

            /**
             * Constructs a new PullResponse.
             * @memberof wharf.v1
             * @classdesc Represents a PullResponse.
             * @constructor
             * @param {wharf.v1.PullResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PullResponse = function (properties) {
                this.messages = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * PullResponse firstOffset.
             * @member {number} firstOffset
             * @memberof wharf.v1.PullResponse
             * @instance
             */
            PullResponse.prototype.firstOffset = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * PullResponse messages.
             * @member {Array.<wharf.v1.Message.$Properties>} messages
             * @memberof wharf.v1.PullResponse
             * @instance
             */
            PullResponse.prototype.messages = $util.emptyArray;

            /**
             * PullResponse endOffset.
             * @member {number} endOffset
             * @memberof wharf.v1.PullResponse
             * @instance
             */
            PullResponse.prototype.endOffset = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new PullResponse instance using the specified properties.
             * @function create
             * @memberof wharf.v1.PullResponse
             * @static
             * @param {wharf.v1.PullResponse.$Properties=} [properties] Properties to set
             * @returns {wharf.v1.PullResponse} PullResponse instance
             * @type {{
             *   (properties: wharf.v1.PullResponse.$Shape): wharf.v1.PullResponse & wharf.v1.PullResponse.$Shape;
             *   (properties?: wharf.v1.PullResponse.$Properties): wharf.v1.PullResponse;
             * }}
             */
            PullResponse.create = function(properties) {
                return new PullResponse(properties);
            };

            /**
             * Encodes the specified PullResponse message. Does not implicitly {@link wharf.v1.PullResponse.verify|verify} messages.
             * @function encode
             * @memberof wharf.v1.PullResponse
             * @static
             * @param {wharf.v1.PullResponse.$Properties} message PullResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PullResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.firstOffset != null && $Object.hasOwnProperty.call(message, "firstOffset") && (typeof message.firstOffset === "object" ? message.firstOffset.low || message.firstOffset.high : message.firstOffset !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.firstOffset);
                if (message.messages != null && message.messages.length)
                    for (let i = 0; i < message.messages.length; ++i)
                        $root.wharf.v1.Message.encode(message.messages[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.endOffset != null && $Object.hasOwnProperty.call(message, "endOffset") && (typeof message.endOffset === "object" ? message.endOffset.low || message.endOffset.high : message.endOffset !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.endOffset);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a PullResponse message from the specified reader or buffer.
             * @function decode
             * @memberof wharf.v1.PullResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {wharf.v1.PullResponse & wharf.v1.PullResponse.$Shape} PullResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PullResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.wharf.v1.PullResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.firstOffset = value;
                            else
                                delete message.firstOffset;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.messages && message.messages.length))
                                message.messages = [];
                            message.messages.push($root.wharf.v1.Message.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.endOffset = value;
                            else
                                delete message.endOffset;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return PullResponse;
        })();

        v1.QueueRef = (function() {

            /**
             * Properties of a QueueRef.
             * @typedef {Object} wharf.v1.QueueRef.$Properties
             * @property {number|null} [queueId] QueueRef queueId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a QueueRef.
             * @memberof wharf.v1
             * @interface IQueueRef
             * @augments wharf.v1.QueueRef.$Properties
             * @deprecated Use wharf.v1.QueueRef.$Properties instead.
             */

            /**
             * Shape of a QueueRef.
             * @typedef {wharf.v1.QueueRef.$Properties} wharf.v1.QueueRef.$Shape
             */

            /**
             * Constructs a new QueueRef.
             * @memberof wharf.v1
             * @classdesc Represents a QueueRef.
             * @constructor
             * @param {wharf.v1.QueueRef.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const QueueRef = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * QueueRef queueId.
             * @member {number} queueId
             * @memberof wharf.v1.QueueRef
             * @instance
             */
            QueueRef.prototype.queueId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new QueueRef instance using the specified properties.
             * @function create
             * @memberof wharf.v1.QueueRef
             * @static
             * @param {wharf.v1.QueueRef.$Properties=} [properties] Properties to set
             * @returns {wharf.v1.QueueRef} QueueRef instance
             * @type {{
             *   (properties: wharf.v1.QueueRef.$Shape): wharf.v1.QueueRef & wharf.v1.QueueRef.$Shape;
             *   (properties?: wharf.v1.QueueRef.$Properties): wharf.v1.QueueRef;
             * }}
             */
            QueueRef.create = function(properties) {
                return new QueueRef(properties);
            };

            /**
             * Encodes the specified QueueRef message. Does not implicitly {@link wharf.v1.QueueRef.verify|verify} messages.
             * @function encode
             * @memberof wharf.v1.QueueRef
             * @static
             * @param {wharf.v1.QueueRef.$Properties} message QueueRef message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            QueueRef.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.queueId != null && $Object.hasOwnProperty.call(message, "queueId") && (typeof message.queueId === "object" ? message.queueId.low || message.queueId.high : message.queueId !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.queueId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a QueueRef message from the specified reader or buffer.
             * @function decode
             * @memberof wharf.v1.QueueRef
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {wharf.v1.QueueRef & wharf.v1.QueueRef.$Shape} QueueRef
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            QueueRef.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.wharf.v1.QueueRef();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.queueId = value;
                            else
                                delete message.queueId;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return QueueRef;
        })();

        v1.Offset = (function() {

            /**
             * Properties of an Offset.
             * @typedef {Object} wharf.v1.Offset.$Properties
             * @property {number|null} [offset] Offset offset
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Offset.
             * @memberof wharf.v1
             * @interface IOffset
             * @augments wharf.v1.Offset.$Properties
             * @deprecated Use wharf.v1.Offset.$Properties instead.
             */

            /**
             * Shape of an Offset.
             * @typedef {wharf.v1.Offset.$Properties} wharf.v1.Offset.$Shape
             */

            /**
             * Constructs a new Offset.
             * @memberof wharf.v1
             * @classdesc Represents an Offset.
             * @constructor
             * @param {wharf.v1.Offset.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Offset = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Offset offset.
             * @member {number} offset
             * @memberof wharf.v1.Offset
             * @instance
             */
            Offset.prototype.offset = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new Offset instance using the specified properties.
             * @function create
             * @memberof wharf.v1.Offset
             * @static
             * @param {wharf.v1.Offset.$Properties=} [properties] Properties to set
             * @returns {wharf.v1.Offset} Offset instance
             * @type {{
             *   (properties: wharf.v1.Offset.$Shape): wharf.v1.Offset & wharf.v1.Offset.$Shape;
             *   (properties?: wharf.v1.Offset.$Properties): wharf.v1.Offset;
             * }}
             */
            Offset.create = function(properties) {
                return new Offset(properties);
            };

            /**
             * Encodes the specified Offset message. Does not implicitly {@link wharf.v1.Offset.verify|verify} messages.
             * @function encode
             * @memberof wharf.v1.Offset
             * @static
             * @param {wharf.v1.Offset.$Properties} message Offset message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Offset.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.offset != null && $Object.hasOwnProperty.call(message, "offset") && (typeof message.offset === "object" ? message.offset.low || message.offset.high : message.offset !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.offset);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an Offset message from the specified reader or buffer.
             * @function decode
             * @memberof wharf.v1.Offset
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {wharf.v1.Offset & wharf.v1.Offset.$Shape} Offset
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Offset.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.wharf.v1.Offset();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.offset = value;
                            else
                                delete message.offset;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return Offset;
        })();

        v1.QueueRefs = (function() {

            /**
             * Properties of a QueueRefs.
             * @typedef {Object} wharf.v1.QueueRefs.$Properties
             * @property {Array.<number>|null} [queueIds] QueueRefs queueIds
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a QueueRefs.
             * @memberof wharf.v1
             * @interface IQueueRefs
             * @augments wharf.v1.QueueRefs.$Properties
             * @deprecated Use wharf.v1.QueueRefs.$Properties instead.
             */

            /**
             * Shape of a QueueRefs.
             * @typedef {wharf.v1.QueueRefs.$Properties} wharf.v1.QueueRefs.$Shape
             */

            /**
             * Constructs a new QueueRefs.
             * @memberof wharf.v1
             * @classdesc Represents a QueueRefs.
             * @constructor
             * @param {wharf.v1.QueueRefs.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const QueueRefs = function (properties) {
                this.queueIds = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * QueueRefs queueIds.
             * @member {Array.<number>} queueIds
             * @memberof wharf.v1.QueueRefs
             * @instance
             */
            QueueRefs.prototype.queueIds = $util.emptyArray;

            /**
             * Creates a new QueueRefs instance using the specified properties.
             * @function create
             * @memberof wharf.v1.QueueRefs
             * @static
             * @param {wharf.v1.QueueRefs.$Properties=} [properties] Properties to set
             * @returns {wharf.v1.QueueRefs} QueueRefs instance
             * @type {{
             *   (properties: wharf.v1.QueueRefs.$Shape): wharf.v1.QueueRefs & wharf.v1.QueueRefs.$Shape;
             *   (properties?: wharf.v1.QueueRefs.$Properties): wharf.v1.QueueRefs;
             * }}
             */
            QueueRefs.create = function(properties) {
                return new QueueRefs(properties);
            };

            /**
             * Encodes the specified QueueRefs message. Does not implicitly {@link wharf.v1.QueueRefs.verify|verify} messages.
             * @function encode
             * @memberof wharf.v1.QueueRefs
             * @static
             * @param {wharf.v1.QueueRefs.$Properties} message QueueRefs message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            QueueRefs.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.queueIds != null && message.queueIds.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).uint64s(message.queueIds);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a QueueRefs message from the specified reader or buffer.
             * @function decode
             * @memberof wharf.v1.QueueRefs
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {wharf.v1.QueueRefs & wharf.v1.QueueRefs.$Shape} QueueRefs
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            QueueRefs.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.wharf.v1.QueueRefs();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType === 2) {
                                if (!(message.queueIds && message.queueIds.length))
                                    message.queueIds = [];
                                reader.uint64s(message.queueIds);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.queueIds && message.queueIds.length))
                                message.queueIds = [];
                            message.queueIds.push(reader.uint64());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return QueueRefs;
        })();

        v1.Offsets = (function() {

            /**
             * Properties of an Offsets.
             * @typedef {Object} wharf.v1.Offsets.$Properties
             * @property {Array.<number>|null} [offsets] Offsets offsets
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Offsets.
             * @memberof wharf.v1
             * @interface IOffsets
             * @augments wharf.v1.Offsets.$Properties
             * @deprecated Use wharf.v1.Offsets.$Properties instead.
             */

            /**
             * Shape of an Offsets.
             * @typedef {wharf.v1.Offsets.$Properties} wharf.v1.Offsets.$Shape
             */

            /**
             * Constructs a new Offsets.
             * @memberof wharf.v1
             * @classdesc Represents an Offsets.
             * @constructor
             * @param {wharf.v1.Offsets.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Offsets = function (properties) {
                this.offsets = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Offsets offsets.
             * @member {Array.<number>} offsets
             * @memberof wharf.v1.Offsets
             * @instance
             */
            Offsets.prototype.offsets = $util.emptyArray;

            /**
             * Creates a new Offsets instance using the specified properties.
             * @function create
             * @memberof wharf.v1.Offsets
             * @static
             * @param {wharf.v1.Offsets.$Properties=} [properties] Properties to set
             * @returns {wharf.v1.Offsets} Offsets instance
             * @type {{
             *   (properties: wharf.v1.Offsets.$Shape): wharf.v1.Offsets & wharf.v1.Offsets.$Shape;
             *   (properties?: wharf.v1.Offsets.$Properties): wharf.v1.Offsets;
             * }}
             */
            Offsets.create = function(properties) {
                return new Offsets(properties);
            };

            /**
             * Encodes the specified Offsets message. Does not implicitly {@link wharf.v1.Offsets.verify|verify} messages.
             * @function encode
             * @memberof wharf.v1.Offsets
             * @static
             * @param {wharf.v1.Offsets.$Properties} message Offsets message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Offsets.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.offsets != null && message.offsets.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).sint64s(message.offsets);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an Offsets message from the specified reader or buffer.
             * @function decode
             * @memberof wharf.v1.Offsets
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {wharf.v1.Offsets & wharf.v1.Offsets.$Shape} Offsets
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Offsets.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.wharf.v1.Offsets();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType === 2) {
                                if (!(message.offsets && message.offsets.length))
                                    message.offsets = [];
                                reader.sint64s(message.offsets);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.offsets && message.offsets.length))
                                message.offsets = [];
                            message.offsets.push(reader.sint64());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return Offsets;
        })();

        v1.FilterRef = (function() {

            /**
             * Properties of a FilterRef.
             * @typedef {Object} wharf.v1.FilterRef.$Properties
             * @property {string|null} [filter] FilterRef filter
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a FilterRef.
             * @memberof wharf.v1
             * @interface IFilterRef
             * @augments wharf.v1.FilterRef.$Properties
             * @deprecated Use wharf.v1.FilterRef.$Properties instead.
             */

            /**
             * Shape of a FilterRef.
             * @typedef {wharf.v1.FilterRef.$Properties} wharf.v1.FilterRef.$Shape
             */

            /**
             * Constructs a new FilterRef.
             * @memberof wharf.v1
             * @classdesc Represents a FilterRef.
             * @constructor
             * @param {wharf.v1.FilterRef.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const FilterRef = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * FilterRef filter.
             * @member {string} filter
             * @memberof wharf.v1.FilterRef
             * @instance
             */
            FilterRef.prototype.filter = "";

            /**
             * Creates a new FilterRef instance using the specified properties.
             * @function create
             * @memberof wharf.v1.FilterRef
             * @static
             * @param {wharf.v1.FilterRef.$Properties=} [properties] Properties to set
             * @returns {wharf.v1.FilterRef} FilterRef instance
             * @type {{
             *   (properties: wharf.v1.FilterRef.$Shape): wharf.v1.FilterRef & wharf.v1.FilterRef.$Shape;
             *   (properties?: wharf.v1.FilterRef.$Properties): wharf.v1.FilterRef;
             * }}
             */
            FilterRef.create = function(properties) {
                return new FilterRef(properties);
            };

            /**
             * Encodes the specified FilterRef message. Does not implicitly {@link wharf.v1.FilterRef.verify|verify} messages.
             * @function encode
             * @memberof wharf.v1.FilterRef
             * @static
             * @param {wharf.v1.FilterRef.$Properties} message FilterRef message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FilterRef.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.filter != null && $Object.hasOwnProperty.call(message, "filter") && message.filter !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.filter);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a FilterRef message from the specified reader or buffer.
             * @function decode
             * @memberof wharf.v1.FilterRef
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {wharf.v1.FilterRef & wharf.v1.FilterRef.$Shape} FilterRef
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FilterRef.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.wharf.v1.FilterRef();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.filter = value;
                            else
                                delete message.filter;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return FilterRef;
        })();

        v1.FilterRegistration = (function() {

            /**
             * Properties of a FilterRegistration.
             * @typedef {Object} wharf.v1.FilterRegistration.$Properties
             * @property {number|null} [queueId] FilterRegistration queueId
             * @property {number|null} [endOffset] FilterRegistration endOffset
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a FilterRegistration.
             * @memberof wharf.v1
             * @interface IFilterRegistration
             * @augments wharf.v1.FilterRegistration.$Properties
             * @deprecated Use wharf.v1.FilterRegistration.$Properties instead.
             */

            /**
             * Shape of a FilterRegistration.
             * @typedef {wharf.v1.FilterRegistration.$Properties} wharf.v1.FilterRegistration.$Shape
             */

            /**
             * Constructs a new FilterRegistration.
             * @memberof wharf.v1
             * @classdesc Represents a FilterRegistration.
             * @constructor
             * @param {wharf.v1.FilterRegistration.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const FilterRegistration = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * FilterRegistration queueId.
             * @member {number} queueId
             * @memberof wharf.v1.FilterRegistration
             * @instance
             */
            FilterRegistration.prototype.queueId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * FilterRegistration endOffset.
             * @member {number} endOffset
             * @memberof wharf.v1.FilterRegistration
             * @instance
             */
            FilterRegistration.prototype.endOffset = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new FilterRegistration instance using the specified properties.
             * @function create
             * @memberof wharf.v1.FilterRegistration
             * @static
             * @param {wharf.v1.FilterRegistration.$Properties=} [properties] Properties to set
             * @returns {wharf.v1.FilterRegistration} FilterRegistration instance
             * @type {{
             *   (properties: wharf.v1.FilterRegistration.$Shape): wharf.v1.FilterRegistration & wharf.v1.FilterRegistration.$Shape;
             *   (properties?: wharf.v1.FilterRegistration.$Properties): wharf.v1.FilterRegistration;
             * }}
             */
            FilterRegistration.create = function(properties) {
                return new FilterRegistration(properties);
            };

            /**
             * Encodes the specified FilterRegistration message. Does not implicitly {@link wharf.v1.FilterRegistration.verify|verify} messages.
             * @function encode
             * @memberof wharf.v1.FilterRegistration
             * @static
             * @param {wharf.v1.FilterRegistration.$Properties} message FilterRegistration message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FilterRegistration.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.queueId != null && $Object.hasOwnProperty.call(message, "queueId") && (typeof message.queueId === "object" ? message.queueId.low || message.queueId.high : message.queueId !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.queueId);
                if (message.endOffset != null && $Object.hasOwnProperty.call(message, "endOffset") && (typeof message.endOffset === "object" ? message.endOffset.low || message.endOffset.high : message.endOffset !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.endOffset);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a FilterRegistration message from the specified reader or buffer.
             * @function decode
             * @memberof wharf.v1.FilterRegistration
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {wharf.v1.FilterRegistration & wharf.v1.FilterRegistration.$Shape} FilterRegistration
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FilterRegistration.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.wharf.v1.FilterRegistration();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.queueId = value;
                            else
                                delete message.queueId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.endOffset = value;
                            else
                                delete message.endOffset;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return FilterRegistration;
        })();

        v1.MessageList = (function() {

            /**
             * Properties of a MessageList.
             * @typedef {Object} wharf.v1.MessageList.$Properties
             * @property {Array.<wharf.v1.Message.$Properties>|null} [messages] MessageList messages
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a MessageList.
             * @memberof wharf.v1
             * @interface IMessageList
             * @augments wharf.v1.MessageList.$Properties
             * @deprecated Use wharf.v1.MessageList.$Properties instead.
             */

            /**
             * Shape of a MessageList.
             * @typedef {wharf.v1.MessageList.$Properties} wharf.v1.MessageList.$Shape
             */

            /**
             * Constructs a new MessageList.
             * @memberof wharf.v1
             * @classdesc Represents a MessageList.
             * @constructor
             * @param {wharf.v1.MessageList.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const MessageList = function (properties) {
                this.messages = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * MessageList messages.
             * @member {Array.<wharf.v1.Message.$Properties>} messages
             * @memberof wharf.v1.MessageList
             * @instance
             */
            MessageList.prototype.messages = $util.emptyArray;

            /**
             * Creates a new MessageList instance using the specified properties.
             * @function create
             * @memberof wharf.v1.MessageList
             * @static
             * @param {wharf.v1.MessageList.$Properties=} [properties] Properties to set
             * @returns {wharf.v1.MessageList} MessageList instance
             * @type {{
             *   (properties: wharf.v1.MessageList.$Shape): wharf.v1.MessageList & wharf.v1.MessageList.$Shape;
             *   (properties?: wharf.v1.MessageList.$Properties): wharf.v1.MessageList;
             * }}
             */
            MessageList.create = function(properties) {
                return new MessageList(properties);
            };

            /**
             * Encodes the specified MessageList message. Does not implicitly {@link wharf.v1.MessageList.verify|verify} messages.
             * @function encode
             * @memberof wharf.v1.MessageList
             * @static
             * @param {wharf.v1.MessageList.$Properties} message MessageList message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MessageList.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.messages != null && message.messages.length)
                    for (let i = 0; i < message.messages.length; ++i)
                        $root.wharf.v1.Message.encode(message.messages[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a MessageList message from the specified reader or buffer.
             * @function decode
             * @memberof wharf.v1.MessageList
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {wharf.v1.MessageList & wharf.v1.MessageList.$Shape} MessageList
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MessageList.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.wharf.v1.MessageList();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.messages && message.messages.length))
                                message.messages = [];
                            message.messages.push($root.wharf.v1.Message.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return MessageList;
        })();

        v1.OwnerRef = (function() {

            /**
             * Properties of an OwnerRef.
             * @typedef {Object} wharf.v1.OwnerRef.$Properties
             * @property {string|null} [owner] OwnerRef owner
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an OwnerRef.
             * @memberof wharf.v1
             * @interface IOwnerRef
             * @augments wharf.v1.OwnerRef.$Properties
             * @deprecated Use wharf.v1.OwnerRef.$Properties instead.
             */

            /**
             * Shape of an OwnerRef.
             * @typedef {wharf.v1.OwnerRef.$Properties} wharf.v1.OwnerRef.$Shape
             */

            /**
             * Constructs a new OwnerRef.
             * @memberof wharf.v1
             * @classdesc Represents an OwnerRef.
             * @constructor
             * @param {wharf.v1.OwnerRef.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const OwnerRef = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * OwnerRef owner.
             * @member {string} owner
             * @memberof wharf.v1.OwnerRef
             * @instance
             */
            OwnerRef.prototype.owner = "";

            /**
             * Creates a new OwnerRef instance using the specified properties.
             * @function create
             * @memberof wharf.v1.OwnerRef
             * @static
             * @param {wharf.v1.OwnerRef.$Properties=} [properties] Properties to set
             * @returns {wharf.v1.OwnerRef} OwnerRef instance
             * @type {{
             *   (properties: wharf.v1.OwnerRef.$Shape): wharf.v1.OwnerRef & wharf.v1.OwnerRef.$Shape;
             *   (properties?: wharf.v1.OwnerRef.$Properties): wharf.v1.OwnerRef;
             * }}
             */
            OwnerRef.create = function(properties) {
                return new OwnerRef(properties);
            };

            /**
             * Encodes the specified OwnerRef message. Does not implicitly {@link wharf.v1.OwnerRef.verify|verify} messages.
             * @function encode
             * @memberof wharf.v1.OwnerRef
             * @static
             * @param {wharf.v1.OwnerRef.$Properties} message OwnerRef message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            OwnerRef.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.owner != null && $Object.hasOwnProperty.call(message, "owner") && message.owner !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.owner);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an OwnerRef message from the specified reader or buffer.
             * @function decode
             * @memberof wharf.v1.OwnerRef
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {wharf.v1.OwnerRef & wharf.v1.OwnerRef.$Shape} OwnerRef
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            OwnerRef.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.wharf.v1.OwnerRef();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.owner = value;
                            else
                                delete message.owner;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return OwnerRef;
        })();

        v1.OffsetEntry = (function() {

            /**
             * Properties of an OffsetEntry.
             * @typedef {Object} wharf.v1.OffsetEntry.$Properties
             * @property {number|null} [queueId] OffsetEntry queueId
             * @property {number|null} [offset] OffsetEntry offset
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an OffsetEntry.
             * @memberof wharf.v1
             * @interface IOffsetEntry
             * @augments wharf.v1.OffsetEntry.$Properties
             * @deprecated Use wharf.v1.OffsetEntry.$Properties instead.
             */

            /**
             * Shape of an OffsetEntry.
             * @typedef {wharf.v1.OffsetEntry.$Properties} wharf.v1.OffsetEntry.$Shape
             */

            /**
             * Constructs a new OffsetEntry.
             * @memberof wharf.v1
             * @classdesc Represents an OffsetEntry.
             * @constructor
             * @param {wharf.v1.OffsetEntry.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const OffsetEntry = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * OffsetEntry queueId.
             * @member {number} queueId
             * @memberof wharf.v1.OffsetEntry
             * @instance
             */
            OffsetEntry.prototype.queueId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * OffsetEntry offset.
             * @member {number} offset
             * @memberof wharf.v1.OffsetEntry
             * @instance
             */
            OffsetEntry.prototype.offset = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new OffsetEntry instance using the specified properties.
             * @function create
             * @memberof wharf.v1.OffsetEntry
             * @static
             * @param {wharf.v1.OffsetEntry.$Properties=} [properties] Properties to set
             * @returns {wharf.v1.OffsetEntry} OffsetEntry instance
             * @type {{
             *   (properties: wharf.v1.OffsetEntry.$Shape): wharf.v1.OffsetEntry & wharf.v1.OffsetEntry.$Shape;
             *   (properties?: wharf.v1.OffsetEntry.$Properties): wharf.v1.OffsetEntry;
             * }}
             */
            OffsetEntry.create = function(properties) {
                return new OffsetEntry(properties);
            };

            /**
             * Encodes the specified OffsetEntry message. Does not implicitly {@link wharf.v1.OffsetEntry.verify|verify} messages.
             * @function encode
             * @memberof wharf.v1.OffsetEntry
             * @static
             * @param {wharf.v1.OffsetEntry.$Properties} message OffsetEntry message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            OffsetEntry.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.queueId != null && $Object.hasOwnProperty.call(message, "queueId") && (typeof message.queueId === "object" ? message.queueId.low || message.queueId.high : message.queueId !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.queueId);
                if (message.offset != null && $Object.hasOwnProperty.call(message, "offset") && (typeof message.offset === "object" ? message.offset.low || message.offset.high : message.offset !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.offset);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an OffsetEntry message from the specified reader or buffer.
             * @function decode
             * @memberof wharf.v1.OffsetEntry
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {wharf.v1.OffsetEntry & wharf.v1.OffsetEntry.$Shape} OffsetEntry
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            OffsetEntry.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.wharf.v1.OffsetEntry();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.queueId = value;
                            else
                                delete message.queueId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.offset = value;
                            else
                                delete message.offset;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return OffsetEntry;
        })();

        v1.OffsetList = (function() {

            /**
             * Properties of an OffsetList.
             * @typedef {Object} wharf.v1.OffsetList.$Properties
             * @property {Array.<wharf.v1.OffsetEntry.$Properties>|null} [entries] OffsetList entries
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an OffsetList.
             * @memberof wharf.v1
             * @interface IOffsetList
             * @augments wharf.v1.OffsetList.$Properties
             * @deprecated Use wharf.v1.OffsetList.$Properties instead.
             */

            /**
             * Shape of an OffsetList.
             * @typedef {wharf.v1.OffsetList.$Properties} wharf.v1.OffsetList.$Shape
             */

            /**
             * Constructs a new OffsetList.
             * @memberof wharf.v1
             * @classdesc Represents an OffsetList.
             * @constructor
             * @param {wharf.v1.OffsetList.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const OffsetList = function (properties) {
                this.entries = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * OffsetList entries.
             * @member {Array.<wharf.v1.OffsetEntry.$Properties>} entries
             * @memberof wharf.v1.OffsetList
             * @instance
             */
            OffsetList.prototype.entries = $util.emptyArray;

            /**
             * Creates a new OffsetList instance using the specified properties.
             * @function create
             * @memberof wharf.v1.OffsetList
             * @static
             * @param {wharf.v1.OffsetList.$Properties=} [properties] Properties to set
             * @returns {wharf.v1.OffsetList} OffsetList instance
             * @type {{
             *   (properties: wharf.v1.OffsetList.$Shape): wharf.v1.OffsetList & wharf.v1.OffsetList.$Shape;
             *   (properties?: wharf.v1.OffsetList.$Properties): wharf.v1.OffsetList;
             * }}
             */
            OffsetList.create = function(properties) {
                return new OffsetList(properties);
            };

            /**
             * Encodes the specified OffsetList message. Does not implicitly {@link wharf.v1.OffsetList.verify|verify} messages.
             * @function encode
             * @memberof wharf.v1.OffsetList
             * @static
             * @param {wharf.v1.OffsetList.$Properties} message OffsetList message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            OffsetList.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.entries != null && message.entries.length)
                    for (let i = 0; i < message.entries.length; ++i)
                        $root.wharf.v1.OffsetEntry.encode(message.entries[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an OffsetList message from the specified reader or buffer.
             * @function decode
             * @memberof wharf.v1.OffsetList
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {wharf.v1.OffsetList & wharf.v1.OffsetList.$Shape} OffsetList
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            OffsetList.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.wharf.v1.OffsetList();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.entries && message.entries.length))
                                message.entries = [];
                            message.entries.push($root.wharf.v1.OffsetEntry.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return OffsetList;
        })();

        v1.OwnerOffsets = (function() {

            /**
             * Properties of an OwnerOffsets.
             * @typedef {Object} wharf.v1.OwnerOffsets.$Properties
             * @property {string|null} [owner] OwnerOffsets owner
             * @property {Array.<wharf.v1.OffsetEntry.$Properties>|null} [entries] OwnerOffsets entries
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an OwnerOffsets.
             * @memberof wharf.v1
             * @interface IOwnerOffsets
             * @augments wharf.v1.OwnerOffsets.$Properties
             * @deprecated Use wharf.v1.OwnerOffsets.$Properties instead.
             */

            /**
             * Shape of an OwnerOffsets.
             * @typedef {wharf.v1.OwnerOffsets.$Properties} wharf.v1.OwnerOffsets.$Shape
             */

            /**
             * Constructs a new OwnerOffsets.
             * @memberof wharf.v1
             * @classdesc Represents an OwnerOffsets.
             * @constructor
             * @param {wharf.v1.OwnerOffsets.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const OwnerOffsets = function (properties) {
                this.entries = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * OwnerOffsets owner.
             * @member {string} owner
             * @memberof wharf.v1.OwnerOffsets
             * @instance
             */
            OwnerOffsets.prototype.owner = "";

            /**
             * OwnerOffsets entries.
             * @member {Array.<wharf.v1.OffsetEntry.$Properties>} entries
             * @memberof wharf.v1.OwnerOffsets
             * @instance
             */
            OwnerOffsets.prototype.entries = $util.emptyArray;

            /**
             * Creates a new OwnerOffsets instance using the specified properties.
             * @function create
             * @memberof wharf.v1.OwnerOffsets
             * @static
             * @param {wharf.v1.OwnerOffsets.$Properties=} [properties] Properties to set
             * @returns {wharf.v1.OwnerOffsets} OwnerOffsets instance
             * @type {{
             *   (properties: wharf.v1.OwnerOffsets.$Shape): wharf.v1.OwnerOffsets & wharf.v1.OwnerOffsets.$Shape;
             *   (properties?: wharf.v1.OwnerOffsets.$Properties): wharf.v1.OwnerOffsets;
             * }}
             */
            OwnerOffsets.create = function(properties) {
                return new OwnerOffsets(properties);
            };

            /**
             * Encodes the specified OwnerOffsets message. Does not implicitly {@link wharf.v1.OwnerOffsets.verify|verify} messages.
             * @function encode
             * @memberof wharf.v1.OwnerOffsets
             * @static
             * @param {wharf.v1.OwnerOffsets.$Properties} message OwnerOffsets message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            OwnerOffsets.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.owner != null && $Object.hasOwnProperty.call(message, "owner") && message.owner !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.owner);
                if (message.entries != null && message.entries.length)
                    for (let i = 0; i < message.entries.length; ++i)
                        $root.wharf.v1.OffsetEntry.encode(message.entries[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an OwnerOffsets message from the specified reader or buffer.
             * @function decode
             * @memberof wharf.v1.OwnerOffsets
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {wharf.v1.OwnerOffsets & wharf.v1.OwnerOffsets.$Shape} OwnerOffsets
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            OwnerOffsets.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.wharf.v1.OwnerOffsets();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.owner = value;
                            else
                                delete message.owner;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.entries && message.entries.length))
                                message.entries = [];
                            message.entries.push($root.wharf.v1.OffsetEntry.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return OwnerOffsets;
        })();

        v1.SaveOffsetsRequest = (function() {

            /**
             * Properties of a SaveOffsetsRequest.
             * @typedef {Object} wharf.v1.SaveOffsetsRequest.$Properties
             * @property {Array.<wharf.v1.OwnerOffsets.$Properties>|null} [batch] SaveOffsetsRequest batch
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SaveOffsetsRequest.
             * @memberof wharf.v1
             * @interface ISaveOffsetsRequest
             * @augments wharf.v1.SaveOffsetsRequest.$Properties
             * @deprecated Use wharf.v1.SaveOffsetsRequest.$Properties instead.
             */

            /**
             * Shape of a SaveOffsetsRequest.
             * @typedef {wharf.v1.SaveOffsetsRequest.$Properties} wharf.v1.SaveOffsetsRequest.$Shape
             */

            /**
             * Constructs a new SaveOffsetsRequest.
             * @memberof wharf.v1
             * @classdesc Represents a SaveOffsetsRequest.
             * @constructor
             * @param {wharf.v1.SaveOffsetsRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SaveOffsetsRequest = function (properties) {
                this.batch = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SaveOffsetsRequest batch.
             * @member {Array.<wharf.v1.OwnerOffsets.$Properties>} batch
             * @memberof wharf.v1.SaveOffsetsRequest
             * @instance
             */
            SaveOffsetsRequest.prototype.batch = $util.emptyArray;

            /**
             * Creates a new SaveOffsetsRequest instance using the specified properties.
             * @function create
             * @memberof wharf.v1.SaveOffsetsRequest
             * @static
             * @param {wharf.v1.SaveOffsetsRequest.$Properties=} [properties] Properties to set
             * @returns {wharf.v1.SaveOffsetsRequest} SaveOffsetsRequest instance
             * @type {{
             *   (properties: wharf.v1.SaveOffsetsRequest.$Shape): wharf.v1.SaveOffsetsRequest & wharf.v1.SaveOffsetsRequest.$Shape;
             *   (properties?: wharf.v1.SaveOffsetsRequest.$Properties): wharf.v1.SaveOffsetsRequest;
             * }}
             */
            SaveOffsetsRequest.create = function(properties) {
                return new SaveOffsetsRequest(properties);
            };

            /**
             * Encodes the specified SaveOffsetsRequest message. Does not implicitly {@link wharf.v1.SaveOffsetsRequest.verify|verify} messages.
             * @function encode
             * @memberof wharf.v1.SaveOffsetsRequest
             * @static
             * @param {wharf.v1.SaveOffsetsRequest.$Properties} message SaveOffsetsRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SaveOffsetsRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.batch != null && message.batch.length)
                    for (let i = 0; i < message.batch.length; ++i)
                        $root.wharf.v1.OwnerOffsets.encode(message.batch[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a SaveOffsetsRequest message from the specified reader or buffer.
             * @function decode
             * @memberof wharf.v1.SaveOffsetsRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {wharf.v1.SaveOffsetsRequest & wharf.v1.SaveOffsetsRequest.$Shape} SaveOffsetsRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SaveOffsetsRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.wharf.v1.SaveOffsetsRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.batch && message.batch.length))
                                message.batch = [];
                            message.batch.push($root.wharf.v1.OwnerOffsets.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return SaveOffsetsRequest;
        })();

        v1.MetaKey = (function() {

            /**
             * Properties of a MetaKey.
             * @typedef {Object} wharf.v1.MetaKey.$Properties
             * @property {string|null} [key] MetaKey key
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a MetaKey.
             * @memberof wharf.v1
             * @interface IMetaKey
             * @augments wharf.v1.MetaKey.$Properties
             * @deprecated Use wharf.v1.MetaKey.$Properties instead.
             */

            /**
             * Shape of a MetaKey.
             * @typedef {wharf.v1.MetaKey.$Properties} wharf.v1.MetaKey.$Shape
             */

            /**
             * Constructs a new MetaKey.
             * @memberof wharf.v1
             * @classdesc Represents a MetaKey.
             * @constructor
             * @param {wharf.v1.MetaKey.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const MetaKey = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * MetaKey key.
             * @member {string} key
             * @memberof wharf.v1.MetaKey
             * @instance
             */
            MetaKey.prototype.key = "";

            /**
             * Creates a new MetaKey instance using the specified properties.
             * @function create
             * @memberof wharf.v1.MetaKey
             * @static
             * @param {wharf.v1.MetaKey.$Properties=} [properties] Properties to set
             * @returns {wharf.v1.MetaKey} MetaKey instance
             * @type {{
             *   (properties: wharf.v1.MetaKey.$Shape): wharf.v1.MetaKey & wharf.v1.MetaKey.$Shape;
             *   (properties?: wharf.v1.MetaKey.$Properties): wharf.v1.MetaKey;
             * }}
             */
            MetaKey.create = function(properties) {
                return new MetaKey(properties);
            };

            /**
             * Encodes the specified MetaKey message. Does not implicitly {@link wharf.v1.MetaKey.verify|verify} messages.
             * @function encode
             * @memberof wharf.v1.MetaKey
             * @static
             * @param {wharf.v1.MetaKey.$Properties} message MetaKey message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MetaKey.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.key != null && $Object.hasOwnProperty.call(message, "key") && message.key !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.key);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a MetaKey message from the specified reader or buffer.
             * @function decode
             * @memberof wharf.v1.MetaKey
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {wharf.v1.MetaKey & wharf.v1.MetaKey.$Shape} MetaKey
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MetaKey.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.wharf.v1.MetaKey();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.key = value;
                            else
                                delete message.key;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return MetaKey;
        })();

        v1.MetaValue = (function() {

            /**
             * Properties of a MetaValue.
             * @typedef {Object} wharf.v1.MetaValue.$Properties
             * @property {boolean|null} [found] MetaValue found
             * @property {Uint8Array|null} [value] MetaValue value
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a MetaValue.
             * @memberof wharf.v1
             * @interface IMetaValue
             * @augments wharf.v1.MetaValue.$Properties
             * @deprecated Use wharf.v1.MetaValue.$Properties instead.
             */

            /**
             * Shape of a MetaValue.
             * @typedef {wharf.v1.MetaValue.$Properties} wharf.v1.MetaValue.$Shape
             */

            /**
             * Constructs a new MetaValue.
             * @memberof wharf.v1
             * @classdesc Represents a MetaValue.
             * @constructor
             * @param {wharf.v1.MetaValue.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const MetaValue = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * MetaValue found.
             * @member {boolean} found
             * @memberof wharf.v1.MetaValue
             * @instance
             */
            MetaValue.prototype.found = false;

            /**
             * MetaValue value.
             * @member {Uint8Array} value
             * @memberof wharf.v1.MetaValue
             * @instance
             */
            MetaValue.prototype.value = $util.newBuffer([]);

            /**
             * Creates a new MetaValue instance using the specified properties.
             * @function create
             * @memberof wharf.v1.MetaValue
             * @static
             * @param {wharf.v1.MetaValue.$Properties=} [properties] Properties to set
             * @returns {wharf.v1.MetaValue} MetaValue instance
             * @type {{
             *   (properties: wharf.v1.MetaValue.$Shape): wharf.v1.MetaValue & wharf.v1.MetaValue.$Shape;
             *   (properties?: wharf.v1.MetaValue.$Properties): wharf.v1.MetaValue;
             * }}
             */
            MetaValue.create = function(properties) {
                return new MetaValue(properties);
            };

            /**
             * Encodes the specified MetaValue message. Does not implicitly {@link wharf.v1.MetaValue.verify|verify} messages.
             * @function encode
             * @memberof wharf.v1.MetaValue
             * @static
             * @param {wharf.v1.MetaValue.$Properties} message MetaValue message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MetaValue.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.found != null && $Object.hasOwnProperty.call(message, "found") && message.found !== false)
                    writer.uint32(/* id 1, wireType 0 =*/8).bool(message.found);
                if (message.value != null && $Object.hasOwnProperty.call(message, "value") && message.value.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.value);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a MetaValue message from the specified reader or buffer.
             * @function decode
             * @memberof wharf.v1.MetaValue
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {wharf.v1.MetaValue & wharf.v1.MetaValue.$Shape} MetaValue
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MetaValue.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.wharf.v1.MetaValue();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.found = value;
                            else
                                delete message.found;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.value = value;
                            else
                                delete message.value;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return MetaValue;
        })();

        v1.MetaEntry = (function() {

            /**
             * Properties of a MetaEntry.
             * @typedef {Object} wharf.v1.MetaEntry.$Properties
             * @property {string|null} [key] MetaEntry key
             * @property {Uint8Array|null} [value] MetaEntry value
             * @property {boolean|null} [present] MetaEntry present
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a MetaEntry.
             * @memberof wharf.v1
             * @interface IMetaEntry
             * @augments wharf.v1.MetaEntry.$Properties
             * @deprecated Use wharf.v1.MetaEntry.$Properties instead.
             */

            /**
             * Shape of a MetaEntry.
             * @typedef {wharf.v1.MetaEntry.$Properties} wharf.v1.MetaEntry.$Shape
             */

            /**
             * Constructs a new MetaEntry.
             * @memberof wharf.v1
             * @classdesc Represents a MetaEntry.
             * @constructor
             * @param {wharf.v1.MetaEntry.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const MetaEntry = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * MetaEntry key.
             * @member {string} key
             * @memberof wharf.v1.MetaEntry
             * @instance
             */
            MetaEntry.prototype.key = "";

            /**
             * MetaEntry value.
             * @member {Uint8Array} value
             * @memberof wharf.v1.MetaEntry
             * @instance
             */
            MetaEntry.prototype.value = $util.newBuffer([]);

            /**
             * MetaEntry present.
             * @member {boolean} present
             * @memberof wharf.v1.MetaEntry
             * @instance
             */
            MetaEntry.prototype.present = false;

            /**
             * Creates a new MetaEntry instance using the specified properties.
             * @function create
             * @memberof wharf.v1.MetaEntry
             * @static
             * @param {wharf.v1.MetaEntry.$Properties=} [properties] Properties to set
             * @returns {wharf.v1.MetaEntry} MetaEntry instance
             * @type {{
             *   (properties: wharf.v1.MetaEntry.$Shape): wharf.v1.MetaEntry & wharf.v1.MetaEntry.$Shape;
             *   (properties?: wharf.v1.MetaEntry.$Properties): wharf.v1.MetaEntry;
             * }}
             */
            MetaEntry.create = function(properties) {
                return new MetaEntry(properties);
            };

            /**
             * Encodes the specified MetaEntry message. Does not implicitly {@link wharf.v1.MetaEntry.verify|verify} messages.
             * @function encode
             * @memberof wharf.v1.MetaEntry
             * @static
             * @param {wharf.v1.MetaEntry.$Properties} message MetaEntry message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MetaEntry.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.key != null && $Object.hasOwnProperty.call(message, "key") && message.key !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.key);
                if (message.value != null && $Object.hasOwnProperty.call(message, "value") && message.value.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.value);
                if (message.present != null && $Object.hasOwnProperty.call(message, "present") && message.present !== false)
                    writer.uint32(/* id 3, wireType 0 =*/24).bool(message.present);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a MetaEntry message from the specified reader or buffer.
             * @function decode
             * @memberof wharf.v1.MetaEntry
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {wharf.v1.MetaEntry & wharf.v1.MetaEntry.$Shape} MetaEntry
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MetaEntry.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.wharf.v1.MetaEntry();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.key = value;
                            else
                                delete message.key;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.value = value;
                            else
                                delete message.value;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.present = value;
                            else
                                delete message.present;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return MetaEntry;
        })();

        v1.MetaList = (function() {

            /**
             * Properties of a MetaList.
             * @typedef {Object} wharf.v1.MetaList.$Properties
             * @property {Array.<wharf.v1.MetaEntry.$Properties>|null} [entries] MetaList entries
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a MetaList.
             * @memberof wharf.v1
             * @interface IMetaList
             * @augments wharf.v1.MetaList.$Properties
             * @deprecated Use wharf.v1.MetaList.$Properties instead.
             */

            /**
             * Shape of a MetaList.
             * @typedef {wharf.v1.MetaList.$Properties} wharf.v1.MetaList.$Shape
             */

            /**
             * Constructs a new MetaList.
             * @memberof wharf.v1
             * @classdesc Represents a MetaList.
             * @constructor
             * @param {wharf.v1.MetaList.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const MetaList = function (properties) {
                this.entries = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * MetaList entries.
             * @member {Array.<wharf.v1.MetaEntry.$Properties>} entries
             * @memberof wharf.v1.MetaList
             * @instance
             */
            MetaList.prototype.entries = $util.emptyArray;

            /**
             * Creates a new MetaList instance using the specified properties.
             * @function create
             * @memberof wharf.v1.MetaList
             * @static
             * @param {wharf.v1.MetaList.$Properties=} [properties] Properties to set
             * @returns {wharf.v1.MetaList} MetaList instance
             * @type {{
             *   (properties: wharf.v1.MetaList.$Shape): wharf.v1.MetaList & wharf.v1.MetaList.$Shape;
             *   (properties?: wharf.v1.MetaList.$Properties): wharf.v1.MetaList;
             * }}
             */
            MetaList.create = function(properties) {
                return new MetaList(properties);
            };

            /**
             * Encodes the specified MetaList message. Does not implicitly {@link wharf.v1.MetaList.verify|verify} messages.
             * @function encode
             * @memberof wharf.v1.MetaList
             * @static
             * @param {wharf.v1.MetaList.$Properties} message MetaList message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MetaList.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.entries != null && message.entries.length)
                    for (let i = 0; i < message.entries.length; ++i)
                        $root.wharf.v1.MetaEntry.encode(message.entries[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a MetaList message from the specified reader or buffer.
             * @function decode
             * @memberof wharf.v1.MetaList
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {wharf.v1.MetaList & wharf.v1.MetaList.$Shape} MetaList
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MetaList.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.wharf.v1.MetaList();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.entries && message.entries.length))
                                message.entries = [];
                            message.entries.push($root.wharf.v1.MetaEntry.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return MetaList;
        })();

        v1.PutMetaRequest = (function() {

            /**
             * Properties of a PutMetaRequest.
             * @typedef {Object} wharf.v1.PutMetaRequest.$Properties
             * @property {Array.<wharf.v1.MetaEntry.$Properties>|null} [batch] PutMetaRequest batch
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PutMetaRequest.
             * @memberof wharf.v1
             * @interface IPutMetaRequest
             * @augments wharf.v1.PutMetaRequest.$Properties
             * @deprecated Use wharf.v1.PutMetaRequest.$Properties instead.
             */

            /**
             * Shape of a PutMetaRequest.
             * @typedef {wharf.v1.PutMetaRequest.$Properties} wharf.v1.PutMetaRequest.$Shape
             */

            /**
             * Constructs a new PutMetaRequest.
             * @memberof wharf.v1
             * @classdesc Represents a PutMetaRequest.
             * @constructor
             * @param {wharf.v1.PutMetaRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PutMetaRequest = function (properties) {
                this.batch = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * PutMetaRequest batch.
             * @member {Array.<wharf.v1.MetaEntry.$Properties>} batch
             * @memberof wharf.v1.PutMetaRequest
             * @instance
             */
            PutMetaRequest.prototype.batch = $util.emptyArray;

            /**
             * Creates a new PutMetaRequest instance using the specified properties.
             * @function create
             * @memberof wharf.v1.PutMetaRequest
             * @static
             * @param {wharf.v1.PutMetaRequest.$Properties=} [properties] Properties to set
             * @returns {wharf.v1.PutMetaRequest} PutMetaRequest instance
             * @type {{
             *   (properties: wharf.v1.PutMetaRequest.$Shape): wharf.v1.PutMetaRequest & wharf.v1.PutMetaRequest.$Shape;
             *   (properties?: wharf.v1.PutMetaRequest.$Properties): wharf.v1.PutMetaRequest;
             * }}
             */
            PutMetaRequest.create = function(properties) {
                return new PutMetaRequest(properties);
            };

            /**
             * Encodes the specified PutMetaRequest message. Does not implicitly {@link wharf.v1.PutMetaRequest.verify|verify} messages.
             * @function encode
             * @memberof wharf.v1.PutMetaRequest
             * @static
             * @param {wharf.v1.PutMetaRequest.$Properties} message PutMetaRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PutMetaRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.batch != null && message.batch.length)
                    for (let i = 0; i < message.batch.length; ++i)
                        $root.wharf.v1.MetaEntry.encode(message.batch[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a PutMetaRequest message from the specified reader or buffer.
             * @function decode
             * @memberof wharf.v1.PutMetaRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {wharf.v1.PutMetaRequest & wharf.v1.PutMetaRequest.$Shape} PutMetaRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PutMetaRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.wharf.v1.PutMetaRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.batch && message.batch.length))
                                message.batch = [];
                            message.batch.push($root.wharf.v1.MetaEntry.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return PutMetaRequest;
        })();

        v1.QueueAdvanced = (function() {

            /**
             * Properties of a QueueAdvanced.
             * @typedef {Object} wharf.v1.QueueAdvanced.$Properties
             * @property {number|null} [queueId] QueueAdvanced queueId
             * @property {number|null} [endOffset] QueueAdvanced endOffset
             * @property {Array.<wharf.v1.Message.$Properties>|null} [inline] QueueAdvanced inline
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a QueueAdvanced.
             * @memberof wharf.v1
             * @interface IQueueAdvanced
             * @augments wharf.v1.QueueAdvanced.$Properties
             * @deprecated Use wharf.v1.QueueAdvanced.$Properties instead.
             */

            /**
             * Shape of a QueueAdvanced.
             * @typedef {wharf.v1.QueueAdvanced.$Properties} wharf.v1.QueueAdvanced.$Shape
             */

            /**
             * Constructs a new QueueAdvanced.
             * @memberof wharf.v1
             * @classdesc Represents a QueueAdvanced.
             * @constructor
             * @param {wharf.v1.QueueAdvanced.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const QueueAdvanced = function (properties) {
                this.inline = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * QueueAdvanced queueId.
             * @member {number} queueId
             * @memberof wharf.v1.QueueAdvanced
             * @instance
             */
            QueueAdvanced.prototype.queueId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * QueueAdvanced endOffset.
             * @member {number} endOffset
             * @memberof wharf.v1.QueueAdvanced
             * @instance
             */
            QueueAdvanced.prototype.endOffset = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * QueueAdvanced inline.
             * @member {Array.<wharf.v1.Message.$Properties>} inline
             * @memberof wharf.v1.QueueAdvanced
             * @instance
             */
            QueueAdvanced.prototype.inline = $util.emptyArray;

            /**
             * Creates a new QueueAdvanced instance using the specified properties.
             * @function create
             * @memberof wharf.v1.QueueAdvanced
             * @static
             * @param {wharf.v1.QueueAdvanced.$Properties=} [properties] Properties to set
             * @returns {wharf.v1.QueueAdvanced} QueueAdvanced instance
             * @type {{
             *   (properties: wharf.v1.QueueAdvanced.$Shape): wharf.v1.QueueAdvanced & wharf.v1.QueueAdvanced.$Shape;
             *   (properties?: wharf.v1.QueueAdvanced.$Properties): wharf.v1.QueueAdvanced;
             * }}
             */
            QueueAdvanced.create = function(properties) {
                return new QueueAdvanced(properties);
            };

            /**
             * Encodes the specified QueueAdvanced message. Does not implicitly {@link wharf.v1.QueueAdvanced.verify|verify} messages.
             * @function encode
             * @memberof wharf.v1.QueueAdvanced
             * @static
             * @param {wharf.v1.QueueAdvanced.$Properties} message QueueAdvanced message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            QueueAdvanced.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.queueId != null && $Object.hasOwnProperty.call(message, "queueId") && (typeof message.queueId === "object" ? message.queueId.low || message.queueId.high : message.queueId !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.queueId);
                if (message.endOffset != null && $Object.hasOwnProperty.call(message, "endOffset") && (typeof message.endOffset === "object" ? message.endOffset.low || message.endOffset.high : message.endOffset !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.endOffset);
                if (message.inline != null && message.inline.length)
                    for (let i = 0; i < message.inline.length; ++i)
                        $root.wharf.v1.Message.encode(message.inline[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a QueueAdvanced message from the specified reader or buffer.
             * @function decode
             * @memberof wharf.v1.QueueAdvanced
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {wharf.v1.QueueAdvanced & wharf.v1.QueueAdvanced.$Shape} QueueAdvanced
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            QueueAdvanced.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.wharf.v1.QueueAdvanced();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.queueId = value;
                            else
                                delete message.queueId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.endOffset = value;
                            else
                                delete message.endOffset;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.inline && message.inline.length))
                                message.inline = [];
                            message.inline.push($root.wharf.v1.Message.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return QueueAdvanced;
        })();

        v1.AdvanceBatch = (function() {

            /**
             * Properties of an AdvanceBatch.
             * @typedef {Object} wharf.v1.AdvanceBatch.$Properties
             * @property {Array.<wharf.v1.QueueAdvanced.$Properties>|null} [events] AdvanceBatch events
             * @property {number|null} [interestApplied] AdvanceBatch interestApplied
             * @property {boolean|null} [resync] AdvanceBatch resync
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AdvanceBatch.
             * @memberof wharf.v1
             * @interface IAdvanceBatch
             * @augments wharf.v1.AdvanceBatch.$Properties
             * @deprecated Use wharf.v1.AdvanceBatch.$Properties instead.
             */

            /**
             * Shape of an AdvanceBatch.
             * @typedef {wharf.v1.AdvanceBatch.$Properties} wharf.v1.AdvanceBatch.$Shape
             */

            /**
             * Constructs a new AdvanceBatch.
             * @memberof wharf.v1
             * @classdesc Represents an AdvanceBatch.
             * @constructor
             * @param {wharf.v1.AdvanceBatch.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const AdvanceBatch = function (properties) {
                this.events = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * AdvanceBatch events.
             * @member {Array.<wharf.v1.QueueAdvanced.$Properties>} events
             * @memberof wharf.v1.AdvanceBatch
             * @instance
             */
            AdvanceBatch.prototype.events = $util.emptyArray;

            /**
             * AdvanceBatch interestApplied.
             * @member {number} interestApplied
             * @memberof wharf.v1.AdvanceBatch
             * @instance
             */
            AdvanceBatch.prototype.interestApplied = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * AdvanceBatch resync.
             * @member {boolean} resync
             * @memberof wharf.v1.AdvanceBatch
             * @instance
             */
            AdvanceBatch.prototype.resync = false;

            /**
             * Creates a new AdvanceBatch instance using the specified properties.
             * @function create
             * @memberof wharf.v1.AdvanceBatch
             * @static
             * @param {wharf.v1.AdvanceBatch.$Properties=} [properties] Properties to set
             * @returns {wharf.v1.AdvanceBatch} AdvanceBatch instance
             * @type {{
             *   (properties: wharf.v1.AdvanceBatch.$Shape): wharf.v1.AdvanceBatch & wharf.v1.AdvanceBatch.$Shape;
             *   (properties?: wharf.v1.AdvanceBatch.$Properties): wharf.v1.AdvanceBatch;
             * }}
             */
            AdvanceBatch.create = function(properties) {
                return new AdvanceBatch(properties);
            };

            /**
             * Encodes the specified AdvanceBatch message. Does not implicitly {@link wharf.v1.AdvanceBatch.verify|verify} messages.
             * @function encode
             * @memberof wharf.v1.AdvanceBatch
             * @static
             * @param {wharf.v1.AdvanceBatch.$Properties} message AdvanceBatch message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AdvanceBatch.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.events != null && message.events.length)
                    for (let i = 0; i < message.events.length; ++i)
                        $root.wharf.v1.QueueAdvanced.encode(message.events[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.interestApplied != null && $Object.hasOwnProperty.call(message, "interestApplied") && (typeof message.interestApplied === "object" ? message.interestApplied.low || message.interestApplied.high : message.interestApplied !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.interestApplied);
                if (message.resync != null && $Object.hasOwnProperty.call(message, "resync") && message.resync !== false)
                    writer.uint32(/* id 3, wireType 0 =*/24).bool(message.resync);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an AdvanceBatch message from the specified reader or buffer.
             * @function decode
             * @memberof wharf.v1.AdvanceBatch
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {wharf.v1.AdvanceBatch & wharf.v1.AdvanceBatch.$Shape} AdvanceBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AdvanceBatch.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.wharf.v1.AdvanceBatch();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.events && message.events.length))
                                message.events = [];
                            message.events.push($root.wharf.v1.QueueAdvanced.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.interestApplied = value;
                            else
                                delete message.interestApplied;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.resync = value;
                            else
                                delete message.resync;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return AdvanceBatch;
        })();

        v1.Interest = (function() {

            /**
             * Properties of an Interest.
             * @typedef {Object} wharf.v1.Interest.$Properties
             * @property {number|null} [seq] Interest seq
             * @property {Array.<number>|null} [add] Interest add
             * @property {Array.<number>|null} [remove] Interest remove
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Interest.
             * @memberof wharf.v1
             * @interface IInterest
             * @augments wharf.v1.Interest.$Properties
             * @deprecated Use wharf.v1.Interest.$Properties instead.
             */

            /**
             * Shape of an Interest.
             * @typedef {wharf.v1.Interest.$Properties} wharf.v1.Interest.$Shape
             */

            /**
             * Constructs a new Interest.
             * @memberof wharf.v1
             * @classdesc Represents an Interest.
             * @constructor
             * @param {wharf.v1.Interest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Interest = function (properties) {
                this.add = [];
                this.remove = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Interest seq.
             * @member {number} seq
             * @memberof wharf.v1.Interest
             * @instance
             */
            Interest.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Interest add.
             * @member {Array.<number>} add
             * @memberof wharf.v1.Interest
             * @instance
             */
            Interest.prototype.add = $util.emptyArray;

            /**
             * Interest remove.
             * @member {Array.<number>} remove
             * @memberof wharf.v1.Interest
             * @instance
             */
            Interest.prototype.remove = $util.emptyArray;

            /**
             * Creates a new Interest instance using the specified properties.
             * @function create
             * @memberof wharf.v1.Interest
             * @static
             * @param {wharf.v1.Interest.$Properties=} [properties] Properties to set
             * @returns {wharf.v1.Interest} Interest instance
             * @type {{
             *   (properties: wharf.v1.Interest.$Shape): wharf.v1.Interest & wharf.v1.Interest.$Shape;
             *   (properties?: wharf.v1.Interest.$Properties): wharf.v1.Interest;
             * }}
             */
            Interest.create = function(properties) {
                return new Interest(properties);
            };

            /**
             * Encodes the specified Interest message. Does not implicitly {@link wharf.v1.Interest.verify|verify} messages.
             * @function encode
             * @memberof wharf.v1.Interest
             * @static
             * @param {wharf.v1.Interest.$Properties} message Interest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Interest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq") && (typeof message.seq === "object" ? message.seq.low || message.seq.high : message.seq !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.seq);
                if (message.add != null && message.add.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).uint64s(message.add);
                if (message.remove != null && message.remove.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).uint64s(message.remove);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an Interest message from the specified reader or buffer.
             * @function decode
             * @memberof wharf.v1.Interest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {wharf.v1.Interest & wharf.v1.Interest.$Shape} Interest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Interest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.wharf.v1.Interest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.seq = value;
                            else
                                delete message.seq;
                            continue;
                        }
                    case 2: {
                            if (wireType === 2) {
                                if (!(message.add && message.add.length))
                                    message.add = [];
                                reader.uint64s(message.add);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.add && message.add.length))
                                message.add = [];
                            message.add.push(reader.uint64());
                            continue;
                        }
                    case 3: {
                            if (wireType === 2) {
                                if (!(message.remove && message.remove.length))
                                    message.remove = [];
                                reader.uint64s(message.remove);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.remove && message.remove.length))
                                message.remove = [];
                            message.remove.push(reader.uint64());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return Interest;
        })();

        return v1;
    })();

    return wharf;
})();

export {
  $root as default
};
