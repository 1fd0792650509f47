package org.cseriskrecord.web.assessments;

import org.cseriskrecord.web.cases.CaseOptions;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The case's current assessment as the pages need it: query-service's case status (its own shape, as a map for the
 * templates) beside the catalogue version the assessment was started with, so every item shows the seed's label.
 *
 * @param caseId     the case
 * @param childName  the child's name, for captions
 * @param caseRecord the whole case status, as query-service shapes it
 * @param assessment the case status's {@code currentAssessment}
 * @param json       the same {@code currentAssessment} as a tree, for the Java side
 * @param catalogue  the catalogue version's items
 */
public record AssessmentView(String caseId, String childName, Map<String, Object> caseRecord, Map<String, Object> assessment,
                      JsonNode json, JsonNode catalogue) {

    /** The four parts of the tool in the seed's order: vulnerability factors, then LOW, MEDIUM and HIGH indicators. */
    public static final List<String> SECTIONS = CaseOptions.SECTIONS;

    public String assessmentId() {
        return json.path("assessmentId").asText();
    }

    public String status() {
        return json.path("status").asText();
    }

    /** A draft, or returned by a manager: the practitioner may still change it. */
    public boolean editable() {
        return "DRAFT".equals(status()) || "RETURNED".equals(status());
    }

    /** Every item of one part of the tool, in the seed's order, with what this assessment records for it. */
    public List<Item> items(String section) {
        List<Item> items = new ArrayList<>();
        for (JsonNode item : catalogue.path("items")) {
            if (!section.equals(item.path("category").asText())) {
                continue;
            }
            String code = item.path("code").asText();
            JsonNode recorded = recorded(code);
            List<Evidence> evidence = new ArrayList<>();
            recorded.path("evidence").forEach(e -> evidence.add(new Evidence(e.path("text").asText(),
                    text(e, "source"), text(e, "observedOn"), text(e, "addedBy"), text(e, "addedAt"))));
            items.add(new Item(code, section, item.path("label").asText(), text(item, "guidance"),
                    item.path("derived").asBoolean(), text(recorded, "state"), List.copyOf(evidence)));
        }
        return items;
    }

    /** The item with this label, in any part of the tool (an unmet requirement names items by their label). */
    java.util.Optional<Item> itemLabelled(String label) {
        for (String section : SECTIONS) {
            for (Item item : items(section)) {
                if (item.label().equals(label)) {
                    return java.util.Optional.of(item);
                }
            }
        }
        return java.util.Optional.empty();
    }

    /** The section's "Additional detail/evidence" text, or null when none was recorded. */
    public String additionalDetail(String section) {
        return text(json.path("additionalDetail"), section);
    }

    private JsonNode recorded(String code) {
        for (JsonNode indicator : json.path("indicators")) {
            if (code.equals(indicator.path("code").asText())) {
                return indicator;
            }
        }
        return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isNull() || value.isMissingNode() ? null : value.asText();
    }

    /**
     * One item of the tool and what the assessment records for it.
     *
     * @param state    null when not marked; MARKED, CARRIED_FORWARD (from the last authorised assessment, to confirm
     *                 or withdraw) or DERIVED (worked out from the child's date of birth)
     * @param evidence its evidence, oldest first
     */
    public record Item(String code, String section, String label, String guidance, boolean derived, String state,
                List<Evidence> evidence) {

        public boolean marked() {
            return state != null;
        }

        public boolean carriedForward() {
            return "CARRIED_FORWARD".equals(state);
        }

        /** Indicators (not vulnerability factors) must be evidenced before the assessment can be submitted. */
        public boolean needsEvidence() {
            return marked() && !derived && !"VULNERABILITY".equals(section) && evidence.isEmpty();
        }

        /** The id of its checkbox: what an error about it links to. */
        public String fieldId() {
            return "indicator-" + code;
        }

        /** The name and id of its evidence box. */
        public String evidenceField() {
            return "evidence-" + code;
        }
    }

    /** One piece of evidence: what, from whom, when. */
    public record Evidence(String text, String source, String observedOn, String addedBy, String addedAt) {
    }
}
