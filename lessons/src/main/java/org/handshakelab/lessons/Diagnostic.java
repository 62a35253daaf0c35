package org.handshakelab.lessons;

/**
 * One problem found in a lesson file, with its location (1-based line and column; 0 when the
 * problem concerns the whole file).
 *
 * @param jsonPath where in the document, e.g. {@code $.script[2].do}; may be null
 */
public record Diagnostic(String file, int line, int column, Severity severity, String message, String jsonPath) {

    public enum Severity { ERROR, WARNING }

    /** {@code file:line:column: message}, the form editors and compilers use. */
    public String format() {
        return file + ":" + line + ":" + column + ": " + (severity == Severity.WARNING ? "warning: " : "") + message;
    }

    @Override
    public String toString() {
        return format();
    }
}
