package app.prism.imports.files;

import java.nio.charset.Charset;

/** Overrides the user may give; null = detect. Both apply to CSV/text files only. */
public record ReadOptions(Charset encoding, Character delimiter) {

    public static final ReadOptions DETECT = new ReadOptions(null, null);
}
