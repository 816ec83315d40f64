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
