package org.handshakelab.lessons.json;

import java.util.regex.Pattern;

/** Builds JSONPath-like locations for messages: {@code $.script[2].do}, {@code $.title["zh-Hant"]}. */
public final class JsonPath {
    public static final String ROOT = "$";
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");

    private JsonPath() {
    }

    public static String member(String parent, String name) {
        if (PLAIN.matcher(name).matches()) {
            return parent + "." + name;
        }
        return parent + "[\"" + name.replace("\\", "\\\\").replace("\"", "\\\"") + "\"]";
    }

    public static String index(String parent, int index) {
        return parent + "[" + index + "]";
    }
}
