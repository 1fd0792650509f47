package org.cseriskrecord.web.assessments;

import org.cseriskrecord.web.pages.FormErrors;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns command-service's unmet requirements (sentences, as {@code CaseRecord} and the risk model's judgement check
 * word them) into the error summary of the check-answers page: each sentence as the service gave it, linking to the
 * page and the field that puts it right. A sentence this does not recognise links to the task list.
 */
final class UnmetRequirements {

    /** The first label the sentence quotes, between “ and ”. */
    private static final Pattern QUOTED = Pattern.compile("\u201c([^\u201d]+)\u201d");

    private UnmetRequirements() {
    }

    static FormErrors of(List<String> unmet, AssessmentView view) {
        var errors = FormErrors.none();
        String base = AssessmentPages.base(view.caseId(), view.assessmentId());
        for (String requirement : unmet) {
            errors.link(base + where(requirement, view), requirement);
        }
        return errors;
    }

    /** The page (below the task list) and the field of the form there that puts this requirement right. */
    static String where(String requirement, AssessmentView view) {
        if (requirement.contains("learning difficulty is recorded as")) {
            return "/learning-difficulty#learningDifficulty";
        }
        if (requirement.startsWith("Confirm or withdraw") || requirement.startsWith("Evidence the")) {
            var quoted = QUOTED.matcher(requirement);
            if (quoted.find()) {
                var item = view.itemLabelled(quoted.group(1));
                if (item.isPresent()) {
                    var i = item.get();
                    return "/sections/" + i.section() + "#"
                            + (requirement.startsWith("Evidence") ? i.evidenceField() : i.fieldId());
                }
            }
            return "";
        }
        if (requirement.contains("rationale")) {
            return "/analysis#rationale";
        }
        if (requirement.contains("analysis")) {
            return "/analysis#analysis";
        }
        if (requirement.contains("level") || requirement.contains("assess")) {
            return "/analysis#assessedLevel";
        }
        return "";
    }
}
