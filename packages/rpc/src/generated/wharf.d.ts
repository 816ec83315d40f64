import * as $protobuf from "./protobuf-runtime.js";
import Long = require("long");

/** Namespace wharf. */
export namespace wharf {

    /** Namespace v1. */
    namespace v1 {

        /**
         * Properties of a UserProperty.
         * @deprecated Use wharf.v1.UserProperty.$Properties instead.
         */
        interface IUserProperty extends wharf.v1.UserProperty.$Properties {
        }

        /** Represents a UserProperty. */
        class UserProperty {

            /**
             * Constructs a new UserProperty.
             * @param [properties] Properties to set
             */
            constructor(properties?: wharf.v1.UserProperty.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** UserProperty key. */
            key: string;

            /** UserProperty values. */
            values: string[];

            /** UserProperty list. */
            list: boolean;

            /**
             * Creates a new UserProperty instance using the specified properties.
             * @param [properties] Properties to set
             * @returns UserProperty instance
             */
            static create(properties: wharf.v1.UserProperty.$Shape): wharf.v1.UserProperty & wharf.v1.UserProperty.$Shape;
            static create(properties?: wharf.v1.UserProperty.$Properties): wharf.v1.UserProperty;

            /**
             * Encodes the specified UserProperty message. Does not implicitly {@link wharf.v1.UserProperty.verify|verify} messages.
             * @param message UserProperty message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: wharf.v1.UserProperty.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a UserProperty message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {wharf.v1.UserProperty & wharf.v1.UserProperty.$Shape} UserProperty
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wharf.v1.UserProperty & wharf.v1.UserProperty.$Shape;
        }

        namespace UserProperty {

            /** Properties of a UserProperty. */
            interface $Properties {

                /** UserProperty key */
                key?: (string|null);

                /** UserProperty values */
                values?: (string[]|null);

                /** UserProperty list */
                list?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a UserProperty. */
            type $Shape = wharf.v1.UserProperty.$Properties;
        }

        /**
         * Properties of a Properties.
         * @deprecated Use wharf.v1.Properties.$Properties instead.
         */
        interface IProperties extends wharf.v1.Properties.$Properties {
        }

        /** Represents a Properties. */
        class Properties {

            /**
             * Constructs a new Properties.
             * @param [properties] Properties to set
             */
            constructor(properties?: wharf.v1.Properties.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Properties payloadFormatIndicator. */
            payloadFormatIndicator?: (boolean|null);

            /** Properties messageExpiryInterval. */
            messageExpiryInterval?: (number|null);

            /** Properties contentType. */
            contentType?: (string|null);

            /** Properties responseTopic. */
            responseTopic?: (string|null);

            /** Properties correlationData. */
            correlationData?: (Uint8Array|null);

            /** Properties userProperties. */
            userProperties: wharf.v1.UserProperty.$Properties[];

            /** Properties hasUserProperties. */
            hasUserProperties: boolean;

            /**
             * Creates a new Properties instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Properties instance
             */
            static create(properties: wharf.v1.Properties.$Shape): wharf.v1.Properties & wharf.v1.Properties.$Shape;
            static create(properties?: wharf.v1.Properties.$Properties): wharf.v1.Properties;

            /**
             * Encodes the specified Properties message. Does not implicitly {@link wharf.v1.Properties.verify|verify} messages.
             * @param message Properties message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: wharf.v1.Properties.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Properties message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {wharf.v1.Properties & wharf.v1.Properties.$Shape} Properties
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wharf.v1.Properties & wharf.v1.Properties.$Shape;
        }

        namespace Properties {

            /** Properties of a Properties. */
            interface $Properties {

                /** Properties payloadFormatIndicator */
                payloadFormatIndicator?: (boolean|null);

                /** Properties messageExpiryInterval */
                messageExpiryInterval?: (number|null);

                /** Properties contentType */
                contentType?: (string|null);

                /** Properties responseTopic */
                responseTopic?: (string|null);

                /** Properties correlationData */
                correlationData?: (Uint8Array|null);

                /** Properties userProperties */
                userProperties?: (wharf.v1.UserProperty.$Properties[]|null);

                /** Properties hasUserProperties */
                hasUserProperties?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Properties. */
            type $Shape = wharf.v1.Properties.$Properties;
        }

        /**
         * Properties of a Message.
         * @deprecated Use wharf.v1.Message.$Properties instead.
         */
        interface IMessage extends wharf.v1.Message.$Properties {
        }

        /** Represents a Message. */
        class Message {

            /**
             * Constructs a new Message.
             * @param [properties] Properties to set
             */
            constructor(properties?: wharf.v1.Message.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Message topic. */
            topic: string;

            /** Message payload. */
            payload: Uint8Array;

            /** Message qos. */
            qos: number;

            /** Message retain. */
            retain: boolean;

            /** Message from. */
            from?: (string|null);

            /** Message properties. */
            properties?: (wharf.v1.Properties.$Properties|null);

            /** Message logPosition. */
            logPosition: number;

            /** Message timestamp. */
            timestamp: number;

            /** Message expiresAt. */
            expiresAt: number;

            /**
             * Creates a new Message instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Message instance
             */
            static create(properties: wharf.v1.Message.$Shape): wharf.v1.Message & wharf.v1.Message.$Shape;
            static create(properties?: wharf.v1.Message.$Properties): wharf.v1.Message;

            /**
             * Encodes the specified Message message. Does not implicitly {@link wharf.v1.Message.verify|verify} messages.
             * @param message Message message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: wharf.v1.Message.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Message message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {wharf.v1.Message & wharf.v1.Message.$Shape} Message
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wharf.v1.Message & wharf.v1.Message.$Shape;
        }

        namespace Message {

            /** Properties of a Message. */
            interface $Properties {

                /** Message topic */
                topic?: (string|null);

                /** Message payload */
                payload?: (Uint8Array|null);

                /** Message qos */
                qos?: (number|null);

                /** Message retain */
                retain?: (boolean|null);

                /** Message from */
                from?: (string|null);

                /** Message properties */
                properties?: (wharf.v1.Properties.$Properties|null);

                /** Message logPosition */
                logPosition?: (number|null);

                /** Message timestamp */
                timestamp?: (number|null);

                /** Message expiresAt */
                expiresAt?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Message. */
            type $Shape = wharf.v1.Message.$Properties;
        }

        /**
         * Properties of an Empty.
         * @deprecated Use wharf.v1.Empty.$Properties instead.
         */
        interface IEmpty extends wharf.v1.Empty.$Properties {
        }

        /** Represents an Empty. */
        class Empty {

            /**
             * Constructs a new Empty.
             * @param [properties] Properties to set
             */
            constructor(properties?: wharf.v1.Empty.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Creates a new Empty instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Empty instance
             */
            static create(properties: wharf.v1.Empty.$Shape): wharf.v1.Empty & wharf.v1.Empty.$Shape;
            static create(properties?: wharf.v1.Empty.$Properties): wharf.v1.Empty;

            /**
             * Encodes the specified Empty message. Does not implicitly {@link wharf.v1.Empty.verify|verify} messages.
             * @param message Empty message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: wharf.v1.Empty.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Empty message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {wharf.v1.Empty & wharf.v1.Empty.$Shape} Empty
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wharf.v1.Empty & wharf.v1.Empty.$Shape;
        }

        namespace Empty {

            /** Properties of an Empty. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Empty. */
            type $Shape = wharf.v1.Empty.$Properties;
        }

        /**
         * Properties of a QueueSpec.
         * @deprecated Use wharf.v1.QueueSpec.$Properties instead.
         */
        interface IQueueSpec extends wharf.v1.QueueSpec.$Properties {
        }

        /** Represents a QueueSpec. */
        class QueueSpec {

            /**
             * Constructs a new QueueSpec.
             * @param [properties] Properties to set
             */
            constructor(properties?: wharf.v1.QueueSpec.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** QueueSpec topicFilter. */
            topicFilter?: (string|null);

            /** QueueSpec name. */
            name?: (string|null);

            /** QueueSpec isLastValue. */
            isLastValue?: (boolean|null);

            /** QueueSpec keyExpression. */
            keyExpression?: (string|null);

            /** QueueSpec missingKey. */
            missingKey?: (string|null);

            /** QueueSpec fallbackKey. */
            fallbackKey?: (string|null);

            /** QueueSpec dispatchStrategy. */
            dispatchStrategy?: (string|null);

            /** QueueSpec dataRetentionPeriodMs. */
            dataRetentionPeriodMs?: (number|null);

            /** QueueSpec ackTimeoutMs. */
            ackTimeoutMs?: (number|null);

            /** QueueSpec maxDeliveries. */
            maxDeliveries?: (number|null);

            /** QueueSpec maxMessages. */
            maxMessages?: (number|null);

            /** QueueSpec maxBytes. */
            maxBytes?: (number|null);

            /**
             * Creates a new QueueSpec instance using the specified properties.
             * @param [properties] Properties to set
             * @returns QueueSpec instance
             */
            static create(properties: wharf.v1.QueueSpec.$Shape): wharf.v1.QueueSpec & wharf.v1.QueueSpec.$Shape;
            static create(properties?: wharf.v1.QueueSpec.$Properties): wharf.v1.QueueSpec;

            /**
             * Encodes the specified QueueSpec message. Does not implicitly {@link wharf.v1.QueueSpec.verify|verify} messages.
             * @param message QueueSpec message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: wharf.v1.QueueSpec.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a QueueSpec message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {wharf.v1.QueueSpec & wharf.v1.QueueSpec.$Shape} QueueSpec
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wharf.v1.QueueSpec & wharf.v1.QueueSpec.$Shape;
        }

        namespace QueueSpec {

            /** Properties of a QueueSpec. */
            interface $Properties {

                /** QueueSpec topicFilter */
                topicFilter?: (string|null);

                /** QueueSpec name */
                name?: (string|null);

                /** QueueSpec isLastValue */
                isLastValue?: (boolean|null);

                /** QueueSpec keyExpression */
                keyExpression?: (string|null);

                /** QueueSpec missingKey */
                missingKey?: (string|null);

                /** QueueSpec fallbackKey */
                fallbackKey?: (string|null);

                /** QueueSpec dispatchStrategy */
                dispatchStrategy?: (string|null);

                /** QueueSpec dataRetentionPeriodMs */
                dataRetentionPeriodMs?: (number|null);

                /** QueueSpec ackTimeoutMs */
                ackTimeoutMs?: (number|null);

                /** QueueSpec maxDeliveries */
                maxDeliveries?: (number|null);

                /** QueueSpec maxMessages */
                maxMessages?: (number|null);

                /** QueueSpec maxBytes */
                maxBytes?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a QueueSpec. */
            type $Shape = wharf.v1.QueueSpec.$Properties;
        }

        /**
         * Properties of an UpdateQueueRequest.
         * @deprecated Use wharf.v1.UpdateQueueRequest.$Properties instead.
         */
        interface IUpdateQueueRequest extends wharf.v1.UpdateQueueRequest.$Properties {
        }

        /** Represents an UpdateQueueRequest. */
        class UpdateQueueRequest {

            /**
             * Constructs a new UpdateQueueRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: wharf.v1.UpdateQueueRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** UpdateQueueRequest topicFilter. */
            topicFilter: string;

            /** UpdateQueueRequest patch. */
            patch?: (wharf.v1.QueueSpec.$Properties|null);

            /**
             * Creates a new UpdateQueueRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns UpdateQueueRequest instance
             */
            static create(properties: wharf.v1.UpdateQueueRequest.$Shape): wharf.v1.UpdateQueueRequest & wharf.v1.UpdateQueueRequest.$Shape;
            static create(properties?: wharf.v1.UpdateQueueRequest.$Properties): wharf.v1.UpdateQueueRequest;

            /**
             * Encodes the specified UpdateQueueRequest message. Does not implicitly {@link wharf.v1.UpdateQueueRequest.verify|verify} messages.
             * @param message UpdateQueueRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: wharf.v1.UpdateQueueRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an UpdateQueueRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {wharf.v1.UpdateQueueRequest & wharf.v1.UpdateQueueRequest.$Shape} UpdateQueueRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wharf.v1.UpdateQueueRequest & wharf.v1.UpdateQueueRequest.$Shape;
        }

        namespace UpdateQueueRequest {

            /** Properties of an UpdateQueueRequest. */
            interface $Properties {

                /** UpdateQueueRequest topicFilter */
                topicFilter?: (string|null);

                /** UpdateQueueRequest patch */
                patch?: (wharf.v1.QueueSpec.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an UpdateQueueRequest. */
            type $Shape = wharf.v1.UpdateQueueRequest.$Properties;
        }

        /**
         * Properties of a QueueLookup.
         * @deprecated Use wharf.v1.QueueLookup.$Properties instead.
         */
        interface IQueueLookup extends wharf.v1.QueueLookup.$Properties {
        }

        /** Represents a QueueLookup. */
        class QueueLookup {

            /**
             * Constructs a new QueueLookup.
             * @param [properties] Properties to set
             */
            constructor(properties?: wharf.v1.QueueLookup.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** QueueLookup topicFilter. */
            topicFilter?: (string|null);

            /** QueueLookup name. */
            name?: (string|null);

            /** QueueLookup ref. */
            ref?: ("topicFilter"|"name");

            /**
             * Creates a new QueueLookup instance using the specified properties.
             * @param [properties] Properties to set
             * @returns QueueLookup instance
             */
            static create(properties: wharf.v1.QueueLookup.$Shape): wharf.v1.QueueLookup & wharf.v1.QueueLookup.$Shape;
            static create(properties?: wharf.v1.QueueLookup.$Properties): wharf.v1.QueueLookup;

            /**
             * Encodes the specified QueueLookup message. Does not implicitly {@link wharf.v1.QueueLookup.verify|verify} messages.
             * @param message QueueLookup message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: wharf.v1.QueueLookup.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a QueueLookup message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {wharf.v1.QueueLookup & wharf.v1.QueueLookup.$Shape} QueueLookup
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wharf.v1.QueueLookup & wharf.v1.QueueLookup.$Shape;
        }

        namespace QueueLookup {

            /** Properties of a QueueLookup. */
            interface $Properties {

                /** QueueLookup topicFilter */
                topicFilter?: (string|null);

                /** QueueLookup name */
                name?: (string|null);

                /** QueueLookup ref */
                ref?: ("topicFilter"|"name");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a QueueLookup. */
            type $Shape = {
              topicFilter?: string|null;
              name?: string|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ ref?: undefined; topicFilter?: null; name?: null }|{ ref?: "topicFilter"; topicFilter: string; name?: null }|{ ref?: "name"; topicFilter?: null; name: string })
            );
        }

        /**
         * Properties of a QueueConsumerInfo.
         * @deprecated Use wharf.v1.QueueConsumerInfo.$Properties instead.
         */
        interface IQueueConsumerInfo extends wharf.v1.QueueConsumerInfo.$Properties {
        }

        /** Represents a QueueConsumerInfo. */
        class QueueConsumerInfo {

            /**
             * Constructs a new QueueConsumerInfo.
             * @param [properties] Properties to set
             */
            constructor(properties?: wharf.v1.QueueConsumerInfo.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** QueueConsumerInfo consumerId. */
            consumerId: string;

            /** QueueConsumerInfo clientId. */
            clientId: string;

            /** QueueConsumerInfo inflight. */
            inflight: number;

            /**
             * Creates a new QueueConsumerInfo instance using the specified properties.
             * @param [properties] Properties to set
             * @returns QueueConsumerInfo instance
             */
            static create(properties: wharf.v1.QueueConsumerInfo.$Shape): wharf.v1.QueueConsumerInfo & wharf.v1.QueueConsumerInfo.$Shape;
            static create(properties?: wharf.v1.QueueConsumerInfo.$Properties): wharf.v1.QueueConsumerInfo;

            /**
             * Encodes the specified QueueConsumerInfo message. Does not implicitly {@link wharf.v1.QueueConsumerInfo.verify|verify} messages.
             * @param message QueueConsumerInfo message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: wharf.v1.QueueConsumerInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a QueueConsumerInfo message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {wharf.v1.QueueConsumerInfo & wharf.v1.QueueConsumerInfo.$Shape} QueueConsumerInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wharf.v1.QueueConsumerInfo & wharf.v1.QueueConsumerInfo.$Shape;
        }

        namespace QueueConsumerInfo {

            /** Properties of a QueueConsumerInfo. */
            interface $Properties {

                /** QueueConsumerInfo consumerId */
                consumerId?: (string|null);

                /** QueueConsumerInfo clientId */
                clientId?: (string|null);

                /** QueueConsumerInfo inflight */
                inflight?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a QueueConsumerInfo. */
            type $Shape = wharf.v1.QueueConsumerInfo.$Properties;
        }

        /**
         * Properties of a QueueStats.
         * @deprecated Use wharf.v1.QueueStats.$Properties instead.
         */
        interface IQueueStats extends wharf.v1.QueueStats.$Properties {
        }

        /** Represents a QueueStats. */
        class QueueStats {

            /**
             * Constructs a new QueueStats.
             * @param [properties] Properties to set
             */
            constructor(properties?: wharf.v1.QueueStats.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** QueueStats depth. */
            depth: number;

            /** QueueStats inflight. */
            inflight: number;

            /** QueueStats lag. */
            lag: number;

            /** QueueStats consumers. */
            consumers: wharf.v1.QueueConsumerInfo.$Properties[];

            /** QueueStats dispatched. */
            dispatched: number;

            /** QueueStats acked. */
            acked: number;

            /** QueueStats redelivered. */
            redelivered: number;

            /** QueueStats deadLettered. */
            deadLettered: number;

            /** QueueStats dropped. */
            dropped: number;

            /**
             * Creates a new QueueStats instance using the specified properties.
             * @param [properties] Properties to set
             * @returns QueueStats instance
             */
            static create(properties: wharf.v1.QueueStats.$Shape): wharf.v1.QueueStats & wharf.v1.QueueStats.$Shape;
            static create(properties?: wharf.v1.QueueStats.$Properties): wharf.v1.QueueStats;

            /**
             * Encodes the specified QueueStats message. Does not implicitly {@link wharf.v1.QueueStats.verify|verify} messages.
             * @param message QueueStats message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: wharf.v1.QueueStats.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a QueueStats message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {wharf.v1.QueueStats & wharf.v1.QueueStats.$Shape} QueueStats
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wharf.v1.QueueStats & wharf.v1.QueueStats.$Shape;
        }

        namespace QueueStats {

            /** Properties of a QueueStats. */
            interface $Properties {

                /** QueueStats depth */
                depth?: (number|null);

                /** QueueStats inflight */
                inflight?: (number|null);

                /** QueueStats lag */
                lag?: (number|null);

                /** QueueStats consumers */
                consumers?: (wharf.v1.QueueConsumerInfo.$Properties[]|null);

                /** QueueStats dispatched */
                dispatched?: (number|null);

                /** QueueStats acked */
                acked?: (number|null);

                /** QueueStats redelivered */
                redelivered?: (number|null);

                /** QueueStats deadLettered */
                deadLettered?: (number|null);

                /** QueueStats dropped */
                dropped?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a QueueStats. */
            type $Shape = wharf.v1.QueueStats.$Properties;
        }

        /**
         * Properties of a QueueInfo.
         * @deprecated Use wharf.v1.QueueInfo.$Properties instead.
         */
        interface IQueueInfo extends wharf.v1.QueueInfo.$Properties {
        }

        /** Represents a QueueInfo. */
        class QueueInfo {

            /**
             * Constructs a new QueueInfo.
             * @param [properties] Properties to set
             */
            constructor(properties?: wharf.v1.QueueInfo.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** QueueInfo spec. */
            spec?: (wharf.v1.QueueSpec.$Properties|null);

            /** QueueInfo kind. */
            kind: string;

            /** QueueInfo createdAt. */
            createdAt: number;

            /** QueueInfo stats. */
            stats?: (wharf.v1.QueueStats.$Properties|null);

            /**
             * Creates a new QueueInfo instance using the specified properties.
             * @param [properties] Properties to set
             * @returns QueueInfo instance
             */
            static create(properties: wharf.v1.QueueInfo.$Shape): wharf.v1.QueueInfo & wharf.v1.QueueInfo.$Shape;
            static create(properties?: wharf.v1.QueueInfo.$Properties): wharf.v1.QueueInfo;

            /**
             * Encodes the specified QueueInfo message. Does not implicitly {@link wharf.v1.QueueInfo.verify|verify} messages.
             * @param message QueueInfo message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: wharf.v1.QueueInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a QueueInfo message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {wharf.v1.QueueInfo & wharf.v1.QueueInfo.$Shape} QueueInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wharf.v1.QueueInfo & wharf.v1.QueueInfo.$Shape;
        }

        namespace QueueInfo {

            /** Properties of a QueueInfo. */
            interface $Properties {

                /** QueueInfo spec */
                spec?: (wharf.v1.QueueSpec.$Properties|null);

                /** QueueInfo kind */
                kind?: (string|null);

                /** QueueInfo createdAt */
                createdAt?: (number|null);

                /** QueueInfo stats */
                stats?: (wharf.v1.QueueStats.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a QueueInfo. */
            type $Shape = wharf.v1.QueueInfo.$Properties;
        }

        /**
         * Properties of a GetQueueResponse.
         * @deprecated Use wharf.v1.GetQueueResponse.$Properties instead.
         */
        interface IGetQueueResponse extends wharf.v1.GetQueueResponse.$Properties {
        }

        /** Represents a GetQueueResponse. */
        class GetQueueResponse {

            /**
             * Constructs a new GetQueueResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: wharf.v1.GetQueueResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** GetQueueResponse found. */
            found: boolean;

            /** GetQueueResponse queue. */
            queue?: (wharf.v1.QueueInfo.$Properties|null);

            /**
             * Creates a new GetQueueResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns GetQueueResponse instance
             */
            static create(properties: wharf.v1.GetQueueResponse.$Shape): wharf.v1.GetQueueResponse & wharf.v1.GetQueueResponse.$Shape;
            static create(properties?: wharf.v1.GetQueueResponse.$Properties): wharf.v1.GetQueueResponse;

            /**
             * Encodes the specified GetQueueResponse message. Does not implicitly {@link wharf.v1.GetQueueResponse.verify|verify} messages.
             * @param message GetQueueResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: wharf.v1.GetQueueResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GetQueueResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {wharf.v1.GetQueueResponse & wharf.v1.GetQueueResponse.$Shape} GetQueueResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wharf.v1.GetQueueResponse & wharf.v1.GetQueueResponse.$Shape;
        }

        namespace GetQueueResponse {

            /** Properties of a GetQueueResponse. */
            interface $Properties {

                /** GetQueueResponse found */
                found?: (boolean|null);

                /** GetQueueResponse queue */
                queue?: (wharf.v1.QueueInfo.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a GetQueueResponse. */
            type $Shape = wharf.v1.GetQueueResponse.$Properties;
        }

        /**
         * Properties of a ListQueuesRequest.
         * @deprecated Use wharf.v1.ListQueuesRequest.$Properties instead.
         */
        interface IListQueuesRequest extends wharf.v1.ListQueuesRequest.$Properties {
        }

        /** Represents a ListQueuesRequest. */
        class ListQueuesRequest {

            /**
             * Constructs a new ListQueuesRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: wharf.v1.ListQueuesRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ListQueuesRequest after. */
            after: string;

            /** ListQueuesRequest limit. */
            limit: number;

            /**
             * Creates a new ListQueuesRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ListQueuesRequest instance
             */
            static create(properties: wharf.v1.ListQueuesRequest.$Shape): wharf.v1.ListQueuesRequest & wharf.v1.ListQueuesRequest.$Shape;
            static create(properties?: wharf.v1.ListQueuesRequest.$Properties): wharf.v1.ListQueuesRequest;

            /**
             * Encodes the specified ListQueuesRequest message. Does not implicitly {@link wharf.v1.ListQueuesRequest.verify|verify} messages.
             * @param message ListQueuesRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: wharf.v1.ListQueuesRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ListQueuesRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {wharf.v1.ListQueuesRequest & wharf.v1.ListQueuesRequest.$Shape} ListQueuesRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wharf.v1.ListQueuesRequest & wharf.v1.ListQueuesRequest.$Shape;
        }

        namespace ListQueuesRequest {

            /** Properties of a ListQueuesRequest. */
            interface $Properties {

                /** ListQueuesRequest after */
                after?: (string|null);

                /** ListQueuesRequest limit */
                limit?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ListQueuesRequest. */
            type $Shape = wharf.v1.ListQueuesRequest.$Properties;
        }

        /**
         * Properties of a QueueList.
         * @deprecated Use wharf.v1.QueueList.$Properties instead.
         */
        interface IQueueList extends wharf.v1.QueueList.$Properties {
        }

        /** Represents a QueueList. */
        class QueueList {

            /**
             * Constructs a new QueueList.
             * @param [properties] Properties to set
             */
            constructor(properties?: wharf.v1.QueueList.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** QueueList queues. */
            queues: wharf.v1.QueueInfo.$Properties[];

            /**
             * Creates a new QueueList instance using the specified properties.
             * @param [properties] Properties to set
             * @returns QueueList instance
             */
            static create(properties: wharf.v1.QueueList.$Shape): wharf.v1.QueueList & wharf.v1.QueueList.$Shape;
            static create(properties?: wharf.v1.QueueList.$Properties): wharf.v1.QueueList;

            /**
             * Encodes the specified QueueList message. Does not implicitly {@link wharf.v1.QueueList.verify|verify} messages.
             * @param message QueueList message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: wharf.v1.QueueList.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a QueueList message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {wharf.v1.QueueList & wharf.v1.QueueList.$Shape} QueueList
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wharf.v1.QueueList & wharf.v1.QueueList.$Shape;
        }

        namespace QueueList {

            /** Properties of a QueueList. */
            interface $Properties {

                /** QueueList queues */
                queues?: (wharf.v1.QueueInfo.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a QueueList. */
            type $Shape = wharf.v1.QueueList.$Properties;
        }

        /**
         * Properties of a QueuesConfig.
         * @deprecated Use wharf.v1.QueuesConfig.$Properties instead.
         */
        interface IQueuesConfig extends wharf.v1.QueuesConfig.$Properties {
        }

        /** Represents a QueuesConfig. */
        class QueuesConfig {

            /**
             * Constructs a new QueuesConfig.
             * @param [properties] Properties to set
             */
            constructor(properties?: wharf.v1.QueuesConfig.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** QueuesConfig autoCreate. */
            autoCreate?: (boolean|null);

            /** QueuesConfig defaults. */
            defaults?: (wharf.v1.QueueSpec.$Properties|null);

            /** QueuesConfig shareDispatchStrategy. */
            shareDispatchStrategy?: (string|null);

            /**
             * Creates a new QueuesConfig instance using the specified properties.
             * @param [properties] Properties to set
             * @returns QueuesConfig instance
             */
            static create(properties: wharf.v1.QueuesConfig.$Shape): wharf.v1.QueuesConfig & wharf.v1.QueuesConfig.$Shape;
            static create(properties?: wharf.v1.QueuesConfig.$Properties): wharf.v1.QueuesConfig;

            /**
             * Encodes the specified QueuesConfig message. Does not implicitly {@link wharf.v1.QueuesConfig.verify|verify} messages.
             * @param message QueuesConfig message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: wharf.v1.QueuesConfig.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a QueuesConfig message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {wharf.v1.QueuesConfig & wharf.v1.QueuesConfig.$Shape} QueuesConfig
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wharf.v1.QueuesConfig & wharf.v1.QueuesConfig.$Shape;
        }

        namespace QueuesConfig {

            /** Properties of a QueuesConfig. */
            interface $Properties {

                /** QueuesConfig autoCreate */
                autoCreate?: (boolean|null);

                /** QueuesConfig defaults */
                defaults?: (wharf.v1.QueueSpec.$Properties|null);

                /** QueuesConfig shareDispatchStrategy */
                shareDispatchStrategy?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a QueuesConfig. */
            type $Shape = wharf.v1.QueuesConfig.$Properties;
        }

        /**
         * Properties of a QueueTarget.
         * @deprecated Use wharf.v1.QueueTarget.$Properties instead.
         */
        interface IQueueTarget extends wharf.v1.QueueTarget.$Properties {
        }

        /** Represents a QueueTarget. */
        class QueueTarget {

            /**
             * Constructs a new QueueTarget.
             * @param [properties] Properties to set
             */
            constructor(properties?: wharf.v1.QueueTarget.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** QueueTarget filter. */
            filter: string;

            /**
             * Creates a new QueueTarget instance using the specified properties.
             * @param [properties] Properties to set
             * @returns QueueTarget instance
             */
            static create(properties: wharf.v1.QueueTarget.$Shape): wharf.v1.QueueTarget & wharf.v1.QueueTarget.$Shape;
            static create(properties?: wharf.v1.QueueTarget.$Properties): wharf.v1.QueueTarget;

            /**
             * Encodes the specified QueueTarget message. Does not implicitly {@link wharf.v1.QueueTarget.verify|verify} messages.
             * @param message QueueTarget message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: wharf.v1.QueueTarget.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a QueueTarget message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {wharf.v1.QueueTarget & wharf.v1.QueueTarget.$Shape} QueueTarget
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wharf.v1.QueueTarget & wharf.v1.QueueTarget.$Shape;
        }

        namespace QueueTarget {

            /** Properties of a QueueTarget. */
            interface $Properties {

                /** QueueTarget filter */
                filter?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a QueueTarget. */
            type $Shape = wharf.v1.QueueTarget.$Properties;
        }

        /**
         * Properties of a NamedQueueTarget.
         * @deprecated Use wharf.v1.NamedQueueTarget.$Properties instead.
         */
        interface INamedQueueTarget extends wharf.v1.NamedQueueTarget.$Properties {
        }

        /** Represents a NamedQueueTarget. */
        class NamedQueueTarget {

            /**
             * Constructs a new NamedQueueTarget.
             * @param [properties] Properties to set
             */
            constructor(properties?: wharf.v1.NamedQueueTarget.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** NamedQueueTarget name. */
            name: string;

            /** NamedQueueTarget filter. */
            filter?: (string|null);

            /**
             * Creates a new NamedQueueTarget instance using the specified properties.
             * @param [properties] Properties to set
             * @returns NamedQueueTarget instance
             */
            static create(properties: wharf.v1.NamedQueueTarget.$Shape): wharf.v1.NamedQueueTarget & wharf.v1.NamedQueueTarget.$Shape;
            static create(properties?: wharf.v1.NamedQueueTarget.$Properties): wharf.v1.NamedQueueTarget;

            /**
             * Encodes the specified NamedQueueTarget message. Does not implicitly {@link wharf.v1.NamedQueueTarget.verify|verify} messages.
             * @param message NamedQueueTarget message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: wharf.v1.NamedQueueTarget.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a NamedQueueTarget message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {wharf.v1.NamedQueueTarget & wharf.v1.NamedQueueTarget.$Shape} NamedQueueTarget
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wharf.v1.NamedQueueTarget & wharf.v1.NamedQueueTarget.$Shape;
        }

        namespace NamedQueueTarget {

            /** Properties of a NamedQueueTarget. */
            interface $Properties {

                /** NamedQueueTarget name */
                name?: (string|null);

                /** NamedQueueTarget filter */
                filter?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a NamedQueueTarget. */
            type $Shape = wharf.v1.NamedQueueTarget.$Properties;
        }

        /**
         * Properties of a ShareTarget.
         * @deprecated Use wharf.v1.ShareTarget.$Properties instead.
         */
        interface IShareTarget extends wharf.v1.ShareTarget.$Properties {
        }

        /** Represents a ShareTarget. */
        class ShareTarget {

            /**
             * Constructs a new ShareTarget.
             * @param [properties] Properties to set
             */
            constructor(properties?: wharf.v1.ShareTarget.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ShareTarget group. */
            group: string;

            /** ShareTarget filter. */
            filter: string;

            /**
             * Creates a new ShareTarget instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ShareTarget instance
             */
            static create(properties: wharf.v1.ShareTarget.$Shape): wharf.v1.ShareTarget & wharf.v1.ShareTarget.$Shape;
            static create(properties?: wharf.v1.ShareTarget.$Properties): wharf.v1.ShareTarget;

            /**
             * Encodes the specified ShareTarget message. Does not implicitly {@link wharf.v1.ShareTarget.verify|verify} messages.
             * @param message ShareTarget message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: wharf.v1.ShareTarget.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ShareTarget message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {wharf.v1.ShareTarget & wharf.v1.ShareTarget.$Shape} ShareTarget
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wharf.v1.ShareTarget & wharf.v1.ShareTarget.$Shape;
        }

        namespace ShareTarget {

            /** Properties of a ShareTarget. */
            interface $Properties {

                /** ShareTarget group */
                group?: (string|null);

                /** ShareTarget filter */
                filter?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ShareTarget. */
            type $Shape = wharf.v1.ShareTarget.$Properties;
        }

        /**
         * Properties of an AttachRequest.
         * @deprecated Use wharf.v1.AttachRequest.$Properties instead.
         */
        interface IAttachRequest extends wharf.v1.AttachRequest.$Properties {
        }

        /** Represents an AttachRequest. */
        class AttachRequest {

            /**
             * Constructs a new AttachRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: wharf.v1.AttachRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** AttachRequest requestId. */
            requestId: number;

            /** AttachRequest consumerId. */
            consumerId: string;

            /** AttachRequest clientId. */
            clientId: string;

            /** AttachRequest queue. */
            queue?: (wharf.v1.QueueTarget.$Properties|null);

            /** AttachRequest named. */
            named?: (wharf.v1.NamedQueueTarget.$Properties|null);

            /** AttachRequest share. */
            share?: (wharf.v1.ShareTarget.$Properties|null);

            /** AttachRequest maxInflight. */
            maxInflight: number;

            /** AttachRequest qos. */
            qos: number;

            /** AttachRequest target. */
            target?: ("queue"|"named"|"share");

            /**
             * Creates a new AttachRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns AttachRequest instance
             */
            static create(properties: wharf.v1.AttachRequest.$Shape): wharf.v1.AttachRequest & wharf.v1.AttachRequest.$Shape;
            static create(properties?: wharf.v1.AttachRequest.$Properties): wharf.v1.AttachRequest;

            /**
             * Encodes the specified AttachRequest message. Does not implicitly {@link wharf.v1.AttachRequest.verify|verify} messages.
             * @param message AttachRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: wharf.v1.AttachRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AttachRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {wharf.v1.AttachRequest & wharf.v1.AttachRequest.$Shape} AttachRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wharf.v1.AttachRequest & wharf.v1.AttachRequest.$Shape;
        }

        namespace AttachRequest {

            /** Properties of an AttachRequest. */
            interface $Properties {

                /** AttachRequest requestId */
                requestId?: (number|null);

                /** AttachRequest consumerId */
                consumerId?: (string|null);

                /** AttachRequest clientId */
                clientId?: (string|null);

                /** AttachRequest queue */
                queue?: (wharf.v1.QueueTarget.$Properties|null);

                /** AttachRequest named */
                named?: (wharf.v1.NamedQueueTarget.$Properties|null);

                /** AttachRequest share */
                share?: (wharf.v1.ShareTarget.$Properties|null);

                /** AttachRequest maxInflight */
                maxInflight?: (number|null);

                /** AttachRequest qos */
                qos?: (number|null);

                /** AttachRequest target */
                target?: ("queue"|"named"|"share");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of an AttachRequest. */
            type $Shape = {
              requestId?: number|null;
              consumerId?: string|null;
              clientId?: string|null;
              queue?: wharf.v1.QueueTarget.$Shape|null;
              named?: wharf.v1.NamedQueueTarget.$Shape|null;
              share?: wharf.v1.ShareTarget.$Shape|null;
              maxInflight?: number|null;
              qos?: number|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ target?: undefined; queue?: null; named?: null; share?: null }|{ target?: "queue"; queue: wharf.v1.QueueTarget.$Shape; named?: null; share?: null }|{ target?: "named"; queue?: null; named: wharf.v1.NamedQueueTarget.$Shape; share?: null }|{ target?: "share"; queue?: null; named?: null; share: wharf.v1.ShareTarget.$Shape })
            );
        }

        /**
         * Properties of a DetachRequest.
         * @deprecated Use wharf.v1.DetachRequest.$Properties instead.
         */
        interface IDetachRequest extends wharf.v1.DetachRequest.$Properties {
        }

        /** Represents a DetachRequest. */
        class DetachRequest {

            /**
             * Constructs a new DetachRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: wharf.v1.DetachRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DetachRequest consumerId. */
            consumerId: string;

            /** DetachRequest queue. */
            queue: number;

            /**
             * Creates a new DetachRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DetachRequest instance
             */
            static create(properties: wharf.v1.DetachRequest.$Shape): wharf.v1.DetachRequest & wharf.v1.DetachRequest.$Shape;
            static create(properties?: wharf.v1.DetachRequest.$Properties): wharf.v1.DetachRequest;

            /**
             * Encodes the specified DetachRequest message. Does not implicitly {@link wharf.v1.DetachRequest.verify|verify} messages.
             * @param message DetachRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: wharf.v1.DetachRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DetachRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {wharf.v1.DetachRequest & wharf.v1.DetachRequest.$Shape} DetachRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wharf.v1.DetachRequest & wharf.v1.DetachRequest.$Shape;
        }

        namespace DetachRequest {

            /** Properties of a DetachRequest. */
            interface $Properties {

                /** DetachRequest consumerId */
                consumerId?: (string|null);

                /** DetachRequest queue */
                queue?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DetachRequest. */
            type $Shape = wharf.v1.DetachRequest.$Properties;
        }

        /**
         * Properties of a SettleBatch.
         * @deprecated Use wharf.v1.SettleBatch.$Properties instead.
         */
        interface ISettleBatch extends wharf.v1.SettleBatch.$Properties {
        }

        /** Represents a SettleBatch. */
        class SettleBatch {

            /**
             * Constructs a new SettleBatch.
             * @param [properties] Properties to set
             */
            constructor(properties?: wharf.v1.SettleBatch.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SettleBatch consumerIds. */
            consumerIds: string[];

            /** SettleBatch queues. */
            queues: number[];

            /** SettleBatch offsets. */
            offsets: number[];

            /** SettleBatch ok. */
            ok: boolean[];

            /**
             * Creates a new SettleBatch instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SettleBatch instance
             */
            static create(properties: wharf.v1.SettleBatch.$Shape): wharf.v1.SettleBatch & wharf.v1.SettleBatch.$Shape;
            static create(properties?: wharf.v1.SettleBatch.$Properties): wharf.v1.SettleBatch;

            /**
             * Encodes the specified SettleBatch message. Does not implicitly {@link wharf.v1.SettleBatch.verify|verify} messages.
             * @param message SettleBatch message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: wharf.v1.SettleBatch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SettleBatch message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {wharf.v1.SettleBatch & wharf.v1.SettleBatch.$Shape} SettleBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wharf.v1.SettleBatch & wharf.v1.SettleBatch.$Shape;
        }

        namespace SettleBatch {

            /** Properties of a SettleBatch. */
            interface $Properties {

                /** SettleBatch consumerIds */
                consumerIds?: (string[]|null);

                /** SettleBatch queues */
                queues?: (number[]|null);

                /** SettleBatch offsets */
                offsets?: (number[]|null);

                /** SettleBatch ok */
                ok?: (boolean[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SettleBatch. */
            type $Shape = wharf.v1.SettleBatch.$Properties;
        }

        /**
         * Properties of a ConsumeRequest.
         * @deprecated Use wharf.v1.ConsumeRequest.$Properties instead.
         */
        interface IConsumeRequest extends wharf.v1.ConsumeRequest.$Properties {
        }

        /** Represents a ConsumeRequest. */
        class ConsumeRequest {

            /**
             * Constructs a new ConsumeRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: wharf.v1.ConsumeRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ConsumeRequest attach. */
            attach?: (wharf.v1.AttachRequest.$Properties|null);

            /** ConsumeRequest detach. */
            detach?: (wharf.v1.DetachRequest.$Properties|null);

            /** ConsumeRequest settles. */
            settles?: (wharf.v1.SettleBatch.$Properties|null);

            /** ConsumeRequest kind. */
            kind?: ("attach"|"detach"|"settles");

            /**
             * Creates a new ConsumeRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ConsumeRequest instance
             */
            static create(properties: wharf.v1.ConsumeRequest.$Shape): wharf.v1.ConsumeRequest & wharf.v1.ConsumeRequest.$Shape;
            static create(properties?: wharf.v1.ConsumeRequest.$Properties): wharf.v1.ConsumeRequest;

            /**
             * Encodes the specified ConsumeRequest message. Does not implicitly {@link wharf.v1.ConsumeRequest.verify|verify} messages.
             * @param message ConsumeRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: wharf.v1.ConsumeRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ConsumeRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {wharf.v1.ConsumeRequest & wharf.v1.ConsumeRequest.$Shape} ConsumeRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wharf.v1.ConsumeRequest & wharf.v1.ConsumeRequest.$Shape;
        }

        namespace ConsumeRequest {

            /** Properties of a ConsumeRequest. */
            interface $Properties {

                /** ConsumeRequest attach */
                attach?: (wharf.v1.AttachRequest.$Properties|null);

                /** ConsumeRequest detach */
                detach?: (wharf.v1.DetachRequest.$Properties|null);

                /** ConsumeRequest settles */
                settles?: (wharf.v1.SettleBatch.$Properties|null);

                /** ConsumeRequest kind */
                kind?: ("attach"|"detach"|"settles");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a ConsumeRequest. */
            type $Shape = {
              attach?: wharf.v1.AttachRequest.$Shape|null;
              detach?: wharf.v1.DetachRequest.$Shape|null;
              settles?: wharf.v1.SettleBatch.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ kind?: undefined; attach?: null; detach?: null; settles?: null }|{ kind?: "attach"; attach: wharf.v1.AttachRequest.$Shape; detach?: null; settles?: null }|{ kind?: "detach"; attach?: null; detach: wharf.v1.DetachRequest.$Shape; settles?: null }|{ kind?: "settles"; attach?: null; detach?: null; settles: wharf.v1.SettleBatch.$Shape })
            );
        }

        /**
         * Properties of a RemoteError.
         * @deprecated Use wharf.v1.RemoteError.$Properties instead.
         */
        interface IRemoteError extends wharf.v1.RemoteError.$Properties {
        }

        /** Represents a RemoteError. */
        class RemoteError {

            /**
             * Constructs a new RemoteError.
             * @param [properties] Properties to set
             */
            constructor(properties?: wharf.v1.RemoteError.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RemoteError code. */
            code: number;

            /** RemoteError name. */
            name: string;

            /** RemoteError message. */
            message: string;

            /** RemoteError field. */
            field?: (string|null);

            /**
             * Creates a new RemoteError instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RemoteError instance
             */
            static create(properties: wharf.v1.RemoteError.$Shape): wharf.v1.RemoteError & wharf.v1.RemoteError.$Shape;
            static create(properties?: wharf.v1.RemoteError.$Properties): wharf.v1.RemoteError;

            /**
             * Encodes the specified RemoteError message. Does not implicitly {@link wharf.v1.RemoteError.verify|verify} messages.
             * @param message RemoteError message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: wharf.v1.RemoteError.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RemoteError message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {wharf.v1.RemoteError & wharf.v1.RemoteError.$Shape} RemoteError
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wharf.v1.RemoteError & wharf.v1.RemoteError.$Shape;
        }

        namespace RemoteError {

            /** Properties of a RemoteError. */
            interface $Properties {

                /** RemoteError code */
                code?: (number|null);

                /** RemoteError name */
                name?: (string|null);

                /** RemoteError message */
                message?: (string|null);

                /** RemoteError field */
                field?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RemoteError. */
            type $Shape = wharf.v1.RemoteError.$Properties;
        }

        /**
         * Properties of an AttachResult.
         * @deprecated Use wharf.v1.AttachResult.$Properties instead.
         */
        interface IAttachResult extends wharf.v1.AttachResult.$Properties {
        }

        /** Represents an AttachResult. */
        class AttachResult {

            /**
             * Constructs a new AttachResult.
             * @param [properties] Properties to set
             */
            constructor(properties?: wharf.v1.AttachResult.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** AttachResult requestId. */
            requestId: number;

            /** AttachResult queue. */
            queue: number;

            /** AttachResult filter. */
            filter: string;

            /** AttachResult created. */
            created: boolean;

            /** AttachResult error. */
            error?: (wharf.v1.RemoteError.$Properties|null);

            /**
             * Creates a new AttachResult instance using the specified properties.
             * @param [properties] Properties to set
             * @returns AttachResult instance
             */
            static create(properties: wharf.v1.AttachResult.$Shape): wharf.v1.AttachResult & wharf.v1.AttachResult.$Shape;
            static create(properties?: wharf.v1.AttachResult.$Properties): wharf.v1.AttachResult;

            /**
             * Encodes the specified AttachResult message. Does not implicitly {@link wharf.v1.AttachResult.verify|verify} messages.
             * @param message AttachResult message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: wharf.v1.AttachResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AttachResult message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {wharf.v1.AttachResult & wharf.v1.AttachResult.$Shape} AttachResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wharf.v1.AttachResult & wharf.v1.AttachResult.$Shape;
        }

        namespace AttachResult {

            /** Properties of an AttachResult. */
            interface $Properties {

                /** AttachResult requestId */
                requestId?: (number|null);

                /** AttachResult queue */
                queue?: (number|null);

                /** AttachResult filter */
                filter?: (string|null);

                /** AttachResult created */
                created?: (boolean|null);

                /** AttachResult error */
                error?: (wharf.v1.RemoteError.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an AttachResult. */
            type $Shape = wharf.v1.AttachResult.$Properties;
        }

        /**
         * Properties of a Dispatch.
         * @deprecated Use wharf.v1.Dispatch.$Properties instead.
         */
        interface IDispatch extends wharf.v1.Dispatch.$Properties {
        }

        /** Represents a Dispatch. */
        class Dispatch {

            /**
             * Constructs a new Dispatch.
             * @param [properties] Properties to set
             */
            constructor(properties?: wharf.v1.Dispatch.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Dispatch consumerId. */
            consumerId: string;

            /** Dispatch queue. */
            queue: number;

            /** Dispatch offset. */
            offset: number;

            /** Dispatch deliveries. */
            deliveries: number;

            /** Dispatch qos. */
            qos: number;

            /** Dispatch message. */
            message?: (wharf.v1.Message.$Properties|null);

            /**
             * Creates a new Dispatch instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Dispatch instance
             */
            static create(properties: wharf.v1.Dispatch.$Shape): wharf.v1.Dispatch & wharf.v1.Dispatch.$Shape;
            static create(properties?: wharf.v1.Dispatch.$Properties): wharf.v1.Dispatch;

            /**
             * Encodes the specified Dispatch message. Does not implicitly {@link wharf.v1.Dispatch.verify|verify} messages.
             * @param message Dispatch message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: wharf.v1.Dispatch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Dispatch message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {wharf.v1.Dispatch & wharf.v1.Dispatch.$Shape} Dispatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wharf.v1.Dispatch & wharf.v1.Dispatch.$Shape;
        }

        namespace Dispatch {

            /** Properties of a Dispatch. */
            interface $Properties {

                /** Dispatch consumerId */
                consumerId?: (string|null);

                /** Dispatch queue */
                queue?: (number|null);

                /** Dispatch offset */
                offset?: (number|null);

                /** Dispatch deliveries */
                deliveries?: (number|null);

                /** Dispatch qos */
                qos?: (number|null);

                /** Dispatch message */
                message?: (wharf.v1.Message.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Dispatch. */
            type $Shape = wharf.v1.Dispatch.$Properties;
        }

        /**
         * Properties of a DispatchBatch.
         * @deprecated Use wharf.v1.DispatchBatch.$Properties instead.
         */
        interface IDispatchBatch extends wharf.v1.DispatchBatch.$Properties {
        }

        /** Represents a DispatchBatch. */
        class DispatchBatch {

            /**
             * Constructs a new DispatchBatch.
             * @param [properties] Properties to set
             */
            constructor(properties?: wharf.v1.DispatchBatch.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DispatchBatch dispatches. */
            dispatches: wharf.v1.Dispatch.$Properties[];

            /**
             * Creates a new DispatchBatch instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DispatchBatch instance
             */
            static create(properties: wharf.v1.DispatchBatch.$Shape): wharf.v1.DispatchBatch & wharf.v1.DispatchBatch.$Shape;
            static create(properties?: wharf.v1.DispatchBatch.$Properties): wharf.v1.DispatchBatch;

            /**
             * Encodes the specified DispatchBatch message. Does not implicitly {@link wharf.v1.DispatchBatch.verify|verify} messages.
             * @param message DispatchBatch message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: wharf.v1.DispatchBatch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DispatchBatch message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {wharf.v1.DispatchBatch & wharf.v1.DispatchBatch.$Shape} DispatchBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wharf.v1.DispatchBatch & wharf.v1.DispatchBatch.$Shape;
        }

        namespace DispatchBatch {

            /** Properties of a DispatchBatch. */
            interface $Properties {

                /** DispatchBatch dispatches */
                dispatches?: (wharf.v1.Dispatch.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DispatchBatch. */
            type $Shape = wharf.v1.DispatchBatch.$Properties;
        }

        /**
         * Properties of a DetachedConsumer.
         * @deprecated Use wharf.v1.DetachedConsumer.$Properties instead.
         */
        interface IDetachedConsumer extends wharf.v1.DetachedConsumer.$Properties {
        }

        /** Represents a DetachedConsumer. */
        class DetachedConsumer {

            /**
             * Constructs a new DetachedConsumer.
             * @param [properties] Properties to set
             */
            constructor(properties?: wharf.v1.DetachedConsumer.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DetachedConsumer consumerId. */
            consumerId: string;

            /** DetachedConsumer queue. */
            queue: number;

            /** DetachedConsumer reason. */
            reason: string;

            /**
             * Creates a new DetachedConsumer instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DetachedConsumer instance
             */
            static create(properties: wharf.v1.DetachedConsumer.$Shape): wharf.v1.DetachedConsumer & wharf.v1.DetachedConsumer.$Shape;
            static create(properties?: wharf.v1.DetachedConsumer.$Properties): wharf.v1.DetachedConsumer;

            /**
             * Encodes the specified DetachedConsumer message. Does not implicitly {@link wharf.v1.DetachedConsumer.verify|verify} messages.
             * @param message DetachedConsumer message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: wharf.v1.DetachedConsumer.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DetachedConsumer message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {wharf.v1.DetachedConsumer & wharf.v1.DetachedConsumer.$Shape} DetachedConsumer
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wharf.v1.DetachedConsumer & wharf.v1.DetachedConsumer.$Shape;
        }

        namespace DetachedConsumer {

            /** Properties of a DetachedConsumer. */
            interface $Properties {

                /** DetachedConsumer consumerId */
                consumerId?: (string|null);

                /** DetachedConsumer queue */
                queue?: (number|null);

                /** DetachedConsumer reason */
                reason?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DetachedConsumer. */
            type $Shape = wharf.v1.DetachedConsumer.$Properties;
        }

        /**
         * Properties of a DetachedBatch.
         * @deprecated Use wharf.v1.DetachedBatch.$Properties instead.
         */
        interface IDetachedBatch extends wharf.v1.DetachedBatch.$Properties {
        }

        /** Represents a DetachedBatch. */
        class DetachedBatch {

            /**
             * Constructs a new DetachedBatch.
             * @param [properties] Properties to set
             */
            constructor(properties?: wharf.v1.DetachedBatch.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DetachedBatch consumers. */
            consumers: wharf.v1.DetachedConsumer.$Properties[];

            /**
             * Creates a new DetachedBatch instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DetachedBatch instance
             */
            static create(properties: wharf.v1.DetachedBatch.$Shape): wharf.v1.DetachedBatch & wharf.v1.DetachedBatch.$Shape;
            static create(properties?: wharf.v1.DetachedBatch.$Properties): wharf.v1.DetachedBatch;

            /**
             * Encodes the specified DetachedBatch message. Does not implicitly {@link wharf.v1.DetachedBatch.verify|verify} messages.
             * @param message DetachedBatch message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: wharf.v1.DetachedBatch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DetachedBatch message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {wharf.v1.DetachedBatch & wharf.v1.DetachedBatch.$Shape} DetachedBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wharf.v1.DetachedBatch & wharf.v1.DetachedBatch.$Shape;
        }

        namespace DetachedBatch {

            /** Properties of a DetachedBatch. */
            interface $Properties {

                /** DetachedBatch consumers */
                consumers?: (wharf.v1.DetachedConsumer.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DetachedBatch. */
            type $Shape = wharf.v1.DetachedBatch.$Properties;
        }

        /**
         * Properties of a ConsumeEvent.
         * @deprecated Use wharf.v1.ConsumeEvent.$Properties instead.
         */
        interface IConsumeEvent extends wharf.v1.ConsumeEvent.$Properties {
        }

        /** Represents a ConsumeEvent. */
        class ConsumeEvent {

            /**
             * Constructs a new ConsumeEvent.
             * @param [properties] Properties to set
             */
            constructor(properties?: wharf.v1.ConsumeEvent.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ConsumeEvent attached. */
            attached?: (wharf.v1.AttachResult.$Properties|null);

            /** ConsumeEvent dispatches. */
            dispatches?: (wharf.v1.DispatchBatch.$Properties|null);

            /** ConsumeEvent detached. */
            detached?: (wharf.v1.DetachedBatch.$Properties|null);

            /** ConsumeEvent kind. */
            kind?: ("attached"|"dispatches"|"detached");

            /**
             * Creates a new ConsumeEvent instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ConsumeEvent instance
             */
            static create(properties: wharf.v1.ConsumeEvent.$Shape): wharf.v1.ConsumeEvent & wharf.v1.ConsumeEvent.$Shape;
            static create(properties?: wharf.v1.ConsumeEvent.$Properties): wharf.v1.ConsumeEvent;

            /**
             * Encodes the specified ConsumeEvent message. Does not implicitly {@link wharf.v1.ConsumeEvent.verify|verify} messages.
             * @param message ConsumeEvent message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: wharf.v1.ConsumeEvent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ConsumeEvent message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {wharf.v1.ConsumeEvent & wharf.v1.ConsumeEvent.$Shape} ConsumeEvent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wharf.v1.ConsumeEvent & wharf.v1.ConsumeEvent.$Shape;
        }

        namespace ConsumeEvent {

            /** Properties of a ConsumeEvent. */
            interface $Properties {

                /** ConsumeEvent attached */
                attached?: (wharf.v1.AttachResult.$Properties|null);

                /** ConsumeEvent dispatches */
                dispatches?: (wharf.v1.DispatchBatch.$Properties|null);

                /** ConsumeEvent detached */
                detached?: (wharf.v1.DetachedBatch.$Properties|null);

                /** ConsumeEvent kind */
                kind?: ("attached"|"dispatches"|"detached");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a ConsumeEvent. */
            type $Shape = {
              attached?: wharf.v1.AttachResult.$Shape|null;
              dispatches?: wharf.v1.DispatchBatch.$Shape|null;
              detached?: wharf.v1.DetachedBatch.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ kind?: undefined; attached?: null; dispatches?: null; detached?: null }|{ kind?: "attached"; attached: wharf.v1.AttachResult.$Shape; dispatches?: null; detached?: null }|{ kind?: "dispatches"; attached?: null; dispatches: wharf.v1.DispatchBatch.$Shape; detached?: null }|{ kind?: "detached"; attached?: null; dispatches?: null; detached: wharf.v1.DetachedBatch.$Shape })
            );
        }

        /**
         * Properties of an AppendBatch.
         * @deprecated Use wharf.v1.AppendBatch.$Properties instead.
         */
        interface IAppendBatch extends wharf.v1.AppendBatch.$Properties {
        }

        /** Represents an AppendBatch. */
        class AppendBatch {

            /**
             * Constructs a new AppendBatch.
             * @param [properties] Properties to set
             */
            constructor(properties?: wharf.v1.AppendBatch.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** AppendBatch id. */
            id: number;

            /** AppendBatch messages. */
            messages: wharf.v1.Message.$Properties[];

            /** AppendBatch calls. */
            calls: number[];

            /**
             * Creates a new AppendBatch instance using the specified properties.
             * @param [properties] Properties to set
             * @returns AppendBatch instance
             */
            static create(properties: wharf.v1.AppendBatch.$Shape): wharf.v1.AppendBatch & wharf.v1.AppendBatch.$Shape;
            static create(properties?: wharf.v1.AppendBatch.$Properties): wharf.v1.AppendBatch;

            /**
             * Encodes the specified AppendBatch message. Does not implicitly {@link wharf.v1.AppendBatch.verify|verify} messages.
             * @param message AppendBatch message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: wharf.v1.AppendBatch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AppendBatch message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {wharf.v1.AppendBatch & wharf.v1.AppendBatch.$Shape} AppendBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wharf.v1.AppendBatch & wharf.v1.AppendBatch.$Shape;
        }

        namespace AppendBatch {

            /** Properties of an AppendBatch. */
            interface $Properties {

                /** AppendBatch id */
                id?: (number|null);

                /** AppendBatch messages */
                messages?: (wharf.v1.Message.$Properties[]|null);

                /** AppendBatch calls */
                calls?: (number[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an AppendBatch. */
            type $Shape = wharf.v1.AppendBatch.$Properties;
        }

        /**
         * Properties of a CallError.
         * @deprecated Use wharf.v1.CallError.$Properties instead.
         */
        interface ICallError extends wharf.v1.CallError.$Properties {
        }

        /** Represents a CallError. */
        class CallError {

            /**
             * Constructs a new CallError.
             * @param [properties] Properties to set
             */
            constructor(properties?: wharf.v1.CallError.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** CallError call. */
            call: number;

            /** CallError code. */
            code: number;

            /** CallError message. */
            message: string;

            /** CallError name. */
            name: string;

            /**
             * Creates a new CallError instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CallError instance
             */
            static create(properties: wharf.v1.CallError.$Shape): wharf.v1.CallError & wharf.v1.CallError.$Shape;
            static create(properties?: wharf.v1.CallError.$Properties): wharf.v1.CallError;

            /**
             * Encodes the specified CallError message. Does not implicitly {@link wharf.v1.CallError.verify|verify} messages.
             * @param message CallError message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: wharf.v1.CallError.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CallError message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {wharf.v1.CallError & wharf.v1.CallError.$Shape} CallError
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wharf.v1.CallError & wharf.v1.CallError.$Shape;
        }

        namespace CallError {

            /** Properties of a CallError. */
            interface $Properties {

                /** CallError call */
                call?: (number|null);

                /** CallError code */
                code?: (number|null);

                /** CallError message */
                message?: (string|null);

                /** CallError name */
                name?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a CallError. */
            type $Shape = wharf.v1.CallError.$Properties;
        }

        /**
         * Properties of an AppendAck.
         * @deprecated Use wharf.v1.AppendAck.$Properties instead.
         */
        interface IAppendAck extends wharf.v1.AppendAck.$Properties {
        }

        /** Represents an AppendAck. */
        class AppendAck {

            /**
             * Constructs a new AppendAck.
             * @param [properties] Properties to set
             */
            constructor(properties?: wharf.v1.AppendAck.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** AppendAck id. */
            id: number;

            /** AppendAck logPositions. */
            logPositions: number[];

            /** AppendAck timestamps. */
            timestamps: number[];

            /** AppendAck errors. */
            errors: wharf.v1.CallError.$Properties[];

            /** AppendAck matched. */
            matched: boolean[];

            /** AppendAck refused. */
            refused: wharf.v1.RefusedMessage.$Properties[];

            /**
             * Creates a new AppendAck instance using the specified properties.
             * @param [properties] Properties to set
             * @returns AppendAck instance
             */
            static create(properties: wharf.v1.AppendAck.$Shape): wharf.v1.AppendAck & wharf.v1.AppendAck.$Shape;
            static create(properties?: wharf.v1.AppendAck.$Properties): wharf.v1.AppendAck;

            /**
             * Encodes the specified AppendAck message. Does not implicitly {@link wharf.v1.AppendAck.verify|verify} messages.
             * @param message AppendAck message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: wharf.v1.AppendAck.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AppendAck message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {wharf.v1.AppendAck & wharf.v1.AppendAck.$Shape} AppendAck
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wharf.v1.AppendAck & wharf.v1.AppendAck.$Shape;
        }

        namespace AppendAck {

            /** Properties of an AppendAck. */
            interface $Properties {

                /** AppendAck id */
                id?: (number|null);

                /** AppendAck logPositions */
                logPositions?: (number[]|null);

                /** AppendAck timestamps */
                timestamps?: (number[]|null);

                /** AppendAck errors */
                errors?: (wharf.v1.CallError.$Properties[]|null);

                /** AppendAck matched */
                matched?: (boolean[]|null);

                /** AppendAck refused */
                refused?: (wharf.v1.RefusedMessage.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an AppendAck. */
            type $Shape = wharf.v1.AppendAck.$Properties;
        }

        /**
         * Properties of a RefusedMessage.
         * @deprecated Use wharf.v1.RefusedMessage.$Properties instead.
         */
        interface IRefusedMessage extends wharf.v1.RefusedMessage.$Properties {
        }

        /** Represents a RefusedMessage. */
        class RefusedMessage {

            /**
             * Constructs a new RefusedMessage.
             * @param [properties] Properties to set
             */
            constructor(properties?: wharf.v1.RefusedMessage.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RefusedMessage index. */
            index: number;

            /** RefusedMessage reason. */
            reason: string;

            /**
             * Creates a new RefusedMessage instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RefusedMessage instance
             */
            static create(properties: wharf.v1.RefusedMessage.$Shape): wharf.v1.RefusedMessage & wharf.v1.RefusedMessage.$Shape;
            static create(properties?: wharf.v1.RefusedMessage.$Properties): wharf.v1.RefusedMessage;

            /**
             * Encodes the specified RefusedMessage message. Does not implicitly {@link wharf.v1.RefusedMessage.verify|verify} messages.
             * @param message RefusedMessage message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: wharf.v1.RefusedMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RefusedMessage message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {wharf.v1.RefusedMessage & wharf.v1.RefusedMessage.$Shape} RefusedMessage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wharf.v1.RefusedMessage & wharf.v1.RefusedMessage.$Shape;
        }

        namespace RefusedMessage {

            /** Properties of a RefusedMessage. */
            interface $Properties {

                /** RefusedMessage index */
                index?: (number|null);

                /** RefusedMessage reason */
                reason?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RefusedMessage. */
            type $Shape = wharf.v1.RefusedMessage.$Properties;
        }

        /**
         * Properties of a PullRequest.
         * @deprecated Use wharf.v1.PullRequest.$Properties instead.
         */
        interface IPullRequest extends wharf.v1.PullRequest.$Properties {
        }

        /** Represents a PullRequest. */
        class PullRequest {

            /**
             * Constructs a new PullRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: wharf.v1.PullRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PullRequest queueId. */
            queueId: number;

            /** PullRequest fromOffset. */
            fromOffset: number;

            /** PullRequest maxMessages. */
            maxMessages: number;

            /** PullRequest maxBytes. */
            maxBytes: number;

            /**
             * Creates a new PullRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PullRequest instance
             */
            static create(properties: wharf.v1.PullRequest.$Shape): wharf.v1.PullRequest & wharf.v1.PullRequest.$Shape;
            static create(properties?: wharf.v1.PullRequest.$Properties): wharf.v1.PullRequest;

            /**
             * Encodes the specified PullRequest message. Does not implicitly {@link wharf.v1.PullRequest.verify|verify} messages.
             * @param message PullRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: wharf.v1.PullRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PullRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {wharf.v1.PullRequest & wharf.v1.PullRequest.$Shape} PullRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wharf.v1.PullRequest & wharf.v1.PullRequest.$Shape;
        }

        namespace PullRequest {

            /** Properties of a PullRequest. */
            interface $Properties {

                /** PullRequest queueId */
                queueId?: (number|null);

                /** PullRequest fromOffset */
                fromOffset?: (number|null);

                /** PullRequest maxMessages */
                maxMessages?: (number|null);

                /** PullRequest maxBytes */
                maxBytes?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PullRequest. */
            type $Shape = wharf.v1.PullRequest.$Properties;
        }

        /**
         * Properties of a PullResponse.
         * @deprecated Use wharf.v1.PullResponse.$Properties instead.
         */
        interface IPullResponse extends wharf.v1.PullResponse.$Properties {
        }

        /** Represents a PullResponse. */
        class PullResponse {

            /**
             * Constructs a new PullResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: wharf.v1.PullResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PullResponse firstOffset. */
            firstOffset: number;

            /** PullResponse messages. */
            messages: wharf.v1.Message.$Properties[];

            /** PullResponse endOffset. */
            endOffset: number;

            /**
             * Creates a new PullResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PullResponse instance
             */
            static create(properties: wharf.v1.PullResponse.$Shape): wharf.v1.PullResponse & wharf.v1.PullResponse.$Shape;
            static create(properties?: wharf.v1.PullResponse.$Properties): wharf.v1.PullResponse;

            /**
             * Encodes the specified PullResponse message. Does not implicitly {@link wharf.v1.PullResponse.verify|verify} messages.
             * @param message PullResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: wharf.v1.PullResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PullResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {wharf.v1.PullResponse & wharf.v1.PullResponse.$Shape} PullResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wharf.v1.PullResponse & wharf.v1.PullResponse.$Shape;
        }

        namespace PullResponse {

            /** Properties of a PullResponse. */
            interface $Properties {

                /** PullResponse firstOffset */
                firstOffset?: (number|null);

                /** PullResponse messages */
                messages?: (wharf.v1.Message.$Properties[]|null);

                /** PullResponse endOffset */
                endOffset?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PullResponse. */
            type $Shape = wharf.v1.PullResponse.$Properties;
        }

        /**
         * Properties of a QueueRef.
         * @deprecated Use wharf.v1.QueueRef.$Properties instead.
         */
        interface IQueueRef extends wharf.v1.QueueRef.$Properties {
        }

        /** Represents a QueueRef. */
        class QueueRef {

            /**
             * Constructs a new QueueRef.
             * @param [properties] Properties to set
             */
            constructor(properties?: wharf.v1.QueueRef.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** QueueRef queueId. */
            queueId: number;

            /**
             * Creates a new QueueRef instance using the specified properties.
             * @param [properties] Properties to set
             * @returns QueueRef instance
             */
            static create(properties: wharf.v1.QueueRef.$Shape): wharf.v1.QueueRef & wharf.v1.QueueRef.$Shape;
            static create(properties?: wharf.v1.QueueRef.$Properties): wharf.v1.QueueRef;

            /**
             * Encodes the specified QueueRef message. Does not implicitly {@link wharf.v1.QueueRef.verify|verify} messages.
             * @param message QueueRef message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: wharf.v1.QueueRef.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a QueueRef message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {wharf.v1.QueueRef & wharf.v1.QueueRef.$Shape} QueueRef
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wharf.v1.QueueRef & wharf.v1.QueueRef.$Shape;
        }

        namespace QueueRef {

            /** Properties of a QueueRef. */
            interface $Properties {

                /** QueueRef queueId */
                queueId?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a QueueRef. */
            type $Shape = wharf.v1.QueueRef.$Properties;
        }

        /**
         * Properties of an Offset.
         * @deprecated Use wharf.v1.Offset.$Properties instead.
         */
        interface IOffset extends wharf.v1.Offset.$Properties {
        }

        /** Represents an Offset. */
        class Offset {

            /**
             * Constructs a new Offset.
             * @param [properties] Properties to set
             */
            constructor(properties?: wharf.v1.Offset.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Offset offset. */
            offset: number;

            /**
             * Creates a new Offset instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Offset instance
             */
            static create(properties: wharf.v1.Offset.$Shape): wharf.v1.Offset & wharf.v1.Offset.$Shape;
            static create(properties?: wharf.v1.Offset.$Properties): wharf.v1.Offset;

            /**
             * Encodes the specified Offset message. Does not implicitly {@link wharf.v1.Offset.verify|verify} messages.
             * @param message Offset message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: wharf.v1.Offset.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Offset message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {wharf.v1.Offset & wharf.v1.Offset.$Shape} Offset
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wharf.v1.Offset & wharf.v1.Offset.$Shape;
        }

        namespace Offset {

            /** Properties of an Offset. */
            interface $Properties {

                /** Offset offset */
                offset?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Offset. */
            type $Shape = wharf.v1.Offset.$Properties;
        }

        /**
         * Properties of a QueueRefs.
         * @deprecated Use wharf.v1.QueueRefs.$Properties instead.
         */
        interface IQueueRefs extends wharf.v1.QueueRefs.$Properties {
        }

        /** Represents a QueueRefs. */
        class QueueRefs {

            /**
             * Constructs a new QueueRefs.
             * @param [properties] Properties to set
             */
            constructor(properties?: wharf.v1.QueueRefs.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** QueueRefs queueIds. */
            queueIds: number[];

            /**
             * Creates a new QueueRefs instance using the specified properties.
             * @param [properties] Properties to set
             * @returns QueueRefs instance
             */
            static create(properties: wharf.v1.QueueRefs.$Shape): wharf.v1.QueueRefs & wharf.v1.QueueRefs.$Shape;
            static create(properties?: wharf.v1.QueueRefs.$Properties): wharf.v1.QueueRefs;

            /**
             * Encodes the specified QueueRefs message. Does not implicitly {@link wharf.v1.QueueRefs.verify|verify} messages.
             * @param message QueueRefs message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: wharf.v1.QueueRefs.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a QueueRefs message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {wharf.v1.QueueRefs & wharf.v1.QueueRefs.$Shape} QueueRefs
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wharf.v1.QueueRefs & wharf.v1.QueueRefs.$Shape;
        }

        namespace QueueRefs {

            /** Properties of a QueueRefs. */
            interface $Properties {

                /** QueueRefs queueIds */
                queueIds?: (number[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a QueueRefs. */
            type $Shape = wharf.v1.QueueRefs.$Properties;
        }

        /**
         * Properties of an Offsets.
         * @deprecated Use wharf.v1.Offsets.$Properties instead.
         */
        interface IOffsets extends wharf.v1.Offsets.$Properties {
        }

        /** Represents an Offsets. */
        class Offsets {

            /**
             * Constructs a new Offsets.
             * @param [properties] Properties to set
             */
            constructor(properties?: wharf.v1.Offsets.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Offsets offsets. */
            offsets: number[];

            /**
             * Creates a new Offsets instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Offsets instance
             */
            static create(properties: wharf.v1.Offsets.$Shape): wharf.v1.Offsets & wharf.v1.Offsets.$Shape;
            static create(properties?: wharf.v1.Offsets.$Properties): wharf.v1.Offsets;

            /**
             * Encodes the specified Offsets message. Does not implicitly {@link wharf.v1.Offsets.verify|verify} messages.
             * @param message Offsets message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: wharf.v1.Offsets.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Offsets message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {wharf.v1.Offsets & wharf.v1.Offsets.$Shape} Offsets
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wharf.v1.Offsets & wharf.v1.Offsets.$Shape;
        }

        namespace Offsets {

            /** Properties of an Offsets. */
            interface $Properties {

                /** Offsets offsets */
                offsets?: (number[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Offsets. */
            type $Shape = wharf.v1.Offsets.$Properties;
        }

        /**
         * Properties of a FilterRef.
         * @deprecated Use wharf.v1.FilterRef.$Properties instead.
         */
        interface IFilterRef extends wharf.v1.FilterRef.$Properties {
        }

        /** Represents a FilterRef. */
        class FilterRef {

            /**
             * Constructs a new FilterRef.
             * @param [properties] Properties to set
             */
            constructor(properties?: wharf.v1.FilterRef.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** FilterRef filter. */
            filter: string;

            /**
             * Creates a new FilterRef instance using the specified properties.
             * @param [properties] Properties to set
             * @returns FilterRef instance
             */
            static create(properties: wharf.v1.FilterRef.$Shape): wharf.v1.FilterRef & wharf.v1.FilterRef.$Shape;
            static create(properties?: wharf.v1.FilterRef.$Properties): wharf.v1.FilterRef;

            /**
             * Encodes the specified FilterRef message. Does not implicitly {@link wharf.v1.FilterRef.verify|verify} messages.
             * @param message FilterRef message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: wharf.v1.FilterRef.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a FilterRef message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {wharf.v1.FilterRef & wharf.v1.FilterRef.$Shape} FilterRef
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wharf.v1.FilterRef & wharf.v1.FilterRef.$Shape;
        }

        namespace FilterRef {

            /** Properties of a FilterRef. */
            interface $Properties {

                /** FilterRef filter */
                filter?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a FilterRef. */
            type $Shape = wharf.v1.FilterRef.$Properties;
        }

        /**
         * Properties of a FilterRegistration.
         * @deprecated Use wharf.v1.FilterRegistration.$Properties instead.
         */
        interface IFilterRegistration extends wharf.v1.FilterRegistration.$Properties {
        }

        /** Represents a FilterRegistration. */
        class FilterRegistration {

            /**
             * Constructs a new FilterRegistration.
             * @param [properties] Properties to set
             */
            constructor(properties?: wharf.v1.FilterRegistration.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** FilterRegistration queueId. */
            queueId: number;

            /** FilterRegistration endOffset. */
            endOffset: number;

            /**
             * Creates a new FilterRegistration instance using the specified properties.
             * @param [properties] Properties to set
             * @returns FilterRegistration instance
             */
            static create(properties: wharf.v1.FilterRegistration.$Shape): wharf.v1.FilterRegistration & wharf.v1.FilterRegistration.$Shape;
            static create(properties?: wharf.v1.FilterRegistration.$Properties): wharf.v1.FilterRegistration;

            /**
             * Encodes the specified FilterRegistration message. Does not implicitly {@link wharf.v1.FilterRegistration.verify|verify} messages.
             * @param message FilterRegistration message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: wharf.v1.FilterRegistration.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a FilterRegistration message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {wharf.v1.FilterRegistration & wharf.v1.FilterRegistration.$Shape} FilterRegistration
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wharf.v1.FilterRegistration & wharf.v1.FilterRegistration.$Shape;
        }

        namespace FilterRegistration {

            /** Properties of a FilterRegistration. */
            interface $Properties {

                /** FilterRegistration queueId */
                queueId?: (number|null);

                /** FilterRegistration endOffset */
                endOffset?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a FilterRegistration. */
            type $Shape = wharf.v1.FilterRegistration.$Properties;
        }

        /**
         * Properties of a MessageList.
         * @deprecated Use wharf.v1.MessageList.$Properties instead.
         */
        interface IMessageList extends wharf.v1.MessageList.$Properties {
        }

        /** Represents a MessageList. */
        class MessageList {

            /**
             * Constructs a new MessageList.
             * @param [properties] Properties to set
             */
            constructor(properties?: wharf.v1.MessageList.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** MessageList messages. */
            messages: wharf.v1.Message.$Properties[];

            /**
             * Creates a new MessageList instance using the specified properties.
             * @param [properties] Properties to set
             * @returns MessageList instance
             */
            static create(properties: wharf.v1.MessageList.$Shape): wharf.v1.MessageList & wharf.v1.MessageList.$Shape;
            static create(properties?: wharf.v1.MessageList.$Properties): wharf.v1.MessageList;

            /**
             * Encodes the specified MessageList message. Does not implicitly {@link wharf.v1.MessageList.verify|verify} messages.
             * @param message MessageList message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: wharf.v1.MessageList.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a MessageList message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {wharf.v1.MessageList & wharf.v1.MessageList.$Shape} MessageList
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wharf.v1.MessageList & wharf.v1.MessageList.$Shape;
        }

        namespace MessageList {

            /** Properties of a MessageList. */
            interface $Properties {

                /** MessageList messages */
                messages?: (wharf.v1.Message.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a MessageList. */
            type $Shape = wharf.v1.MessageList.$Properties;
        }

        /**
         * Properties of an OwnerRef.
         * @deprecated Use wharf.v1.OwnerRef.$Properties instead.
         */
        interface IOwnerRef extends wharf.v1.OwnerRef.$Properties {
        }

        /** Represents an OwnerRef. */
        class OwnerRef {

            /**
             * Constructs a new OwnerRef.
             * @param [properties] Properties to set
             */
            constructor(properties?: wharf.v1.OwnerRef.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** OwnerRef owner. */
            owner: string;

            /**
             * Creates a new OwnerRef instance using the specified properties.
             * @param [properties] Properties to set
             * @returns OwnerRef instance
             */
            static create(properties: wharf.v1.OwnerRef.$Shape): wharf.v1.OwnerRef & wharf.v1.OwnerRef.$Shape;
            static create(properties?: wharf.v1.OwnerRef.$Properties): wharf.v1.OwnerRef;

            /**
             * Encodes the specified OwnerRef message. Does not implicitly {@link wharf.v1.OwnerRef.verify|verify} messages.
             * @param message OwnerRef message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: wharf.v1.OwnerRef.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an OwnerRef message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {wharf.v1.OwnerRef & wharf.v1.OwnerRef.$Shape} OwnerRef
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wharf.v1.OwnerRef & wharf.v1.OwnerRef.$Shape;
        }

        namespace OwnerRef {

            /** Properties of an OwnerRef. */
            interface $Properties {

                /** OwnerRef owner */
                owner?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an OwnerRef. */
            type $Shape = wharf.v1.OwnerRef.$Properties;
        }

        /**
         * Properties of an OffsetEntry.
         * @deprecated Use wharf.v1.OffsetEntry.$Properties instead.
         */
        interface IOffsetEntry extends wharf.v1.OffsetEntry.$Properties {
        }

        /** Represents an OffsetEntry. */
        class OffsetEntry {

            /**
             * Constructs a new OffsetEntry.
             * @param [properties] Properties to set
             */
            constructor(properties?: wharf.v1.OffsetEntry.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** OffsetEntry queueId. */
            queueId: number;

            /** OffsetEntry offset. */
            offset: number;

            /**
             * Creates a new OffsetEntry instance using the specified properties.
             * @param [properties] Properties to set
             * @returns OffsetEntry instance
             */
            static create(properties: wharf.v1.OffsetEntry.$Shape): wharf.v1.OffsetEntry & wharf.v1.OffsetEntry.$Shape;
            static create(properties?: wharf.v1.OffsetEntry.$Properties): wharf.v1.OffsetEntry;

            /**
             * Encodes the specified OffsetEntry message. Does not implicitly {@link wharf.v1.OffsetEntry.verify|verify} messages.
             * @param message OffsetEntry message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: wharf.v1.OffsetEntry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an OffsetEntry message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {wharf.v1.OffsetEntry & wharf.v1.OffsetEntry.$Shape} OffsetEntry
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wharf.v1.OffsetEntry & wharf.v1.OffsetEntry.$Shape;
        }

        namespace OffsetEntry {

            /** Properties of an OffsetEntry. */
            interface $Properties {

                /** OffsetEntry queueId */
                queueId?: (number|null);

                /** OffsetEntry offset */
                offset?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an OffsetEntry. */
            type $Shape = wharf.v1.OffsetEntry.$Properties;
        }

        /**
         * Properties of an OffsetList.
         * @deprecated Use wharf.v1.OffsetList.$Properties instead.
         */
        interface IOffsetList extends wharf.v1.OffsetList.$Properties {
        }

        /** Represents an OffsetList. */
        class OffsetList {

            /**
             * Constructs a new OffsetList.
             * @param [properties] Properties to set
             */
            constructor(properties?: wharf.v1.OffsetList.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** OffsetList entries. */
            entries: wharf.v1.OffsetEntry.$Properties[];

            /**
             * Creates a new OffsetList instance using the specified properties.
             * @param [properties] Properties to set
             * @returns OffsetList instance
             */
            static create(properties: wharf.v1.OffsetList.$Shape): wharf.v1.OffsetList & wharf.v1.OffsetList.$Shape;
            static create(properties?: wharf.v1.OffsetList.$Properties): wharf.v1.OffsetList;

            /**
             * Encodes the specified OffsetList message. Does not implicitly {@link wharf.v1.OffsetList.verify|verify} messages.
             * @param message OffsetList message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: wharf.v1.OffsetList.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an OffsetList message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {wharf.v1.OffsetList & wharf.v1.OffsetList.$Shape} OffsetList
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wharf.v1.OffsetList & wharf.v1.OffsetList.$Shape;
        }

        namespace OffsetList {

            /** Properties of an OffsetList. */
            interface $Properties {

                /** OffsetList entries */
                entries?: (wharf.v1.OffsetEntry.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an OffsetList. */
            type $Shape = wharf.v1.OffsetList.$Properties;
        }

        /**
         * Properties of an OwnerOffsets.
         * @deprecated Use wharf.v1.OwnerOffsets.$Properties instead.
         */
        interface IOwnerOffsets extends wharf.v1.OwnerOffsets.$Properties {
        }

        /** Represents an OwnerOffsets. */
        class OwnerOffsets {

            /**
             * Constructs a new OwnerOffsets.
             * @param [properties] Properties to set
             */
            constructor(properties?: wharf.v1.OwnerOffsets.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** OwnerOffsets owner. */
            owner: string;

            /** OwnerOffsets entries. */
            entries: wharf.v1.OffsetEntry.$Properties[];

            /**
             * Creates a new OwnerOffsets instance using the specified properties.
             * @param [properties] Properties to set
             * @returns OwnerOffsets instance
             */
            static create(properties: wharf.v1.OwnerOffsets.$Shape): wharf.v1.OwnerOffsets & wharf.v1.OwnerOffsets.$Shape;
            static create(properties?: wharf.v1.OwnerOffsets.$Properties): wharf.v1.OwnerOffsets;

            /**
             * Encodes the specified OwnerOffsets message. Does not implicitly {@link wharf.v1.OwnerOffsets.verify|verify} messages.
             * @param message OwnerOffsets message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: wharf.v1.OwnerOffsets.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an OwnerOffsets message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {wharf.v1.OwnerOffsets & wharf.v1.OwnerOffsets.$Shape} OwnerOffsets
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wharf.v1.OwnerOffsets & wharf.v1.OwnerOffsets.$Shape;
        }

        namespace OwnerOffsets {

            /** Properties of an OwnerOffsets. */
            interface $Properties {

                /** OwnerOffsets owner */
                owner?: (string|null);

                /** OwnerOffsets entries */
                entries?: (wharf.v1.OffsetEntry.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an OwnerOffsets. */
            type $Shape = wharf.v1.OwnerOffsets.$Properties;
        }

        /**
         * Properties of a SaveOffsetsRequest.
         * @deprecated Use wharf.v1.SaveOffsetsRequest.$Properties instead.
         */
        interface ISaveOffsetsRequest extends wharf.v1.SaveOffsetsRequest.$Properties {
        }

        /** Represents a SaveOffsetsRequest. */
        class SaveOffsetsRequest {

            /**
             * Constructs a new SaveOffsetsRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: wharf.v1.SaveOffsetsRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SaveOffsetsRequest batch. */
            batch: wharf.v1.OwnerOffsets.$Properties[];

            /**
             * Creates a new SaveOffsetsRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SaveOffsetsRequest instance
             */
            static create(properties: wharf.v1.SaveOffsetsRequest.$Shape): wharf.v1.SaveOffsetsRequest & wharf.v1.SaveOffsetsRequest.$Shape;
            static create(properties?: wharf.v1.SaveOffsetsRequest.$Properties): wharf.v1.SaveOffsetsRequest;

            /**
             * Encodes the specified SaveOffsetsRequest message. Does not implicitly {@link wharf.v1.SaveOffsetsRequest.verify|verify} messages.
             * @param message SaveOffsetsRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: wharf.v1.SaveOffsetsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SaveOffsetsRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {wharf.v1.SaveOffsetsRequest & wharf.v1.SaveOffsetsRequest.$Shape} SaveOffsetsRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wharf.v1.SaveOffsetsRequest & wharf.v1.SaveOffsetsRequest.$Shape;
        }

        namespace SaveOffsetsRequest {

            /** Properties of a SaveOffsetsRequest. */
            interface $Properties {

                /** SaveOffsetsRequest batch */
                batch?: (wharf.v1.OwnerOffsets.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SaveOffsetsRequest. */
            type $Shape = wharf.v1.SaveOffsetsRequest.$Properties;
        }

        /**
         * Properties of a MetaKey.
         * @deprecated Use wharf.v1.MetaKey.$Properties instead.
         */
        interface IMetaKey extends wharf.v1.MetaKey.$Properties {
        }

        /** Represents a MetaKey. */
        class MetaKey {

            /**
             * Constructs a new MetaKey.
             * @param [properties] Properties to set
             */
            constructor(properties?: wharf.v1.MetaKey.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** MetaKey key. */
            key: string;

            /**
             * Creates a new MetaKey instance using the specified properties.
             * @param [properties] Properties to set
             * @returns MetaKey instance
             */
            static create(properties: wharf.v1.MetaKey.$Shape): wharf.v1.MetaKey & wharf.v1.MetaKey.$Shape;
            static create(properties?: wharf.v1.MetaKey.$Properties): wharf.v1.MetaKey;

            /**
             * Encodes the specified MetaKey message. Does not implicitly {@link wharf.v1.MetaKey.verify|verify} messages.
             * @param message MetaKey message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: wharf.v1.MetaKey.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a MetaKey message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {wharf.v1.MetaKey & wharf.v1.MetaKey.$Shape} MetaKey
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wharf.v1.MetaKey & wharf.v1.MetaKey.$Shape;
        }

        namespace MetaKey {

            /** Properties of a MetaKey. */
            interface $Properties {

                /** MetaKey key */
                key?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a MetaKey. */
            type $Shape = wharf.v1.MetaKey.$Properties;
        }

        /**
         * Properties of a MetaValue.
         * @deprecated Use wharf.v1.MetaValue.$Properties instead.
         */
        interface IMetaValue extends wharf.v1.MetaValue.$Properties {
        }

        /** Represents a MetaValue. */
        class MetaValue {

            /**
             * Constructs a new MetaValue.
             * @param [properties] Properties to set
             */
            constructor(properties?: wharf.v1.MetaValue.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** MetaValue found. */
            found: boolean;

            /** MetaValue value. */
            value: Uint8Array;

            /**
             * Creates a new MetaValue instance using the specified properties.
             * @param [properties] Properties to set
             * @returns MetaValue instance
             */
            static create(properties: wharf.v1.MetaValue.$Shape): wharf.v1.MetaValue & wharf.v1.MetaValue.$Shape;
            static create(properties?: wharf.v1.MetaValue.$Properties): wharf.v1.MetaValue;

            /**
             * Encodes the specified MetaValue message. Does not implicitly {@link wharf.v1.MetaValue.verify|verify} messages.
             * @param message MetaValue message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: wharf.v1.MetaValue.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a MetaValue message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {wharf.v1.MetaValue & wharf.v1.MetaValue.$Shape} MetaValue
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wharf.v1.MetaValue & wharf.v1.MetaValue.$Shape;
        }

        namespace MetaValue {

            /** Properties of a MetaValue. */
            interface $Properties {

                /** MetaValue found */
                found?: (boolean|null);

                /** MetaValue value */
                value?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a MetaValue. */
            type $Shape = wharf.v1.MetaValue.$Properties;
        }

        /**
         * Properties of a MetaEntry.
         * @deprecated Use wharf.v1.MetaEntry.$Properties instead.
         */
        interface IMetaEntry extends wharf.v1.MetaEntry.$Properties {
        }

        /** Represents a MetaEntry. */
        class MetaEntry {

            /**
             * Constructs a new MetaEntry.
             * @param [properties] Properties to set
             */
            constructor(properties?: wharf.v1.MetaEntry.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** MetaEntry key. */
            key: string;

            /** MetaEntry value. */
            value: Uint8Array;

            /** MetaEntry present. */
            present: boolean;

            /**
             * Creates a new MetaEntry instance using the specified properties.
             * @param [properties] Properties to set
             * @returns MetaEntry instance
             */
            static create(properties: wharf.v1.MetaEntry.$Shape): wharf.v1.MetaEntry & wharf.v1.MetaEntry.$Shape;
            static create(properties?: wharf.v1.MetaEntry.$Properties): wharf.v1.MetaEntry;

            /**
             * Encodes the specified MetaEntry message. Does not implicitly {@link wharf.v1.MetaEntry.verify|verify} messages.
             * @param message MetaEntry message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: wharf.v1.MetaEntry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a MetaEntry message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {wharf.v1.MetaEntry & wharf.v1.MetaEntry.$Shape} MetaEntry
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wharf.v1.MetaEntry & wharf.v1.MetaEntry.$Shape;
        }

        namespace MetaEntry {

            /** Properties of a MetaEntry. */
            interface $Properties {

                /** MetaEntry key */
                key?: (string|null);

                /** MetaEntry value */
                value?: (Uint8Array|null);

                /** MetaEntry present */
                present?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a MetaEntry. */
            type $Shape = wharf.v1.MetaEntry.$Properties;
        }

        /**
         * Properties of a MetaList.
         * @deprecated Use wharf.v1.MetaList.$Properties instead.
         */
        interface IMetaList extends wharf.v1.MetaList.$Properties {
        }

        /** Represents a MetaList. */
        class MetaList {

            /**
             * Constructs a new MetaList.
             * @param [properties] Properties to set
             */
            constructor(properties?: wharf.v1.MetaList.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** MetaList entries. */
            entries: wharf.v1.MetaEntry.$Properties[];

            /**
             * Creates a new MetaList instance using the specified properties.
             * @param [properties] Properties to set
             * @returns MetaList instance
             */
            static create(properties: wharf.v1.MetaList.$Shape): wharf.v1.MetaList & wharf.v1.MetaList.$Shape;
            static create(properties?: wharf.v1.MetaList.$Properties): wharf.v1.MetaList;

            /**
             * Encodes the specified MetaList message. Does not implicitly {@link wharf.v1.MetaList.verify|verify} messages.
             * @param message MetaList message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: wharf.v1.MetaList.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a MetaList message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {wharf.v1.MetaList & wharf.v1.MetaList.$Shape} MetaList
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wharf.v1.MetaList & wharf.v1.MetaList.$Shape;
        }

        namespace MetaList {

            /** Properties of a MetaList. */
            interface $Properties {

                /** MetaList entries */
                entries?: (wharf.v1.MetaEntry.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a MetaList. */
            type $Shape = wharf.v1.MetaList.$Properties;
        }

        /**
         * Properties of a PutMetaRequest.
         * @deprecated Use wharf.v1.PutMetaRequest.$Properties instead.
         */
        interface IPutMetaRequest extends wharf.v1.PutMetaRequest.$Properties {
        }

        /** Represents a PutMetaRequest. */
        class PutMetaRequest {

            /**
             * Constructs a new PutMetaRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: wharf.v1.PutMetaRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PutMetaRequest batch. */
            batch: wharf.v1.MetaEntry.$Properties[];

            /**
             * Creates a new PutMetaRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PutMetaRequest instance
             */
            static create(properties: wharf.v1.PutMetaRequest.$Shape): wharf.v1.PutMetaRequest & wharf.v1.PutMetaRequest.$Shape;
            static create(properties?: wharf.v1.PutMetaRequest.$Properties): wharf.v1.PutMetaRequest;

            /**
             * Encodes the specified PutMetaRequest message. Does not implicitly {@link wharf.v1.PutMetaRequest.verify|verify} messages.
             * @param message PutMetaRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: wharf.v1.PutMetaRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PutMetaRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {wharf.v1.PutMetaRequest & wharf.v1.PutMetaRequest.$Shape} PutMetaRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wharf.v1.PutMetaRequest & wharf.v1.PutMetaRequest.$Shape;
        }

        namespace PutMetaRequest {

            /** Properties of a PutMetaRequest. */
            interface $Properties {

                /** PutMetaRequest batch */
                batch?: (wharf.v1.MetaEntry.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PutMetaRequest. */
            type $Shape = wharf.v1.PutMetaRequest.$Properties;
        }

        /**
         * Properties of a QueueAdvanced.
         * @deprecated Use wharf.v1.QueueAdvanced.$Properties instead.
         */
        interface IQueueAdvanced extends wharf.v1.QueueAdvanced.$Properties {
        }

        /** Represents a QueueAdvanced. */
        class QueueAdvanced {

            /**
             * Constructs a new QueueAdvanced.
             * @param [properties] Properties to set
             */
            constructor(properties?: wharf.v1.QueueAdvanced.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** QueueAdvanced queueId. */
            queueId: number;

            /** QueueAdvanced endOffset. */
            endOffset: number;

            /** QueueAdvanced inline. */
            inline: wharf.v1.Message.$Properties[];

            /**
             * Creates a new QueueAdvanced instance using the specified properties.
             * @param [properties] Properties to set
             * @returns QueueAdvanced instance
             */
            static create(properties: wharf.v1.QueueAdvanced.$Shape): wharf.v1.QueueAdvanced & wharf.v1.QueueAdvanced.$Shape;
            static create(properties?: wharf.v1.QueueAdvanced.$Properties): wharf.v1.QueueAdvanced;

            /**
             * Encodes the specified QueueAdvanced message. Does not implicitly {@link wharf.v1.QueueAdvanced.verify|verify} messages.
             * @param message QueueAdvanced message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: wharf.v1.QueueAdvanced.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a QueueAdvanced message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {wharf.v1.QueueAdvanced & wharf.v1.QueueAdvanced.$Shape} QueueAdvanced
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wharf.v1.QueueAdvanced & wharf.v1.QueueAdvanced.$Shape;
        }

        namespace QueueAdvanced {

            /** Properties of a QueueAdvanced. */
            interface $Properties {

                /** QueueAdvanced queueId */
                queueId?: (number|null);

                /** QueueAdvanced endOffset */
                endOffset?: (number|null);

                /** QueueAdvanced inline */
                inline?: (wharf.v1.Message.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a QueueAdvanced. */
            type $Shape = wharf.v1.QueueAdvanced.$Properties;
        }

        /**
         * Properties of an AdvanceBatch.
         * @deprecated Use wharf.v1.AdvanceBatch.$Properties instead.
         */
        interface IAdvanceBatch extends wharf.v1.AdvanceBatch.$Properties {
        }

        /** Represents an AdvanceBatch. */
        class AdvanceBatch {

            /**
             * Constructs a new AdvanceBatch.
             * @param [properties] Properties to set
             */
            constructor(properties?: wharf.v1.AdvanceBatch.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** AdvanceBatch events. */
            events: wharf.v1.QueueAdvanced.$Properties[];

            /** AdvanceBatch interestApplied. */
            interestApplied: number;

            /** AdvanceBatch resync. */
            resync: boolean;

            /**
             * Creates a new AdvanceBatch instance using the specified properties.
             * @param [properties] Properties to set
             * @returns AdvanceBatch instance
             */
            static create(properties: wharf.v1.AdvanceBatch.$Shape): wharf.v1.AdvanceBatch & wharf.v1.AdvanceBatch.$Shape;
            static create(properties?: wharf.v1.AdvanceBatch.$Properties): wharf.v1.AdvanceBatch;

            /**
             * Encodes the specified AdvanceBatch message. Does not implicitly {@link wharf.v1.AdvanceBatch.verify|verify} messages.
             * @param message AdvanceBatch message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: wharf.v1.AdvanceBatch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AdvanceBatch message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {wharf.v1.AdvanceBatch & wharf.v1.AdvanceBatch.$Shape} AdvanceBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wharf.v1.AdvanceBatch & wharf.v1.AdvanceBatch.$Shape;
        }

        namespace AdvanceBatch {

            /** Properties of an AdvanceBatch. */
            interface $Properties {

                /** AdvanceBatch events */
                events?: (wharf.v1.QueueAdvanced.$Properties[]|null);

                /** AdvanceBatch interestApplied */
                interestApplied?: (number|null);

                /** AdvanceBatch resync */
                resync?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an AdvanceBatch. */
            type $Shape = wharf.v1.AdvanceBatch.$Properties;
        }

        /**
         * Properties of an Interest.
         * @deprecated Use wharf.v1.Interest.$Properties instead.
         */
        interface IInterest extends wharf.v1.Interest.$Properties {
        }

        /** Represents an Interest. */
        class Interest {

            /**
             * Constructs a new Interest.
             * @param [properties] Properties to set
             */
            constructor(properties?: wharf.v1.Interest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Interest seq. */
            seq: number;

            /** Interest add. */
            add: number[];

            /** Interest remove. */
            remove: number[];

            /**
             * Creates a new Interest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Interest instance
             */
            static create(properties: wharf.v1.Interest.$Shape): wharf.v1.Interest & wharf.v1.Interest.$Shape;
            static create(properties?: wharf.v1.Interest.$Properties): wharf.v1.Interest;

            /**
             * Encodes the specified Interest message. Does not implicitly {@link wharf.v1.Interest.verify|verify} messages.
             * @param message Interest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: wharf.v1.Interest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Interest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {wharf.v1.Interest & wharf.v1.Interest.$Shape} Interest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wharf.v1.Interest & wharf.v1.Interest.$Shape;
        }

        namespace Interest {

            /** Properties of an Interest. */
            interface $Properties {

                /** Interest seq */
                seq?: (number|null);

                /** Interest add */
                add?: (number[]|null);

                /** Interest remove */
                remove?: (number[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Interest. */
            type $Shape = wharf.v1.Interest.$Properties;
        }
    }
}
