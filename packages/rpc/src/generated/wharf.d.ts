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

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an AppendAck. */
            type $Shape = wharf.v1.AppendAck.$Properties;
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
