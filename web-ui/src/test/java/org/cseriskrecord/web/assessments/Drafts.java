package org.cseriskrecord.web.assessments;

import org.cseriskrecord.web.support.Contracts;
import org.cseriskrecord.web.support.FakeServices;
import org.cseriskrecord.web.support.FakeServices.Answer;

/**
 * The recorded contracts the assessment page tests answer with (all recorded from the real services): a County draft
 * with a vulnerability factor, an evidenced HIGH indicator and an unevidenced MEDIUM one; a City reassessment with an
 * indicator carried forward; the same reassessment returned by a manager.
 */
final class Drafts {

    static final String CASE_ID = "b145e5b4-da57-497d-a727-a3d850b385c4";
    static final String ASSESSMENT_ID = "19f24417-052f-469d-94fb-6eb2e33af22a";
    static final String PAGE = "/cases/" + CASE_ID + "/assessments/" + ASSESSMENT_ID;
    static final String COMMANDS = "/api/assessments/" + ASSESSMENT_ID;

    static final String CITY_CASE_ID = "74ad3d88-a5a2-420f-b592-a4f959588eab";
    static final String CITY_ASSESSMENT_ID = "494b5c4a-0067-46ca-9305-1684e1c58cfd";
    static final String CITY_PAGE = "/cases/" + CITY_CASE_ID + "/assessments/" + CITY_ASSESSMENT_ID;

    private Drafts() {
    }

    /** The draft at the given case sequence, with the catalogue it was started with. */
    static void draft(FakeServices services, long sequence) {
        services.on("GET", "/api/cases/" + CASE_ID,
                Answer.json(200, Contracts.read("case-status-assessment-draft.json")).withSequence(sequence));
        catalogue(services);
    }

    static void city(FakeServices services, String contract) {
        services.on("GET", "/api/cases/" + CITY_CASE_ID, Answer.json(200, Contracts.read(contract)).withSequence(20));
        catalogue(services);
    }

    static void catalogue(FakeServices services) {
        services.on("GET", "/api/catalogue/notts-cse-2017-02", Answer.json(200, Contracts.read("catalogue.json")));
    }
}
