package org.cseriskrecord.events.census;

import java.util.Arrays;
import java.util.Optional;

/**
 * A value of one of the Department for Education's Children in Need (CIN) census code lists: the code as the census
 * writes it, and its description. Events carry the code; the practitioner's own words stay beside it in free text.
 */
public interface CensusCode {

    /** The census code, e.g. {@code WBRI}, {@code 2} or {@code LD}: the constant's name unless the list says otherwise. */
    default String code() {
        return ((Enum<?>) this).name();
    }

    /** The census description, e.g. "White British". */
    String label();

    /** The value of a code list with this code, if it is one. */
    static <T extends Enum<T> & CensusCode> Optional<T> byCode(Class<T> list, String code) {
        return Arrays.stream(list.getEnumConstants()).filter(value -> value.code().equals(code)).findFirst();
    }

    /** The codes of a list, in its order, e.g. for an error message. */
    static <T extends Enum<T> & CensusCode> String codes(Class<T> list) {
        return String.join(", ", Arrays.stream(list.getEnumConstants()).map(CensusCode::code).toList());
    }
}
