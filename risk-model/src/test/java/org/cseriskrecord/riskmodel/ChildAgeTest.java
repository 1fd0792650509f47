package org.cseriskrecord.riskmodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class ChildAgeTest {

    @Test
    void a_birthday_counts_from_the_day_itself() {
        LocalDate born = LocalDate.of(2012, 6, 10);
        assertThat(ChildAge.yearsOn(born, LocalDate.of(2025, 6, 9))).isEqualTo(12);
        assertThat(ChildAge.yearsOn(born, LocalDate.of(2025, 6, 10))).isEqualTo(13);
        assertThat(ChildAge.yearsOn(born, LocalDate.of(2025, 6, 11))).isEqualTo(13);
    }

    @Test
    void a_child_born_on_29_february_turns_a_year_older_on_1_march_in_common_years() {
        LocalDate born = LocalDate.of(2012, 2, 29);
        assertThat(ChildAge.isUnder(13, born, LocalDate.of(2025, 2, 28))).isTrue();
        assertThat(ChildAge.isUnder(13, born, LocalDate.of(2025, 3, 1))).isFalse();
        assertThat(ChildAge.yearsOn(born, LocalDate.of(2016, 2, 29))).isEqualTo(4);
        assertThat(ChildAge.yearsOn(born, LocalDate.of(2016, 2, 28))).isEqualTo(3);
    }

    @Test
    void a_date_of_birth_after_the_date_is_rejected() {
        assertThatThrownBy(() -> ChildAge.yearsOn(LocalDate.of(2020, 1, 2), LocalDate.of(2020, 1, 1)))
                .isInstanceOf(RiskModelException.class);
    }
}
