package app.prism.imports;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * Company names as people compare them: "Nordlicht GmbH", "NORDLICHT AG" and "Nordlicht, Inc." are the same name once
 * case, accents, punctuation and legal suffixes are removed (PRODUCT.md section 8, likely duplicates).
 */
final class Names {

    private static final Set<String> LEGAL_SUFFIXES = Set.of("gmbh", "ag", "inc", "incorporated", "ltd", "limited",
            "llc", "llp", "lp", "as", "sa", "sas", "sarl", "srl", "spa", "bv", "nv", "plc", "co", "corp",
            "corporation", "company", "kg", "gmbhcokg", "ohg", "ab", "oy", "oyj", "aps", "asa", "se", "kgaa", "ug",
            "pty", "pte", "sl", "sro", "zoo", "spzoo", "kk", "group");

    private Names() {}

    static String company(String name) {
        if (name == null) return "";
        String s = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        s = s.replace("&", " and ");
        // "A/S", "S.A.", "Co. KG": drop the punctuation inside a suffix before splitting into words
        s = s.replaceAll("\\b([a-z])[./]([a-z])\\b\\.?", "$1$2");
        String[] words = s.replaceAll("[^a-z0-9]+", " ").strip().split(" ");
        int end = words.length;
        while (end > 1 && LEGAL_SUFFIXES.contains(words[end - 1])) end--;
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < end; i++) {
            if (words[i].isEmpty()) continue;
            if (!out.isEmpty()) out.append(' ');
            out.append(words[i]);
        }
        return out.toString();
    }
}
