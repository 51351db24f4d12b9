package org.servicecentre.shared;

import java.util.Arrays;

/**
 * A failure the user can cause, with a stable code for the API and a translation key for the UI.
 * The key is {@code error.} followed by the code in lower case, so bundles and codes cannot drift apart.
 */
public class DomainException extends RuntimeException {

    private final String code;
    private final transient Object[] arguments;

    public DomainException(String code, Object... arguments) {
        super(code + (arguments.length == 0 ? "" : " " + Arrays.toString(arguments)));
        this.code = code;
        this.arguments = arguments.clone();
    }

    /** Stable, upper-case code such as {@code DUPLICATE_CODE}; part of the API contract. */
    public String code() {
        return code;
    }

    public String translationKey() {
        return "error." + code.toLowerCase(java.util.Locale.ROOT);
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
