package org.cseriskrecord.riskmodel.pathway;

import java.util.List;
import java.util.Objects;

import org.cseriskrecord.riskmodel.rules.RiskLevel;

/**
 * What an area requires for a level of risk.
 *
 * @param area    the area, e.g. {@code COUNTY}
 * @param level   the risk level
 * @param actions the required or recommended actions, in order, as sentences
 */
public record RequiredResponse(String area, RiskLevel level, List<String> actions) {

    public RequiredResponse {
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(level, "level");
        actions = List.copyOf(actions);
    }
}
