package app.prism.digest;

import java.util.List;

/**
 * One part of a user's digest, written by the capability that owns it: a title, a one-line summary, and the items (each
 * with a link inside Prism, a path such as "/accounts/7/exposure"). {@code order} sorts the sections.
 */
public record DigestSection(String key, int order, String title, String summary, List<Item> items) {

    public record Item(String text, String detail, String link) {}
}
