package org.cseriskrecord.command.casefile.model;

import org.cseriskrecord.events.ChildDetails;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** What the child details must satisfy, and which fields a correction changed. */
final class ChildDetailsRules {
    static final Set<String> MISSING_VALUES = Set.of("NOT_MISSING", "CURRENTLY_MISSING", "REGULARLY_GOES_MISSING");
    static final Set<String> PARTICIPANTS = Set.of("CHILD", "PARENT", "CARER");

    private ChildDetailsRules() {
    }

    static void requireValid(ChildDetails child, LocalDate today) {
        List<String> problems = new ArrayList<>();
        if (child == null) {
            throw CaseRuleException.invalid("The child's details are required.");
        }
        if (child.name() == null || child.name().isBlank()) {
            problems.add("The child's name is required.");
        }
        if (child.dateOfBirth() == null) {
            problems.add("The child's date of birth is required.");
        } else if (child.dateOfBirth().isAfter(today)) {
            problems.add("The child's date of birth cannot be in the future.");
        } else if (child.dateOfBirth().isBefore(today.minusYears(25))) {
            problems.add("The child's date of birth is more than 25 years ago; this record is for children and young people.");
        }
        if (child.missing() != null && !MISSING_VALUES.contains(child.missing())) {
            problems.add("'missing' must be one of NOT_MISSING, CURRENTLY_MISSING, REGULARLY_GOES_MISSING.");
        }
        for (var participant : child.participation()) {
            if (!PARTICIPANTS.contains(participant)) {
                problems.add("'participation' may contain only CHILD, PARENT and CARER.");
                break;
            }
        }
        if (child.hasDisability() && (child.disabilityDetails() == null || child.disabilityDetails().isBlank())) {
            problems.add("Please specify the child's disability (the form asks: if yes please specify).");
        }
        if (!problems.isEmpty()) {
            throw new CaseRuleException(CaseRuleException.Kind.INVALID, String.join(" ", problems), problems);
        }
    }

    /** Names of the fields whose values differ, in the order the form lists them. */
    static List<String> changedFields(ChildDetails before, ChildDetails after) {
        List<String> changed = new ArrayList<>();
        for (RecordComponent component : ChildDetails.class.getRecordComponents()) {
            try {
                var a = component.getAccessor().invoke(before);
                var b = component.getAccessor().invoke(after);
                if (!Objects.equals(a, b)) {
                    changed.add(component.getName());
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return changed;
    }
}
