package org.cseriskrecord.events.census;

/**
 * The CIN census gender codes ({@code GenderCurrent}, the census XML schema's {@code gendertype}). The census
 * codes are digits; the practitioner's own words (e.g. a child's non-binary identity) stay in the free-text field.
 */
public enum CensusGender implements CensusCode {
    NOT_RECORDED("0", "Not recorded"),
    MALE("1", "Male"),
    FEMALE("2", "Female"),
    INDETERMINATE("9", "Indeterminate");

    private final String code;
    private final String label;

    CensusGender(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String label() {
        return label;
    }
}
