package org.cseriskrecord.riskmodel.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RiskLevelTest {

    @Test
    void levels_ascend_from_none_to_high() {
        assertThat(RiskLevel.values())
                .containsExactly(RiskLevel.NONE, RiskLevel.LOW, RiskLevel.MEDIUM, RiskLevel.HIGH);
        assertThat(RiskLevel.NONE.isBelow(RiskLevel.LOW)).isTrue();
        assertThat(RiskLevel.MEDIUM.isBelow(RiskLevel.HIGH)).isTrue();
        assertThat(RiskLevel.HIGH.isAbove(RiskLevel.MEDIUM)).isTrue();
        assertThat(RiskLevel.LOW.isAbove(RiskLevel.NONE)).isTrue();
    }

    @Test
    void a_level_is_neither_below_nor_above_itself() {
        for (RiskLevel level : RiskLevel.values()) {
            assertThat(level.isBelow(level)).isFalse();
            assertThat(level.isAbove(level)).isFalse();
        }
    }
}
