package app.prism.relationship;

/** How a testimonial may be used: inside our company only, quoted without the name, or quoted with it in public. */
public enum PermittedUse {
    INTERNAL, ANONYMOUS, NAMED_PUBLIC
}
