package org.cseriskrecord.events.census;

/**
 * The CIN census disability codes (the census XML schema's {@code disabilitytype}). A child may have several; NONE
 * ("No disability") stands alone.
 */
public enum CensusDisability implements CensusCode {
    NONE("No disability"),
    MOB("Mobility"),
    HAND("Hand function"),
    PC("Personal care"),
    INC("Incontinence"),
    COMM("Communication"),
    LD("Learning"),
    HEAR("Hearing"),
    VIS("Vision"),
    BEH("Behaviour"),
    CON("Consciousness"),
    AUT("Autism"),
    DDA("Other");

    private final String label;

    CensusDisability(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
