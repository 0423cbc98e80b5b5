package app.prism.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a computed figure into a rating 0..10: the score of the highest band whose lower bound the figure reaches (a
 * figure exactly at a bound is in that band); below the lowest band it is 0; no figure (e.g. growth without a previous
 * year) means not rated. Bands are written "atLeast:score" and separated by ';', bounds strictly ascending.
 */
public record Banding(List<Band> bands) {

    public record Band(BigDecimal atLeast, BigDecimal score) {}

    public Banding {
        bands = List.copyOf(bands);
    }

    public BigDecimal score(BigDecimal figure) {
        if (figure == null) return null;
        BigDecimal score = BigDecimal.ZERO;
        for (Band b : bands) {
            if (figure.compareTo(b.atLeast()) >= 0) score = b.score();
        }
        return score;
    }

    /** What is wrong with these bands, in words; empty when they are usable. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (bands.isEmpty()) problems.add("must have at least one band");
        for (int i = 0; i < bands.size(); i++) {
            Band b = bands.get(i);
            if (b == null || b.atLeast() == null || b.score() == null) {
                problems.add("band " + (i + 1) + " needs atLeast and score");
                continue;
            }
            if (b.score().signum() < 0 || b.score().compareTo(BigDecimal.TEN) > 0) {
                problems.add("band " + (i + 1) + ": score must be between 0 and 10");
            }
            Band previous = i > 0 ? bands.get(i - 1) : null;
            if (previous != null && previous.atLeast() != null && b.atLeast().compareTo(previous.atLeast()) <= 0) {
                problems.add("band " + (i + 1) + ": atLeast must be above the band before");
            }
        }
        return problems;
    }

    /** Reads "0:0;50000:3;…"; throws IllegalArgumentException on text that is not such pairs. */
    public static Banding parse(String text) {
        List<Band> bands = new ArrayList<>();
        if (text == null || text.isBlank()) return new Banding(bands);
        for (String pair : text.split(";")) {
            if (pair.isBlank()) continue;
            String[] parts = pair.split(":");
            if (parts.length != 2) throw new IllegalArgumentException("'" + pair.strip() + "' is not atLeast:score");
            try {
                bands.add(new Band(new BigDecimal(parts[0].strip().replace("_", "")), new BigDecimal(parts[1].strip())));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + pair.strip() + "' is not two numbers");
            }
        }
        return new Banding(bands);
    }

    public String text() {
        return String.join(";", bands.stream()
                .map(b -> b.atLeast().stripTrailingZeros().toPlainString() + ":" + b.score().stripTrailingZeros().toPlainString())
                .toList());
    }
}
