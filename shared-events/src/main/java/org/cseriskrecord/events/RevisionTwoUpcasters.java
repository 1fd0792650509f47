package org.cseriskrecord.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;

/**
 * The steps from revision 1 to revision 2 (never-under-record-the-risk and coded equality data): what revision 1
 * said is kept, what it did not record is written as not recorded (null, false or empty), never guessed.
 */
final class RevisionTwoUpcasters {

    private RevisionTwoUpcasters() {
    }

    static List<EventUpcaster> all() {
        return List.of(
                EventUpcaster.of("CaseOpened", 1, RevisionTwoUpcasters::childDetails),
                EventUpcaster.of("ChildDetailsCorrected", 1, RevisionTwoUpcasters::childDetails),
                EventUpcaster.of("AssessmentStarted", 1, payload -> payload.putNull("completedBy")),
                EventUpcaster.of("AssessmentSubmitted", 1, RevisionTwoUpcasters::submitted),
                EventUpcaster.of("ManagerAuthorised", 1, RevisionTwoUpcasters::authorised));
    }

    /** true/false become YES/NO; the census codes were not recorded. */
    private static ObjectNode childDetails(ObjectNode payload) {
        if (payload.get("child") instanceof ObjectNode child) {
            answer(child, "learningDifficulty");
            answer(child, "childProtectionPlan");
            child.putNull("genderCode");
            child.putNull("ethnicityCode");
            child.putArray("disabilityCodes");
        }
        return payload;
    }

    private static void answer(ObjectNode child, String field) {
        JsonNode value = child.get(field);
        if (value != null && value.isBoolean()) {
            child.put(field, value.booleanValue() ? "YES" : "NO");
        }
    }

    /** Revision 1 recorded the response of the suggestion; the flags were not recorded. */
    private static ObjectNode submitted(ObjectNode payload) {
        payload.set("responseLevel", payload.get("suggestedLevel"));
        payload.put("floorWithIndicators", false);
        payload.put("belowFloorWithIndicators", false);
        payload.putNull("learningDifficulty");
        payload.putNull("lastAuthorisedLevel");
        payload.put("stepDown", false);
        return payload;
    }

    /** Revision 1 authorised the assessed level as it stood; the response and the flags were not recorded. */
    private static ObjectNode authorised(ObjectNode payload) {
        payload.set("authorisedLevel", payload.get("assessedLevel"));
        payload.putNull("levelRationale");
        payload.putNull("responseLevel");
        payload.putArray("recommendedActions");
        payload.putNull("lastAuthorisedLevel");
        payload.put("stepDown", false);
        payload.put("belowFloorWithIndicators", false);
        return payload;
    }
}
