package org.cseriskrecord.query.casestatus;

import com.fasterxml.jackson.databind.JsonNode;
import org.cseriskrecord.events.census.CensusCode;
import org.cseriskrecord.events.census.CensusDisability;
import org.cseriskrecord.events.census.CensusEthnicity;
import org.cseriskrecord.events.census.CensusGender;

import java.util.ArrayList;
import java.util.List;

/** The child's census codes as the case view shows them: each with its description from the census code list. */
final class CensusLabels {

    private CensusLabels() {
    }

    static CaseStatusView.CensusCodes of(JsonNode child) {
        if (child == null) {
            return new CaseStatusView.CensusCodes(null, null, List.of());
        }
        List<CaseStatusView.Coded> disabilities = new ArrayList<>();
        child.path("disabilityCodes").forEach(code -> disabilities.add(coded(CensusDisability.class, code)));
        return new CaseStatusView.CensusCodes(coded(CensusGender.class, child.get("genderCode")),
                coded(CensusEthnicity.class, child.get("ethnicityCode")), disabilities);
    }

    private static <T extends Enum<T> & CensusCode> CaseStatusView.Coded coded(Class<T> list, JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        var code = value.asText();
        // A code this version does not know is shown as it is, without a description, never dropped.
        return new CaseStatusView.Coded(code, CensusCode.byCode(list, code).map(CensusCode::label).orElse(null));
    }
}
