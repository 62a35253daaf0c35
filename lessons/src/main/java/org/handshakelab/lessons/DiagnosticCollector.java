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

    /** Every diagnostic in file order (line, then column; whole-file ones first), as compilers list them. */
    public List<Diagnostic> all() {
        List<Diagnostic> sorted = new ArrayList<>(diagnostics);
        sorted.sort(java.util.Comparator.comparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column));
        return List.copyOf(sorted);
    }

    public List<Diagnostic> warnings() {
        return all().stream().filter(d -> d.severity() == Diagnostic.Severity.WARNING).toList();
    }
}
