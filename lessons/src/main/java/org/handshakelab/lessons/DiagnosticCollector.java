package org.handshakelab.lessons;

import java.util.ArrayList;
import java.util.List;
import org.handshakelab.lessons.json.JsonValue.Position;

/**
 * Gathers every problem found in one file, in the order found. Messages about a place in the
 * document start with its JSON path ({@code $.script[2].do: must be one of ...}).
 */
public final class DiagnosticCollector {
    private final String file;
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    public DiagnosticCollector(String file) {
        this.file = file;
    }

    public String file() {
        return file;
    }

    /** An error at a place, prefixed with its JSON path when there is one. */
    public void error(Position at, String path, String message) {
        add(Diagnostic.Severity.ERROR, at, path, path == null ? message : path + ": " + message);
    }

    /** An error whose message is complete as given (no path prefix), e.g. a failed expectation. */
    public void plainError(Position at, String path, String message) {
        add(Diagnostic.Severity.ERROR, at, path, message);
    }

    public void warning(Position at, String path, String message) {
        add(Diagnostic.Severity.WARNING, at, path, path == null ? message : path + ": " + message);
    }

    private void add(Diagnostic.Severity severity, Position at, String path, String message) {
        int line = at == null ? 0 : at.line();
        int column = at == null ? 0 : at.column();
        diagnostics.add(new Diagnostic(file, line, column, severity, message, path));
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(d -> d.severity() == Diagnostic.Severity.ERROR);
    }

    public List<Diagnostic> all() {
        return List.copyOf(diagnostics);
    }

    public List<Diagnostic> warnings() {
        return diagnostics.stream().filter(d -> d.severity() == Diagnostic.Severity.WARNING).toList();
    }
}
