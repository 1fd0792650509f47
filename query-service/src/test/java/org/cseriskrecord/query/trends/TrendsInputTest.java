package org.cseriskrecord.query.trends;

import org.cseriskrecord.query.web.InvalidParameterException;
import org.junit.jupiter.api.Test;

import java.time.YearMonth;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Property tests of the trends' input handling, over generated input: any parameter text is either a valid query or
 * a refusal naming the parameter (never another exception, so never a 5xx); suppression and location names hold
 * their rules for every value.
 */
class TrendsInputTest {

    private static final List<String> AREAS = List.of("COUNTY", "CITY");
    private static final String ALPHABET = "0123456789-–/ aZ\u00e9\u0000%+.";
    private final Random random = new Random(11);

    private String randomText(int maxLength) {
        var text = new StringBuilder();
        int length = random.nextInt(maxLength + 1);
        for (int i = 0; i < length; i++) {
            text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return text.toString();
    }

    @Test
    void any_parameter_text_is_a_query_or_a_refusal_naming_the_parameter() {
        for (int i = 0; i < 20_000; i++) {
            String from = random.nextInt(3) == 0 ? randomMonth() : randomText(9);
            String to = random.nextInt(3) == 0 ? randomMonth() : randomText(9);
            String area = random.nextInt(2) == 0 ? null : random.nextBoolean() ? AREAS.get(random.nextInt(2))
                    : randomText(8);
            String agency = random.nextInt(2) == 0 ? null : randomText(120);
            try {
                var query = TrendsQuery.parse(from, to, area, agency, AREAS);
                assertThat(query.to()).isAfterOrEqualTo(query.from());
                assertThat(query.from().until(query.to(), java.time.temporal.ChronoUnit.MONTHS) + 1)
                        .isLessThanOrEqualTo(TrendsQuery.MAX_MONTHS);
                assertThat(query.area()).isIn(null, "COUNTY", "CITY");
                assertThat(query.agency() == null || query.agency().length() <= TrendsQuery.MAX_AGENCY_LENGTH).isTrue();
            } catch (InvalidParameterException e) {
                assertThat(e.parameter()).isIn("from", "to", "area", "agency");
                assertThat(e.getMessage()).startsWith("The parameter '" + e.parameter() + "' ").endsWith(".");
            }
        }
    }

    private String randomMonth() {
        return String.format("%04d-%02d", 1990 + random.nextInt(60), random.nextInt(14));
    }

    @Test
    void months_are_inclusive_and_ordered() {
        var query = TrendsQuery.parse("2024-11", "2025-02", null, " Police ", AREAS);
        assertThat(query.from()).isEqualTo(YearMonth.of(2024, 11));
        assertThat(query.lastDay()).hasToString("2025-02-28");
        assertThat(query.agency()).isEqualTo("Police");
        assertThatThrownBy(() -> TrendsQuery.parse("2025-02", "2024-11", null, null, AREAS))
                .isInstanceOf(InvalidParameterException.class).hasMessageContaining("'to'");
        assertThatThrownBy(() -> TrendsQuery.parse("2025-00", "2025-01", null, null, AREAS))
                .isInstanceOf(InvalidParameterException.class).hasMessageContaining("'from'");
    }

    @Test
    void every_count_from_one_to_four_is_suppressed_and_no_other() {
        assertThat(SmallNumbers.suppress(0)).isEqualTo(0L);
        for (long n = 1; n <= 4; n++) {
            assertThat(SmallNumbers.suppress(n)).isEqualTo("<5");
        }
        for (int i = 0; i < 10_000; i++) {
            long n = 5 + random.nextInt(1_000_000);
            assertThat(SmallNumbers.suppress(n)).isEqualTo(n);
        }
    }

    @Test
    void normalising_a_location_is_stable_and_keeps_only_lower_case_words_separated_by_single_spaces() {
        assertThat(LocationNames.normalise(" Bus-Station. ")).contains("bus station");
        assertThat(LocationNames.normalise("CAFÉ  Nero")).contains("cafe nero");
        assertThat(LocationNames.normalise(" -- ")).isEmpty();
        for (int i = 0; i < 20_000; i++) {
            String text = randomText(40);
            var once = LocationNames.normalise(text);
            once.ifPresent(n -> {
                assertThat(n).matches("[\\p{Ll}\\p{Lo}\\p{N}]+( [\\p{Ll}\\p{Lo}\\p{N}]+)*");
                assertThat(n.length()).isLessThanOrEqualTo(LocationNames.MAX_LENGTH);
                assertThat(LocationNames.normalise(n)).contains(n);
                assertThat(LocationNames.normalise(text.toUpperCase(java.util.Locale.ROOT))).contains(n);
            });
        }
    }
}
