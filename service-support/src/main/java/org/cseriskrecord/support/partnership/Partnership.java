package org.cseriskrecord.support.partnership;

import org.cseriskrecord.riskmodel.pathway.Pathways;

import java.util.List;

/**
 * The partnership's configuration, one for every service: its areas and referral pathways, and the agencies that
 * may be involved in a case.
 */
public record Partnership(Pathways pathways, List<String> agencies) {
    public static final List<String> DEFAULT_AGENCIES = List.of("Police", "Health");
    public static final List<String> DEMO_AGENCIES = List.of("Education", "Children's Social Care", "Youth Justice");

    public Partnership {
        agencies = List.copyOf(agencies);
        if (agencies.isEmpty() || agencies.stream().anyMatch(a -> a == null || a.isBlank())) {
            throw new IllegalStateException("cse.partnership.agencies must name at least one agency, none blank");
        }
    }

    public boolean isAgency(String name) {
        return name != null && agencies.contains(name);
    }
}
