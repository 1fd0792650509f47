package org.cseriskrecord.command.casefile.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import org.cseriskrecord.riskmodel.Answer;
import org.springframework.boot.jackson.JsonComponent;

import java.io.IOException;

/**
 * Reads an answer that may not be known: {@code "YES"}, {@code "NO"} or {@code "NOT_KNOWN"}, and, as the API has
 * always accepted for the learning difficulty and the child protection plan, JSON {@code true} (YES) and
 * {@code false} (NO). Anything else is refused, never guessed.
 */
@JsonComponent
class AnswerJson extends JsonDeserializer<Answer> {

    @Override
    public Answer deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (parser.currentToken() == JsonToken.VALUE_TRUE || parser.currentToken() == JsonToken.VALUE_FALSE) {
            return Answer.of(parser.getBooleanValue());
        }
        if (parser.currentToken() == JsonToken.VALUE_STRING) {
            var text = parser.getText();
            for (Answer answer : Answer.values()) {
                if (answer.name().equals(text)) {
                    return answer;
                }
            }
        }
        // The message names the accepted values, never the value sent (it may be personal data).
        return (Answer) context.handleWeirdStringValue(Answer.class, "?", "must be YES, NO or NOT_KNOWN");
    }
}
