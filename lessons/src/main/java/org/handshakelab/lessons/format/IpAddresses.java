package org.handshakelab.lessons.format;

import java.util.regex.Pattern;

/**
 * Recognises IP address literals without ever resolving a name (no DNS, no network): dotted-quad
 * IPv4 (RFC 791) and IPv6 text (RFC 4291 §2.2, including {@code ::} and an embedded IPv4 tail).
 */
public final class IpAddresses {
    private static final Pattern OCTET = Pattern.compile("25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9]");
    private static final Pattern HEXTET = Pattern.compile("[0-9A-Fa-f]{1,4}");

    private IpAddresses() {
    }

    /** 4, 6, or 0 when the text is not an IP address literal. */
    public static int version(String text) {
        if (isIpv4(text)) {
            return 4;
        }
        return isIpv6(text) ? 6 : 0;
    }

    static boolean isIpv4(String text) {
        String[] parts = text.split("\\.", -1);
        if (parts.length != 4) {
            return false;
        }
        for (String p : parts) {
            if (!OCTET.matcher(p).matches()) {
                return false;
            }
        }
        return true;
    }

    static boolean isIpv6(String text) {
        if (text.isEmpty() || text.length() > 45) {
            return false;
        }
        int doubleColon = text.indexOf("::");
        if (doubleColon >= 0 && text.indexOf("::", doubleColon + 1) >= 0) {
            return false;
        }
        String head = doubleColon >= 0 ? text.substring(0, doubleColon) : text;
        String tail = doubleColon >= 0 ? text.substring(doubleColon + 2) : "";
        int groups = 0;
        String[] sections = doubleColon >= 0 ? new String[] {head, tail} : new String[] {head};
        for (int s = 0; s < sections.length; s++) {
            String section = sections[s];
            if (section.isEmpty()) {
                continue;
            }
            String[] parts = section.split(":", -1);
            for (int i = 0; i < parts.length; i++) {
                boolean last = s == sections.length - 1 && i == parts.length - 1;
                if (last && parts[i].contains(".")) {
                    if (!isIpv4(parts[i])) {
                        return false;
                    }
                    groups += 2;
                } else if (HEXTET.matcher(parts[i]).matches()) {
                    groups++;
                } else {
                    return false;
                }
            }
        }
        return doubleColon >= 0 ? groups <= 7 : groups == 8;
    }
}
