package org.cseriskrecord.support.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Request bodies are read as sent: no value converted to another type, no field dropped, no hidden characters. */
class StrictInputTest {

    record Evidence(String text, Boolean confirmed, LocalDate observedOn, List<String> places, Integer count) {
    }

    /** As Spring Boot builds the service's mapper (dates as text, unknown fields tolerated). */
    private final ObjectMapper base = Jackson2ObjectMapperBuilder.json().build();
    private final ObjectMapper strict = StrictInput.forRequests(base);

    private Evidence read(String json) throws Exception {
        return strict.readValue(json.replace('\'', '"'), Evidence.class);
    }

    @Test
    void a_body_of_the_documented_shape_is_read_as_sent() throws Exception {
        var read = read("{'text':'Seen\\tat the station\\r\\nagain 😟','confirmed':true,'observedOn':'2026-11-01',"
                + "'places':['Park'],'count':2}");
        assertThat(read).isEqualTo(new Evidence("Seen\tat the station\r\nagain 😟", true, LocalDate.of(2026, 11, 1),
                List.of("Park"), 2));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{'text':123}", "{'text':12.5}", "{'text':true}", "{'text':{}}", "{'text':['a']}",
            "{'confirmed':'true'}", "{'confirmed':1}", "{'observedOn':20261101}", "{'observedOn':[2026,11,1]}",
            "{'observedOn':1.5}", "{'places':'Park'}", "{'places':{'a':'Park'}}", "{'places':[1]}",
            "{'count':'2'}", "{'count':2.5}", "{'count':true}"})
    void a_value_of_the_wrong_type_is_refused_not_converted(String json) {
        assertThatThrownBy(() -> read(json)).isInstanceOf(MismatchedInputException.class)
                .satisfies(e -> assertThat(((MismatchedInputException) e).getPath()).isNotEmpty());
    }

    @Test
    void a_field_the_request_does_not_have_is_refused_by_the_strict_reader_only() throws Exception {
        assertThatThrownBy(() -> read("{'text':'x','txet':'y'}")).isInstanceOf(UnrecognizedPropertyException.class);
        assertThat(base.readValue("{\"text\":\"x\",\"txet\":\"y\"}", Evidence.class).text()).isEqualTo("x");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\\u0000", "\\u0007", "\\u001b", "\\u007f", "\\u0085", "\\ud800", "\\udfff"})
    void control_characters_and_lone_surrogates_are_refused_in_text(String escape) {
        assertThatThrownBy(() -> read("{'text':'a" + escape + "b'}"))
                .isInstanceOf(StrictInput.DisallowedCharacterException.class)
                .hasMessageNotContaining("a" + escape + "b");
        assertThatThrownBy(() -> read("{'places':['a" + escape + "']}"))
                .isInstanceOf(StrictInput.DisallowedCharacterException.class);
    }

    @Test
    void the_same_key_twice_is_refused() {
        assertThatThrownBy(() -> read("{'text':'a','text':'b'}")).isInstanceOf(Exception.class);
    }
}
