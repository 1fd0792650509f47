package org.cseriskrecord.riskmodel.catalogue;

/**
 * The tags a catalogue gives its items, so that rules and pathway configurations refer to what an item means
 * rather than to one catalogue version's codes.
 */
public final class CatalogueTags {

    /**
     * The child was exploited before ("Previous victim of CSE", as a vulnerability or as a HIGH indicator): guidance
     * about children exploited previously applies only when such an item is marked.
     */
    public static final String PREVIOUS_VICTIM = "previous-victim";

    /**
     * The child has social or learning difficulties: marking such an item while the learning-difficulty answer is
     * NO or NOT_KNOWN asks the practitioner to confirm that answer for the assessment (the floor depends on it).
     */
    public static final String LEARNING_DIFFICULTY = "learning-difficulty";

    private CatalogueTags() {
    }
}
