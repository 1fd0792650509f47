package org.cseriskrecord.events.census;

/**
 * The CIN census ethnicity codes (the DfE main codes, as in the census XML schema's {@code ethnicitytype}).
 * Never add or rename a code: events and board figures refer to them.
 */
public enum CensusEthnicity implements CensusCode {
    WBRI("White British"),
    WIRI("White Irish"),
    WIRT("Traveller of Irish heritage"),
    WOTH("Any other White background"),
    WROM("Gypsy/Roma"),
    MWBC("White and Black Caribbean"),
    MWBA("White and Black African"),
    MWAS("White and Asian"),
    MOTH("Any other mixed background"),
    AIND("Indian"),
    APKN("Pakistani"),
    ABAN("Bangladeshi"),
    AOTH("Any other Asian background"),
    BCRB("Caribbean"),
    BAFR("African"),
    BOTH("Any other Black background"),
    CHNE("Chinese"),
    OOTH("Any other ethnic group"),
    REFU("Refused"),
    NOBT("Information not yet obtained");

    private final String label;

    CensusEthnicity(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
