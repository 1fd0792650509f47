package org.cseriskrecord.riskmodel;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.cseriskrecord.riskmodel.catalogue.Category;

/**
 * The seed form (../shared/seed/cse-risk-assessment-tool.txt relative to the repository root), or, where it is not
 * next to the repository (e.g. in CI), the copy of its four indicator tables kept in the test resources.
 */
public final class SeedForm {

    public static final String SEED_RELATIVE_TO_REPOSITORY = "../shared/seed/cse-risk-assessment-tool.txt";
    static final String FIRST_SECTION_LINE = "Vulnerability Factors";
    static final String LAST_SECTION_LINE = "No. of indicators:";
    static final String SECOND_TABLE_HEADING = "Strong Indicators of CSE/MEDIUM";
    static final String TICK_BOX = "\u2610";

    /** An item as printed on the form. */
    public record PrintedItem(int line, String label, Category category, boolean tickBox) {
    }

    private SeedForm() {
    }

    /** The full seed file, if it can be found: -Dcse.seed=..., or ../shared/seed relative to the repository. */
    public static Optional<Path> fullSeed() {
        Set<Path> candidates = new LinkedHashSet<>();
        String property = System.getProperty("cse.seed");
        if (property != null && !property.isBlank()) {
            candidates.add(Path.of(property));
        }
        Path here = Path.of("").toAbsolutePath();
        candidates.add(here.resolve("../../shared/seed/cse-risk-assessment-tool.txt")); // from the module directory
        candidates.add(here.resolve(SEED_RELATIVE_TO_REPOSITORY));                        // from the repository root
        for (Path dir = here; dir != null; dir = dir.getParent()) {
            candidates.add(dir.resolve("shared/seed/cse-risk-assessment-tool.txt"));
        }
        return candidates.stream().map(Path::normalize).filter(Files::isRegularFile).findFirst();
    }

    /** The whole text of the seed if found, else the copy of the four indicator tables. */
    public static String text() {
        return fullSeed().map(SeedForm::read).orElseGet(SeedForm::sectionsCopy);
    }

    /** The lines of the four indicator tables, from the full seed if found, else from the copy. */
    public static List<String> sectionLines() {
        return sections(text());
    }

    /** The copy of the indicator tables kept in the test resources. */
    public static String sectionsCopy() {
        try (InputStream in = SeedForm.class.getResourceAsStream("seed/indicator-sections.txt")) {
            if (in == null) {
                throw new IllegalStateException("seed/indicator-sections.txt is missing from the test resources");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The lines from "Vulnerability Factors" to "No. of indicators:" inclusive. */
    public static List<String> sections(String text) {
        List<String> lines = text.lines().toList();
        int first = -1;
        int last = -1;
        for (int i = 0; i < lines.size(); i++) {
            String stripped = lines.get(i).strip();
            if (first < 0 && stripped.equals(FIRST_SECTION_LINE)) {
                first = i;
            }
            if (first >= 0 && stripped.equals(LAST_SECTION_LINE)) {
                last = i;
                break;
            }
        }
        if (first < 0 || last < 0) {
            throw new IllegalStateException("The indicator tables were not found in the seed text");
        }
        return lines.subList(first, last + 1);
    }

    /**
     * Every line of the four tables followed by a tick box line, with its category. The tables have two columns:
     * a left-column tick box is followed by a TAB (the next cell), a right-column one is not. The first table is
     * Vulnerability Factors | Early Indicators of CSE/LOW, the second Strong .../MEDIUM | Serious .../HIGH.
     */
    public static List<PrintedItem> tickBoxItems(List<String> sectionLines) {
        List<PrintedItem> items = new ArrayList<>();
        boolean secondTable = false;
        for (int i = 0; i + 1 < sectionLines.size(); i++) {
            String line = sectionLines.get(i);
            String label = line.strip();
            if (label.equals(SECOND_TABLE_HEADING)) {
                secondTable = true;
            }
            String next = sectionLines.get(i + 1);
            if (label.isEmpty() || label.equals(TICK_BOX) || !next.strip().equals(TICK_BOX)) {
                continue;
            }
            boolean leftColumn = next.endsWith("\t");
            Category category = secondTable
                    ? (leftColumn ? Category.MEDIUM : Category.HIGH)
                    : (leftColumn ? Category.VULNERABILITY : Category.LOW);
            items.add(new PrintedItem(i, label, category, true));
        }
        return items;
    }

    /** The line index (within the section lines) of the line that reads exactly {@code label}, trimmed. */
    public static int lineOf(List<String> sectionLines, String label) {
        int found = -1;
        for (int i = 0; i < sectionLines.size(); i++) {
            if (sectionLines.get(i).strip().equals(label)) {
                if (found >= 0) {
                    throw new IllegalStateException("'" + label + "' is printed twice in the tables");
                }
                found = i;
            }
        }
        return found;
    }

    private static String read(Path path) {
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
