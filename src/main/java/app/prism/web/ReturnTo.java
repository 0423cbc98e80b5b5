package app.prism.web;

/**
 * Where a form goes back to after its action: only a path on this site. A {@code returnTo} that starts with anything
 * but a single {@code /} (so {@code //host}, {@code /\host}, {@code https:…}), or that holds a control character
 * anywhere (browsers drop TAB, CR and LF, which turns {@code /<TAB>/evil.example} into {@code //evil.example}, and CR/LF
 * would split the Location header) or a backslash, is replaced by the page's default. Pages check it before acting, so
 * a bad value never costs a done action its answer.
 */
public final class ReturnTo {

    private ReturnTo() {}

    /** The value when it is a same-site path, otherwise the fallback. */
    public static String pathOr(String returnTo, String fallback) {
        return isSameSitePath(returnTo) ? returnTo : fallback;
    }

    public static boolean isSameSitePath(String path) {
        if (path == null || path.length() > 2000 || !path.startsWith("/")) return false;
        if (path.length() > 1 && (path.charAt(1) == '/' || path.charAt(1) == '\\')) return false;
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '\\' || Character.isISOControl(c) || Character.isWhitespace(c) || Character.isSpaceChar(c)
                    || Character.getType(c) == Character.FORMAT) {
                return false;
            }
        }
        return true;
    }
}
