package org.cseriskrecord.events.census;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The Children in Need census code lists, as the census XML schema (2024) gives them. */
class CensusCodesTest {

    @Test
    void ethnicity_has_the_twenty_census_main_codes_in_census_order() {
        assertThat(CensusCode.codes(CensusEthnicity.class)).isEqualTo("WBRI, WIRI, WIRT, WOTH, WROM, MWBC, MWBA, "
                + "MWAS, MOTH, AIND, APKN, ABAN, AOTH, BCRB, BAFR, BOTH, CHNE, OOTH, REFU, NOBT");
        assertThat(CensusCode.byCode(CensusEthnicity.class, "WROM")).contains(CensusEthnicity.WROM);
        assertThat(CensusEthnicity.WROM.label()).isEqualTo("Gypsy/Roma");
    }

    @Test
    void gender_codes_are_the_census_digits() {
        assertThat(CensusCode.codes(CensusGender.class)).isEqualTo("0, 1, 2, 9");
        assertThat(CensusCode.byCode(CensusGender.class, "2")).contains(CensusGender.FEMALE);
        assertThat(CensusCode.byCode(CensusGender.class, "FEMALE")).isEmpty();
    }

    @Test
    void disability_has_the_thirteen_census_codes() {
        assertThat(CensusCode.codes(CensusDisability.class))
                .isEqualTo("NONE, MOB, HAND, PC, INC, COMM, LD, HEAR, VIS, BEH, CON, AUT, DDA");
        assertThat(CensusDisability.LD.label()).isEqualTo("Learning");
        assertThat(CensusCode.byCode(CensusDisability.class, "ld")).isEmpty();
    }
}
