package app.prism.account;

import java.util.Collection;
import java.util.stream.Collectors;

/** What a merge moved from the other record to the survivor, counted: "3 touchpoints", "1 sale". */
public record Moved(String one, String many, long count) {

    public static Moved of(long count, String one, String many) {
        return new Moved(one, many, count);
    }

    @Override
    public String toString() {
        return count + " " + (count == 1 ? one : many);
    }

    /** "3 touchpoints, 1 sale", leaving out what was not there; "nothing" when nothing moved. */
    public static String describe(Collection<Moved> moved) {
        String text = moved.stream().filter(m -> m.count() > 0).map(Moved::toString).collect(Collectors.joining(", "));
        return text.isEmpty() ? "nothing" : text;
    }
}
