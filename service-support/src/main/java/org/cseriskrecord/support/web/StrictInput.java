package org.cseriskrecord.support.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * What the services accept in a request body, defined once (docs/adr/105-strict-input.md). A value of the wrong JSON
 * type is refused, never converted: {@code "text": 123} is not the text "123", {@code "yes"} is not {@code true}, a
 * number is not a date. A field the request does not have is refused rather than silently dropped (the client meant
 * something by it). Text may hold tab, line feed and carriage return (free text has paragraphs) but no other control
 * character, nor a lone surrogate: they are invisible on a page, break printing and exports, and PostgreSQL cannot
 * store NUL in text. The body is at most {@link #MAX_BODY_BYTES}: the largest real request (a case with every free-text
 * field full) is well under it.
 * <p>
 * Only request bodies are read this strictly: events and access-log records on the wire stay tolerant of fields a
 * later revision adds ({@code EventJson}).
 */
public final class StrictInput {

    /** 1 MiB: the largest request a form can make is a few hundred kilobytes. */
    public static final int MAX_BODY_BYTES = 1024 * 1024;

    /** The sentence a person reads when text holds a character it may not. */
    public static final String CONTROL_CHARACTER_MESSAGE =
            "must not contain control characters (tabs and line breaks are allowed)";

    private StrictInput() {
    }

    /** Whether text in a request may hold this code point. */
    public static boolean allowedInText(int codePoint) {
        if (codePoint == '\t' || codePoint == '\n' || codePoint == '\r') {
            return true;
        }
        if (codePoint < 0x20 || (codePoint >= 0x7f && codePoint <= 0x9f)) {
            return false; // C0 controls, DEL and C1 controls
        }
        return !Character.isSurrogate((char) codePoint) || codePoint > 0xffff;
    }

    /** The index of the first character text may not hold, or -1. */
    public static int firstDisallowed(String text) {
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            if (!allowedInText(codePoint)) {
                return i;
            }
            i += Character.charCount(codePoint);
        }
        return -1;
    }

    /** A copy of the service's mapper that reads request bodies strictly (writing is unchanged). */
    public static ObjectMapper forRequests(ObjectMapper base) {
        var mapper = base.copy();
        mapper.disable(MapperFeature.ALLOW_COERCION_OF_SCALARS);
        mapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
                DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
                DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS,
                DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
                DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
        mapper.disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY,
                DeserializationFeature.UNWRAP_SINGLE_VALUE_ARRAYS,
                DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        // Scalar coercion off does not cover text: numbers and booleans would still become strings.
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.registerModule(new SimpleModule("strict-input")
                .addDeserializer(String.class, new TextDeserializer())
                .addDeserializer(LocalDate.class, new DateDeserializer()));
        return mapper;
    }

    /** Text as Jackson reads it (with the coercion rules above), then refused if it holds a disallowed character. */
    static final class TextDeserializer extends StdScalarDeserializer<String> {
        TextDeserializer() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = StringDeserializer.instance.deserialize(parser, context);
            if (text != null && firstDisallowed(text) >= 0) {
                throw new DisallowedCharacterException(parser);
            }
            return text;
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.Textual;
        }
    }

    /** A date is ISO text (YYYY-MM-DD) and a real date: never a number of days or an array of numbers. */
    static final class DateDeserializer extends StdScalarDeserializer<LocalDate> {
        DateDeserializer() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return (LocalDate) context.handleUnexpectedToken(LocalDate.class, parser);
            }
            var text = parser.getText();
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                return (LocalDate) context.handleWeirdStringValue(LocalDate.class, text, "must be a date as YYYY-MM-DD");
            }
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.DateTime;
        }
    }

    /** Text with a character it may not hold; the message never repeats the text. */
    public static final class DisallowedCharacterException extends MismatchedInputException {
        DisallowedCharacterException(JsonParser parser) {
            super(parser, CONTROL_CHARACTER_MESSAGE, String.class);
        }
    }
}
