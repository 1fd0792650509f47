package org.cseriskrecord.events;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The stable wire name and revision of an event. Stored events and the Kafka topic refer to events by these,
 * never by the Java class name, so classes can be renamed or moved without breaking what is stored.
 * A change of shape that old readers cannot tolerate gets a new revision and an {@link EventUpcaster}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface EventType {
    String name();

    int revision();
}
