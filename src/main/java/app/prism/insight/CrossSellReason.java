package app.prism.insight;

import java.util.Locale;
import java.util.function.LongFunction;

/**
 * The reason of a cross-sell in numbers a user can check: who buys it ("bought by 7 of 9 units that buy Core"), and
 * how such suggestions fared here ("of such suggestions a year ago, 38 % were bought within twelve months").
 */
public final class CrossSellReason {

    private CrossSellReason() {}

    public static String of(Features f, LongFunction<String> productName, String unitName, String kindPlural,
            String country, double probability) {
        StringBuilder out = new StringBuilder(productName.apply(f.candidate().productId())).append(" for ")
                .append(unitName).append(": ");
        var co = f.coOccurrence();
        if (co.productId() != 0 && co.of() > 0) {
            out.append("bought by ").append(co.both()).append(" of ").append(co.of()).append(" units that buy ")
                    .append(productName.apply(co.productId()));
        } else {
            var p = f.peers();
            String group = switch (p.level()) {
                case KIND_AND_COUNTRY -> "comparable " + kindPlural + " in " + country;
                case KIND -> kindPlural + " anywhere";
                case ACCOUNT -> "other units of the account";
                case EVERYONE -> "units";
            };
            out.append("bought by ").append(p.buyers()).append(" of ").append(p.units()).append(' ').append(group);
        }
        Features.Conversion such = f.togetherConversion().candidates() > 0 && f.togetherProductId() != 0
                ? f.togetherConversion() : f.segmentConversion();
        if (such.candidates() > 0) {
            out.append("; of such suggestions a year ago, ").append(such.percent()).append(" % (")
                    .append(such.bought()).append(" of ").append(such.candidates())
                    .append(") were bought within twelve months here");
        }
        out.append("; ").append(String.format(Locale.ROOT, "%.0f", probability * 100))
                .append(" % likely within a year.");
        return out.toString();
    }
}
