package org.cseriskrecord.riskmodel.judgement;

import java.util.List;

/**
 * The result of checking a professionally assessed level against the suggested outcome and the child's history.
 *
 * @param accepted                 whether the assessed level can be recorded as it stands
 * @param downgrade                whether the assessed level is below the suggested level (recorded only with a
 *                                 rationale)
 * @param belowFloorWithIndicators whether the level is NONE for a child who cannot be categorised as low risk while
 *                                 indicators are present (recorded only with a rationale, and flagged)
 * @param stepDown                 whether the level is below the child's last authorised level (recorded only with
 *                                 a rationale, and flagged)
 * @param problems                 why it cannot be recorded, as sentences to show the practitioner; empty when
 *                                 accepted
 */
public record JudgementCheck(boolean accepted, boolean downgrade, boolean belowFloorWithIndicators, boolean stepDown,
                             List<String> problems) {

    public JudgementCheck {
        problems = List.copyOf(problems);
        if (accepted != problems.isEmpty()) {
            throw new IllegalArgumentException("A judgement is accepted exactly when it has no problems");
        }
    }

    /** A check that is neither below the floor with indicators nor a step-down. */
    public JudgementCheck(boolean accepted, boolean downgrade, List<String> problems) {
        this(accepted, downgrade, false, false, problems);
    }
}
