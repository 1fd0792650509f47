package org.cseriskrecord.command.casefile.model;

import org.cseriskrecord.events.ChildDetails;
import org.cseriskrecord.events.census.CensusDisability;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The case's rules about the child's details, and which fields a correction changed. The details' shape (required
 * fields, sizes, code lists, answers) is checked where requests come in; what is left here depends on the date or
 * on several fields together.
 */
final class ChildDetailsRules {

    private ChildDetailsRules() {
    }

    static void requireValid(ChildDetails child, LocalDate today) {
        if (child == null || child.dateOfBirth() == null) {
            throw CaseRuleException.invalid("The child's details, with a date of birth, are required.");
        }
        List<String> problems = new ArrayList<>();
        if (child.dateOfBirth().isAfter(today)) {
            problems.add("The child's date of birth cannot be in the future.");
        } else if (child.dateOfBirth().isBefore(today.minusYears(25))) {
            problems.add("The child's date of birth is more than 25 years ago; this record is for children and young people.");
        }
        if (child.hasDisability() && (child.disabilityDetails() == null || child.disabilityDetails().isBlank())) {
            problems.add("Please specify the child's disability (the form asks: if yes please specify).");
        }
        var none = CensusDisability.NONE.code();
        if (child.disabilityCodes().contains(none) && child.disabilityCodes().size() > 1) {
            problems.add("The census disability code NONE (no disability) cannot be given with other disability codes.");
        }
        if (child.hasDisability() && child.disabilityCodes().contains(none)) {
            problems.add("The child is recorded as having a disability, so the census disability code cannot be NONE.");
        }
        if (!child.hasDisability() && child.disabilityCodes().stream().anyMatch(code -> !none.equals(code))) {
            problems.add("Census disability codes other than NONE are given, but the child is not recorded as having "
                    + "a disability; please say yes and specify it.");
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
