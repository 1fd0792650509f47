package org.cseriskrecord.events;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a field of the event contract that holds personal data (about the child, a professional, a third party)
 * or free text that may contain it. These are the fields that per-case encryption will cover, so that erasing a
 * case's key erases them from every stored event and every copy on the topic. Keep personal data only in fields
 * marked so; {@code EventContractTest} checks that free-text fields are marked.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.TYPE})
public @interface PersonalData {
    /** Whose data it is, for the record of processing. */
    String value();
}
