package org.cseriskrecord.web.pages;

import org.cseriskrecord.web.api.ApiProblem;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What is wrong with a submitted form, for the GOV.UK error summary (every error, each linking to its field) and
 * the inline message beside each field. Field names are the form's; {@link #fieldId} turns them into element ids.
 */
public class FormErrors {

    private final Map<String, String> byField = new LinkedHashMap<>();
    private final List<Item> items = new ArrayList<>();

    public static FormErrors none() {
        return new FormErrors();
    }

    /**
     * The service's field errors under this form's field names ({@code fieldOf} maps e.g. {@code child.name} to
     * {@code name}, or null when the form has no such field); the rest, and rules without a field, link to
     * {@code fallbackField}. A problem without any errors shows its sentence.
     */
    public static FormErrors from(ApiProblem problem, Function<String, String> fieldOf, String fallbackField) {
        return from(problem, fieldOf, fallbackField, field -> null);
    }

    /**
     * As {@link #from(ApiProblem, Function, String)}, naming the field in each message the service gave without it
     * ("is required" becomes "Name is required"): GOV.UK error messages say which answer is wrong.
     */
    public static FormErrors from(ApiProblem problem, Function<String, String> fieldOf, String fallbackField,
                                  Function<String, String> labelOf) {
        var errors = new FormErrors();
        for (ApiProblem.FieldProblem p : problem.fieldErrors()) {
            String field = p.field() == null ? null : fieldOf.apply(p.field());
            if (field != null) {
                String label = labelOf.apply(field);
                String message = p.message();
                if (label != null && !message.isEmpty() && Character.isLowerCase(message.charAt(0))) {
                    message = label + " " + message;
                }
                errors.add(field, message);
            } else {
                errors.summaryOnly(fallbackField, p.message());
            }
        }
        problem.unmetRequirements().forEach(u -> errors.summaryOnly(fallbackField, u));
        if (errors.isEmpty()) {
            errors.summaryOnly(fallbackField, problem.detail());
        }
        return errors;
    }

    /** An error shown in the summary and beside its field (the first one per field). */
    public FormErrors add(String field, String message) {
        byField.putIfAbsent(field, message);
        items.add(new Item("#" + fieldId(field), message));
        return this;
    }

    /** An error about the form as a whole, shown in the summary and linking to where to start putting it right. */
    public FormErrors summaryOnly(String field, String message) {
        items.add(new Item("#" + fieldId(field), message));
        return this;
    }

    /**
     * An error put right on another page: shown in the summary, linking to that page's field ({@code href} is a
     * path with the field's id as fragment, e.g. {@code /cases/1/assessments/2/analysis#rationale}).
     */
    public FormErrors link(String href, String message) {
        items.add(new Item(href, message));
        return this;
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public String message(String field) {
        return byField.get(field);
    }

    public List<Item> items() {
        return List.copyOf(items);
    }

    /** {@code professionals[0].name} becomes {@code professionals-0-name}: a plain id the summary can link to. */
    public static String fieldId(String field) {
        return field.replaceAll("[^A-Za-z0-9_-]+", "-").replaceAll("-+$", "");
    }

    /** One line of the error summary: where it links to and what it says. */
    public record Item(String href, String text) {
    }
}
