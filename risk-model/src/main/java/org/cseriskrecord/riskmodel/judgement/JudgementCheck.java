package org.cseriskrecord.riskmodel.judgement;

import java.util.List;

/**
 * The result of checking a professionally assessed level against the suggested outcome.
 *
 * @param accepted  whether the assessed level can be recorded as it stands
 * @param downgrade whether the assessed level is below the suggested level (recorded only with a rationale)
 * @param problems  why it cannot be recorded, as sentences to show the practitioner; empty when accepted
 */
public record JudgementCheck(boolean accepted, boolean downgrade, List<String> problems) {

    public JudgementCheck {
        problems = List.copyOf(problems);
        if (accepted != problems.isEmpty()) {
            throw new IllegalArgumentException("A judgement is accepted exactly when it has no problems");
        }
    }
}
